import CGtk
import GtkShim

/// A GTK widget seen from Swift: a typed handle, not an owner. GTK's widget tree owns the widget;
/// screens keep handles to the parts they read or change.
struct Widget: Equatable {
    let pointer: UnsafeMutablePointer<GtkWidget>

    init(_ pointer: UnsafeMutablePointer<GtkWidget>) { self.pointer = pointer }

    init(_ pointer: OpaquePointer) {
        self.pointer = UnsafeMutablePointer(pointer)
    }
}

@MainActor
extension Widget {
    /// The same object as the C type a GTK function asks for (GTK's casts are macros).
    func cast<T>(_: T.Type = T.self) -> UnsafeMutablePointer<T> {
        UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: T.self)
    }

    var opaque: OpaquePointer { OpaquePointer(pointer) }
    var raw: UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }

    // MARK: Common properties

    @discardableResult
    func accessibleName(_ label: String) -> Widget {
        damu_shim_accessible_set_label(opaque, label)
        // A GTK 4.8 drop-down takes the focus on a toggle button inside it, which a screen reader
        // then names "GtkToggleButton": it is named too (and read with the choice it shows).
        if isA(gtk_drop_down_get_type()), let toggle = children.first(where: { $0.isA(gtk_toggle_button_get_type()) }) {
            damu_shim_accessible_set_label(toggle.opaque, label)
        }
        return self
    }

    func accessibleDescription(_ text: String) {
        damu_shim_accessible_set_description(opaque, text)
    }

    /// Lets a visible label name this control alone, by its words as shown: GTK 4.8 joins an
    /// explicit name with the labelling label's text ("Full name Full name"), and a label's
    /// text keeps the colon a form puts after it ("Mark:"). The label stays its mnemonic.
    func nameFromLabel(_ label: Widget) {
        gtk_label_set_mnemonic_widget(label.opaque, pointer)
        gtk_accessible_reset_relation(opaque, GTK_ACCESSIBLE_RELATION_LABELLED_BY)
        let text = String(cString: gtk_label_get_text(label.opaque)).trimmingCharacters(in: .whitespaces)
        accessibleName(text.hasSuffix(":") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text)
    }

    func labelled(by label: Widget) {
        damu_shim_accessible_set_labelled_by(opaque, label.pointer)
    }

    @discardableResult
    func css(_ classes: String...) -> Widget {
        for name in classes { gtk_widget_add_css_class(pointer, name) }
        return self
    }

    func removeCSS(_ name: String) { gtk_widget_remove_css_class(pointer, name) }

    @discardableResult
    func expand(horizontal: Bool = false, vertical: Bool = false) -> Widget {
        gtk_widget_set_hexpand(pointer, horizontal ? 1 : 0)
        gtk_widget_set_vexpand(pointer, vertical ? 1 : 0)
        return self
    }

    @discardableResult
    func align(horizontal: GtkAlign? = nil, vertical: GtkAlign? = nil) -> Widget {
        if let horizontal { gtk_widget_set_halign(pointer, horizontal) }
        if let vertical { gtk_widget_set_valign(pointer, vertical) }
        return self
    }

    @discardableResult
    func margins(_ all: Int32) -> Widget { margins(top: all, bottom: all, start: all, end: all) }

    @discardableResult
    func margins(top: Int32 = 0, bottom: Int32 = 0, start: Int32 = 0, end: Int32 = 0) -> Widget {
        gtk_widget_set_margin_top(pointer, top)
        gtk_widget_set_margin_bottom(pointer, bottom)
        gtk_widget_set_margin_start(pointer, start)
        gtk_widget_set_margin_end(pointer, end)
        return self
    }

    @discardableResult
    func size(width: Int32 = -1, height: Int32 = -1) -> Widget {
        gtk_widget_set_size_request(pointer, width, height)
        return self
    }

    @discardableResult
    func tooltip(_ text: String) -> Widget {
        gtk_widget_set_tooltip_text(pointer, text)
        return self
    }

    var isVisible: Bool {
        get { gtk_widget_get_visible(pointer) != 0 }
        nonmutating set { gtk_widget_set_visible(pointer, newValue ? 1 : 0) }
    }

    var isSensitive: Bool {
        get { gtk_widget_get_sensitive(pointer) != 0 }
        nonmutating set { gtk_widget_set_sensitive(pointer, newValue ? 1 : 0) }
    }

    func grabFocus() { gtk_widget_grab_focus(pointer) }
    func queueDraw() { gtk_widget_queue_draw(pointer) }

    var width: Int32 { gtk_widget_get_width(pointer) }
    var height: Int32 { gtk_widget_get_height(pointer) }

    /// Emits an action signal such as "clicked", as a user's click would.
    func emit(_ signal: String) { damu_shim_emit(raw, signal) }

    // MARK: The widget tree

    /// The widget's children, first to last.
    var children: [Widget] {
        var children: [Widget] = []
        var child = gtk_widget_get_first_child(pointer)
        while let current = child {
            children.append(Widget(current))
            child = gtk_widget_get_next_sibling(current)
        }
        return children
    }

    /// Whether the widget is of GType `type` (e.g. `gtk_label_get_type()`) or a subclass of it.
    func isA(_ type: GType) -> Bool {
        g_type_check_instance_is_a(UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: GTypeInstance.self), type) != 0
    }
}

/// GObject casts. GTK's cast macros are not callable from Swift, and Swift imports a C type as
/// `UnsafeMutablePointer<T>` when its struct is public and as `OpaquePointer` when it is not.
func gcast<T>(_ pointer: OpaquePointer) -> UnsafeMutablePointer<T> { UnsafeMutablePointer(pointer) }
func gcast<T, U>(_ pointer: UnsafeMutablePointer<U>) -> UnsafeMutablePointer<T> {
    UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: T.self)
}
func gopaque<U>(_ pointer: UnsafeMutablePointer<U>) -> OpaquePointer { OpaquePointer(pointer) }
func gopaque(_ pointer: OpaquePointer) -> OpaquePointer { pointer }
func graw<U>(_ pointer: UnsafeMutablePointer<U>) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }
func graw(_ pointer: OpaquePointer) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(pointer) }
