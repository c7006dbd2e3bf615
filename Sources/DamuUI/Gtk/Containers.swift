import CGtk
import GtkShim

/// Layout widgets: boxes, scrolling, stacks.
@MainActor
enum Layout {
    static func vertical(spacing: Int32 = 12, _ children: [Widget] = []) -> Widget {
        box(GTK_ORIENTATION_VERTICAL, spacing: spacing, children)
    }

    static func horizontal(spacing: Int32 = 12, _ children: [Widget] = []) -> Widget {
        box(GTK_ORIENTATION_HORIZONTAL, spacing: spacing, children)
    }

    private static func box(_ orientation: GtkOrientation, spacing: Int32, _ children: [Widget]) -> Widget {
        let box = Widget(gtk_box_new(orientation, spacing))
        for child in children { append(child, to: box) }
        return box
    }

    static func append(_ child: Widget, to box: Widget) {
        gtk_box_append(box.cast(), child.pointer)
    }

    static func removeAll(from box: Widget) {
        while let child = gtk_widget_get_first_child(box.pointer) {
            gtk_box_remove(box.cast(), child)
        }
    }

    /// A scrolled area that scrolls vertically only, so long Kazakh questions wrap rather than widen.
    /// A list or text view scrolls itself; anything else is scrolled in a viewport, which asks it
    /// for its width at the viewport's height, so it goes in a `heightForWidth` container first.
    static func scrolled(_ child: Widget) -> Widget {
        let scrolled = Widget(gtk_scrolled_window_new())
        gtk_scrolled_window_set_policy(scrolled.opaque, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC)
        let content = child.isA(gtk_scrollable_get_type()) ? child : askingWidthAlone(child)
        gtk_scrolled_window_set_child(scrolled.opaque, content.pointer)
        return scrolled.expand(horizontal: true, vertical: true)
    }

    /// Wrapped text whose parent never asks it for a width at a given height. A GtkBox allocates
    /// its children that way, and measures them that way when it is asked for its own height; so do
    /// a GtkStack for its page and a scrolled viewport for what it scrolls. A wrapped GtkLabel
    /// answers by a binary search that lays its text out again at each step, and each box around it
    /// asks again at other heights: the individual routes tab laid its text out 18,600 times and
    /// took 1.5 s to appear, and the lessons page's growth point 124 times at start (14 ms). The
    /// container asks its child for its width alone, then for its height at the width it gets, so
    /// nothing is cut off (see height_for_width_bin.c).
    static func heightForWidth(_ child: Widget) -> Widget {
        Widget(damu_shim_height_for_width_new(child.pointer)!)
    }

    /// `child`, or `child` in a `heightForWidth` container unless it is one already.
    static func askingWidthAlone(_ child: Widget) -> Widget {
        child.isA(damu_height_for_width_bin_get_type()) ? child : heightForWidth(child)
    }

    /// Content centred with a readable maximum width (libadwaita's AdwClamp; see `damu_shim_clamp_new`),
    /// asked for its width alone as `heightForWidth` asks it. The two boxes that held the profile
    /// chooser's content at that width asked it for its width at their height instead.
    static func centered(_ child: Widget, maximumWidth: Int32) -> Widget {
        child.align(horizontal: GTK_ALIGN_FILL).size(width: -1)
        return Widget(damu_shim_clamp_new(child.pointer, maximumWidth)!).expand(horizontal: true)
    }

    static func separator(vertical: Bool = false) -> Widget {
        Widget(gtk_separator_new(vertical ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL))
    }
}

/// A GtkStack of named pages.
@MainActor
struct Stack {
    let widget: Widget

    /// A homogeneous stack is as large as its largest page, so switching tabs never resizes it; but
    /// it measures every page, shown or not, at each layout. Stacks of whole pages, which fill the
    /// window anyway, measure only the page shown: at start that halved the time spent measuring
    /// text, most of it the wrapped text of pages nobody was looking at.
    init(transition: GtkStackTransitionType = GTK_STACK_TRANSITION_TYPE_CROSSFADE, homogeneous: Bool = true) {
        widget = Widget(gtk_stack_new())
        gtk_stack_set_transition_type(widget.opaque, transition)
        gtk_stack_set_transition_duration(widget.opaque, 120)
        gtk_stack_set_hhomogeneous(widget.opaque, homogeneous ? 1 : 0)
        gtk_stack_set_vhomogeneous(widget.opaque, homogeneous ? 1 : 0)
    }

    /// Each page goes in a `Layout.heightForWidth` container: GTK 4.8's stack asks the page it
    /// shows for its width at the stack's height.
    func add(_ child: Widget, name: String, title: String? = nil) {
        let page = Layout.askingWidthAlone(child)
        if let title {
            gtk_stack_add_titled(widget.opaque, page.pointer, name, title)
        } else {
            gtk_stack_add_named(widget.opaque, page.pointer, name)
        }
    }

    /// Removes the page `add` made of `child`.
    func remove(_ child: Widget) {
        guard let container = gtk_widget_get_parent(child.pointer) else { return }
        gtk_stack_remove(widget.opaque, container == widget.pointer ? child.pointer : container)
    }

    var visibleName: String? {
        get { gtk_stack_get_visible_child_name(widget.opaque).map { String(cString: $0) } }
        nonmutating set { if let newValue { gtk_stack_set_visible_child_name(widget.opaque, newValue) } }
    }

    func child(named name: String) -> Widget? {
        gtk_stack_get_child_by_name(widget.opaque, name).map(Widget.init)
    }

    /// Buttons that switch pages; the stack's titles are their labels.
    func switcher() -> Widget {
        let switcher = Widget(gtk_stack_switcher_new())
        gtk_stack_switcher_set_stack(switcher.opaque, widget.opaque)
        return switcher
    }
}

extension Layout {
    /// Empties a GtkListBox.
    static func clearList(_ list: Widget) {
        gtk_list_box_remove_all_compat(list)
    }

    private static func gtk_list_box_remove_all_compat(_ list: Widget) {
        // gtk_list_box_remove_all is GTK 4.12; 4.8 removes children one by one.
        while let child = gtk_widget_get_first_child(list.pointer) {
            gtk_list_box_remove(list.opaque, child)
        }
    }
}
