import CGtk
import DamuCore

/// The desktop's own save dialog (GtkFileChooserNative; GTK 4.8 has no GtkFileDialog).
@MainActor
enum FileChooser {
    private static var current: OpaquePointer?

    static func save(
        parent: Widget, title: String, suggestedName: String, handler: @escaping @MainActor (String) -> Void
    ) {
        let chooser = gtk_file_chooser_native_new(
            title, parent.cast(), GTK_FILE_CHOOSER_ACTION_SAVE, tr("_Save"), tr("_Cancel"))!
        gtk_file_chooser_set_current_name(chooser, suggestedName)
        run(chooser, handler: handler)
    }

    static func open(parent: Widget, title: String, handler: @escaping @MainActor (String) -> Void) {
        let chooser = gtk_file_chooser_native_new(
            title, parent.cast(), GTK_FILE_CHOOSER_ACTION_OPEN, tr("_Open"), tr("_Cancel"))!
        run(chooser, handler: handler)
    }

    private static func run(_ chooser: OpaquePointer, handler: @escaping @MainActor (String) -> Void) {
        current = chooser
        Signal.onResponse(graw(chooser)) { response in
            defer {
                current = nil
                g_object_unref(graw(chooser))
            }
            guard response == GTK_RESPONSE_ACCEPT.rawValue,
                  let file = gtk_file_chooser_get_file(chooser) else { return }
            defer { g_object_unref(graw(file)) }
            guard let path = g_file_get_path(file) else { return }
            defer { g_free(path) }
            handler(String(cString: path))
        }
        gtk_native_dialog_show(gcast(chooser))
    }
}
