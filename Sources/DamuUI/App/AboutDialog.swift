import CGtk
import DamuCore

/// About Damu, with the privacy promise: the data stays on this PC.
@MainActor
enum AboutDialog {
    static let version = "0.1.0"

    static func present(parent: Widget, databasePath: String) {
        let dialog = Widget(gtk_about_dialog_new())
        gtk_about_dialog_set_program_name(dialog.opaque, "Damu")
        gtk_about_dialog_set_version(dialog.opaque, version)
        gtk_about_dialog_set_logo_icon_name(dialog.opaque, "kz.damu.Damu")
        gtk_about_dialog_set_comments(dialog.opaque, tr("Lesson self-analysis, the balance wheel and the teacher's year of growth."))
        gtk_about_dialog_set_system_information(
            dialog.opaque,
            String(format: tr("Everything you write stays on this computer, in %@. Nothing leaves it unless you export it."),
                   databasePath))
        gtk_window_set_transient_for(dialog.cast(), parent.cast())
        gtk_window_set_modal(dialog.cast(), 1)
        gtk_window_present(dialog.cast())
    }
}
