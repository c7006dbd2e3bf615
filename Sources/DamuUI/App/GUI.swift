import CGtk
import DamuCore
import DamuStore
import Foundation
import GtkShim

/// Entry point of the graphical application, called by the `damu` executable.
public enum GUI {
    public static let applicationID = "kz.damu.Damu"

    /// Runs the GTK application on the database at `databaseURL` until its window closes.
    /// Returns the process exit status.
    public static func run(databaseURL: URL) -> Int32 {
        MainActor.assumeIsolated {
            damu_shim_attach_main_queue()
            let application = gtk_application_new(applicationID, G_APPLICATION_DEFAULT_FLAGS)!
            defer { g_object_unref(UnsafeMutableRawPointer(application)) }
            Signal.on(UnsafeMutableRawPointer(application), "activate") {
                Launcher.activate(application: application, databaseURL: databaseURL)
            }
            return g_application_run(UnsafeMutablePointer(OpaquePointer(application)), 0, nil)
        }
    }
}

/// Opens the database and the window once; a second activation raises the window.
@MainActor
private enum Launcher {
    static var window: AppWindow?

    static func activate(application: UnsafeMutablePointer<GtkApplication>, databaseURL: URL) {
        if let window { window.present(); return }
        Theme.install()
        do {
            let session = Session(
                database: try AppDatabase.open(at: databaseURL),
                catalog: try TemplateCatalog.shipped(),
                language: Localization.interfaceLanguage)
            let window = AppWindow(session: session, application: application)
            self.window = window
            window.present()
        } catch {
            // Without a database there is nothing to show but why; the file is left as it was.
            let dialog = Dialogs.error(parent: nil, message: tr("Damu cannot open its database"), detail: "\(error)")
            gtk_window_set_application(dialog.cast(), application)
        }
    }
}
