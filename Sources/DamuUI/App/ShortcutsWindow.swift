import CGtk
import DamuCore

/// The keyboard shortcuts window (Ctrl+?), built from GtkShortcutsWindow.
@MainActor
enum ShortcutsWindow {
    /// Presents the window, and returns it.
    @discardableResult
    static func present(parent: Widget) -> Widget? {
        let groups: [(String, [(String, String)])] = [
            (tr("Lesson analyses"), [
                ("<Control>n", tr("New lesson analysis")), ("<Control>s", tr("Save")),
                ("Page_Down Page_Up", tr("Next or previous step")),
                ("<Control>e", tr("Export wheel as PNG")), ("<Control><Shift>e", tr("Export wheel as PDF")),
                ("<Control>k", tr("Reflection cards")),
            ]),
            (tr("Route sheet"), [
                ("<Control>r", tr("Open the route sheet")), ("<Control><Shift>r", tr("Export the route sheet form as PDF")),
            ]),
            (tr("Balance wheel"), [
                ("Left Right", tr("Choose a sector (on the wheel)")), ("0...9", tr("Score the chosen sector")),
                ("plus minus", tr("Raise or lower the score by 1")),
            ]),
            (tr("Presentation"), [
                ("F11", tr("Presentation mode")), ("Escape", tr("Leave the presentation")),
                ("Page_Down Page_Up", tr("Next or previous slide")), ("Tab", tr("Next sector (on the wheel slide)")),
            ]),
            (tr("General"), [
                ("F10", tr("Main menu")), ("<Alt>Left", tr("Back")), ("<Control><Shift>p", tr("Switch profile")),
                ("<Control>comma", tr("Preferences")),
                ("<Control>question", tr("Keyboard shortcuts")), ("<Control>w", tr("Close the window")),
                ("<Control>q", tr("Quit")),
            ]),
        ]
        var xml = "<interface><object class='GtkShortcutsWindow' id='window'><property name='modal'>1</property>"
        xml += "<child><object class='GtkShortcutsSection'><property name='section-name'>main</property>"
        for (title, items) in groups {
            xml += "<child><object class='GtkShortcutsGroup'><property name='title'>\(escape(title))</property>"
            for (accelerator, label) in items {
                xml += "<child><object class='GtkShortcutsShortcut'>"
                xml += "<property name='accelerator'>\(escape(accelerator))</property>"
                xml += "<property name='title'>\(escape(label))</property></object></child>"
            }
            xml += "</object></child>"
        }
        xml += "</object></child></object></interface>"
        let builder = gtk_builder_new_from_string(xml, -1)
        defer { g_object_unref(UnsafeMutableRawPointer(builder)) }
        guard let object = gtk_builder_get_object(builder, "window") else { return nil }
        let window = Widget(UnsafeMutableRawPointer(object).assumingMemoryBound(to: GtkWidget.self))
        if let content = gtk_window_get_child(window.cast()) {
            fitTexts(in: Widget(content), keys: ["Page_Down": tr("Page Down"), "Page_Up": tr("Page Up"), "Escape": tr("Esc")])
        }
        gtk_window_set_transient_for(window.cast(), parent.cast())
        gtk_window_present(window.cast())
        return window
    }

    /// GtkShortcutsWindow sets its two columns' texts on one line each; in Kazakh the window then
    /// came out wider than a 1024-pixel screen and the right column was cut off. Wrapped at about
    /// thirty characters, every text is whole and the window fits. (Its content only: the title
    /// in the header bar stays on one line.)
    ///
    /// GTK 4.8 also writes a key it has no "keyboard label" translation for by its keysym name, so
    /// English and Kazakh showed "Page_Down", "Page_Up" and "Escape". The keycaps take the names
    /// printed on keyboards instead, as GNOME's own shortcut windows show them.
    private static func fitTexts(in widget: Widget, keys: [String: String]) {
        if widget.isA(gtk_label_get_type()) {
            gtk_label_set_wrap(widget.opaque, 1)
            gtk_label_set_wrap_mode(widget.opaque, PANGO_WRAP_WORD_CHAR)
            gtk_label_set_max_width_chars(widget.opaque, 30)
            if let name = keys[String(cString: gtk_label_get_text(widget.opaque))] { gtk_label_set_text(widget.opaque, name) }
        }
        for child in widget.children { fitTexts(in: child, keys: keys) }
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&apos;")
    }
}
