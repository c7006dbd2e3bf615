import CGtk
import DamuCore
import Foundation
import GtkShim

/// The lessons of the lessons page, newest first. Rows are built only for about thirty lessons
/// around those in sight (see `damu_shim_one_column_list_new`), so a year of 200 lessons, or a
/// tenth year, opens as fast as a first month. GTK 4.8 never builds more than 33 rows for this
/// view; three lines of text each (73 pixels), they fill a list 2,400 pixels tall.
///
/// Those 33 rows are more than a window shows, and building the rows out of sight delayed the
/// first frame: by 6 ms against the 19 lessons a 1080-pixel screen has room for; the 13 of the
/// 720-pixel window Damu opens in take 2% fewer instructions again. So the list is first given
/// only the lessons its window has room for (the tallest screen's worth when maximized), and the
/// others at the frame after the one that shows it (`NextFrame`).
@MainActor
final class LessonList {
    let widget: Widget
    /// Newest first, as shown; the list's model may not hold them all yet (`show`).
    private(set) var lessons: [LessonSummary] = []
    private let strings: OpaquePointer
    private let selection: OpaquePointer
    /// Told the lesson chosen, by a click, the keyboard or `select(row:)`.
    var onSelect: (@MainActor (LessonSummary) -> Void)?
    /// Told when the chosen lesson is opened (Enter or a double click).
    var onActivate: (@MainActor () -> Void)?

    init(accessibleName: String) {
        strings = gtk_string_list_new(nil)
        selection = gtk_single_selection_new(strings)
        gtk_single_selection_set_autoselect(selection, 0)
        let factory = gtk_signal_list_item_factory_new()!
        Signal.onPointer(UnsafeMutableRawPointer(factory), "setup") { item in
            guard let item else { return }
            let title = Label(style: "heading", wrap: false)
            let topic = Label(style: "damu-hint")
            gtk_label_set_lines(topic.widget.opaque, 2)
            gtk_label_set_ellipsize(topic.widget.opaque, PANGO_ELLIPSIZE_END)
            let facts = Label(style: "damu-hint", wrap: false)
            // A grid, not a box: the theme spaces and pads any box in a grid view's cell as an icon's.
            let box = Widget(gtk_grid_new()!).margins(top: 8, bottom: 8, start: 8, end: 8)
            gtk_grid_set_row_spacing(box.cast(), 3)
            for (row, label) in [title, topic, facts].enumerated() {
                gtk_grid_attach(box.cast(), label.widget.pointer, 0, Int32(row), 1, 1)
            }
            gtk_list_item_set_child(OpaquePointer(item), box.pointer)
        }
        widget = Widget(damu_shim_one_column_list_new(selection, factory)!)
        Signal.onPointer(UnsafeMutableRawPointer(factory), "bind") { [weak self] item in
            guard let self, let item else { return }
            let position = Int(gtk_list_item_get_position(OpaquePointer(item)))
            guard lessons.indices.contains(position), let box = gtk_list_item_get_child(OpaquePointer(item)),
                  let row = damu_shim_one_column_list_row(box)
            else { return }
            Self.fill(Widget(box), row: Widget(row), with: lessons[position])
        }
        widget.css("navigation-sidebar").accessibleName(accessibleName)
        Signal.onNotify(UnsafeMutableRawPointer(selection), "selected") { [weak self] in self?.selectionChanged() }
        Signal.onPointer(widget.raw, "activate") { [weak self] _ in self?.onActivate?() }
    }

    /// Shows `lessons` (newest first), none chosen: those the window has room for at once, the
    /// others at the next frame.
    func show(_ lessons: [LessonSummary]) {
        self.lessons = lessons
        let first = lessons.prefix(rowsInSight)
        StringList.replaceAll(in: strings, with: first.map(\.id.uuidString))
        // Whatever the list holds by then: it may have been shown again meanwhile.
        if first.count < lessons.count { NextFrame.run(after: widget) { [weak self] in self?.showAll() } }
    }

    /// How many rows the list's window could show: rows are at least 60 pixels tall, three lines of
    /// text at the smallest readable font. The window's height is its size as drawn, or before it
    /// is first drawn the size it opens at; a maximized or full-screen window, or a list in no
    /// window, counts the tallest screen. Without a screen to ask, every lesson at once.
    var rowsInSight: Int {
        guard var height = Self.tallestScreen else { return .max }
        if let window = rootWindow, gtk_window_is_maximized(window.cast()) == 0, gtk_window_is_fullscreen(window.cast()) == 0 {
            var width: Int32 = 0, opening: Int32 = 0
            gtk_window_get_default_size(window.cast(), &width, &opening)
            let drawn = gtk_widget_get_height(window.pointer)
            let windowHeight = drawn > 0 ? drawn : opening
            if windowHeight > 0 { height = min(height, Int(windowHeight)) }
        }
        return height / Self.minimumRowHeight + 1
    }

    private var rootWindow: Widget? {
        guard let root = gtk_widget_get_root(widget.pointer) else { return nil }
        let window = Widget(gcast(root) as UnsafeMutablePointer<GtkWidget>)
        return window.isA(gtk_window_get_type()) ? window : nil
    }

    /// The height of the tallest screen, nil without a display.
    private static var tallestScreen: Int? {
        guard let display = gdk_display_get_default(), let monitors = gdk_display_get_monitors(display) else { return nil }
        var tallest: Int32 = 0
        for index in 0..<g_list_model_get_n_items(monitors) {
            guard let monitor = g_list_model_get_item(monitors, index) else { continue }
            var geometry = GdkRectangle()
            gdk_monitor_get_geometry(OpaquePointer(monitor), &geometry)
            tallest = max(tallest, geometry.height)
            g_object_unref(monitor)
        }
        return tallest > 0 ? Int(tallest) : nil
    }

    static let minimumRowHeight = 60

    /// Puts the lessons `show` held back, if any still are, into the list's model.
    private func showAll() {
        let count = Int(g_list_model_get_n_items(strings))
        guard count < lessons.count else { return }
        StringList.append(to: strings, lessons[count...].map(\.id.uuidString))
    }

    /// Chooses the lesson at `index` (0 = newest), as a click would, and scrolls it into sight.
    func select(row index: Int) {
        guard lessons.indices.contains(index) else { return }
        if index >= g_list_model_get_n_items(strings) { showAll() }
        gtk_single_selection_set_selected(selection, guint(index))
        gtk_widget_activate_action_variant(widget.pointer, "list.scroll-to-item", g_variant_new_uint32(guint32(index)))
    }

    private func selectionChanged() {
        let position = Int(gtk_single_selection_get_selected(selection))
        guard lessons.indices.contains(position) else { return }
        onSelect?(lessons[position])
    }

    /// `row` is what has the keyboard focus and what a screen reader names.
    private static func fill(_ box: Widget, row: Widget, with summary: LessonSummary) {
        let lesson = summary.lesson
        let date = DateText.of(lesson.date)
        var numbers: [String] = []
        if let mean = summary.wheelMean { numbers.append(String(format: tr("wheel %@"), DecimalText.of(mean))) }
        if let score = summary.satisfaction { numbers.append(String(format: tr("satisfaction %ld/10"), score)) }
        let texts = [
            [date, lesson.grade].filter { !$0.isEmpty }.joined(separator: " · "),
            [lesson.subject, lesson.topic].filter { !$0.isEmpty }.joined(separator: ": "),
            numbers.joined(separator: " · "),
        ]
        for (label, text) in zip(box.children, texts) { gtk_label_set_text(label.opaque, text) }
        row.accessibleName(String(format: tr("Lesson of %@, %@"), date, lesson.topic))
    }
}
