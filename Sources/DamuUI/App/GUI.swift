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
            FirstFrameReport.mark("run")
            // Before GtkApplication's startup opens the display: GTK reads its renderer settings then.
            RendererChoice.applyBeforeGTK()
            damu_shim_attach_main_queue()
            // Before any string is translated: the language chosen in Preferences wins over the system's.
            LanguagePreference.applyStored()
            let application = gtk_application_new(applicationID, G_APPLICATION_DEFAULT_FLAGS)!
            defer { g_object_unref(UnsafeMutableRawPointer(application)) }
            // GTK 4.8 answers the session's "about to end" either way, but tells the application
            // ("query-end", where the analysis being typed is kept) only with this set.
            damu_shim_object_set_bool(UnsafeMutableRawPointer(application), "register-session", 1)
            let launcher = Launcher(databaseURL: databaseURL, application: application)
            Signal.on(UnsafeMutableRawPointer(application), "activate") { launcher.activate() }
            return withExtendedLifetime(launcher) {
                g_application_run(UnsafeMutablePointer(OpaquePointer(application)), 0, nil)
            }
        }
    }
}

/// Opens the database and the window once; a second activation raises the window. A database file
/// Damu cannot use (garbage, damaged, from a newer Damu) is never changed: the teacher is told why
/// and may start a new database, the old file kept aside under a new name.
@MainActor
final class Launcher {
    let databaseURL: URL
    private let application: UnsafeMutablePointer<GtkApplication>?
    private let catalog: () throws -> TemplateCatalog
    private let language: String
    /// Opens the database looked at, reporting an update's progress; the update of an older one
    /// runs on another thread.
    private let opener: @Sendable (AppDatabase.Opening, @escaping UpdateProgressReport) throws -> AppDatabase
    private(set) var window: AppWindow?
    /// On screen while an older database is being updated.
    private(set) var updateWindow: DatabaseUpdateWindow?
    /// Where the unusable file went, once the teacher chose to start a new database.
    private(set) var keptAside: URL?

    init(
        databaseURL: URL, application: UnsafeMutablePointer<GtkApplication>?,
        catalog: @escaping () throws -> TemplateCatalog = TemplateCatalog.shipped,
        language: String = Localization.interfaceLanguage,
        opener: @escaping @Sendable (AppDatabase.Opening, @escaping UpdateProgressReport) throws -> AppDatabase = {
            try $0.open(reporting: $1)
        }
    ) {
        self.databaseURL = databaseURL
        self.application = application
        self.catalog = catalog
        self.language = language
        self.opener = opener
    }

    func activate() {
        if let window { window.present(); return }
        // Started again while the update runs: one update at a time.
        if let updateWindow { updateWindow.present(); return }
        // Started again while Damu explains why it cannot open the database: one answer is enough.
        if let dialog = Dialogs.presented { gtk_window_present(dialog.cast()); return }
        FirstFrameReport.mark("gtk")
        RendererChoice.applyAfterDisplayOpened()
        Theme.install()
        openDatabase()
    }

    private func openDatabase() {
        let opening: AppDatabase.Opening
        do {
            opening = try AppDatabase.prepareToOpen(at: databaseURL)
        } catch {
            refuse(error)
            return
        }
        guard opening.willUpdate else {
            opened(Result { try opener(opening) { _ in } })
            return
        }
        let progress = DatabaseUpdateWindow(application: application, databasePath: databaseURL.path)
        updateWindow = progress
        progress.present()
        let open = opener
        // The main loop keeps drawing the window (and its spinner) while the update runs.
        DispatchQueue.global(qos: .userInitiated).async {
            let result = Result {
                try open(opening) { update in
                    DispatchQueue.main.async { MainActor.assumeIsolated { progress.show(update) } }
                }
            }
            DispatchQueue.main.async {
                MainActor.assumeIsolated {
                    self.opened(result)
                    // After the main window or the dialog exists, so the application never runs out of windows.
                    progress.close()
                    self.updateWindow = nil
                }
            }
        }
    }

    private func opened(_ database: Result<AppDatabase, any Error>) {
        do {
            let session = Session(database: try database.get(), catalog: try catalog(), language: language)
            FirstFrameReport.mark("database")
            showWindow(session)
        } catch {
            refuse(error)
        }
    }

    private func showWindow(_ session: Session) {
        let window = AppWindow(session: session, application: application)
        self.window = window
        window.onReplaced = { [weak self] replacement in self?.window = replacement }
        FirstFrameReport.mark("window")
        if let id = FirstFrameReport.profileToOpen, let profile = try? session.database.profile(id: id) {
            window.chooser.open(profile)
            FirstFrameReport.mark("profile")
            PageTourReport.start(window, profile: profile)
        }
        FirstFrameReport.watch(window.window)
        window.present()
        FirstFrameReport.mark("present")
        window.offerKeptProfile()
    }

    /// Without a database there is nothing to show but why. When a new database would help, the
    /// teacher may start one; the old file is renamed, never rewritten or deleted.
    private func refuse(_ error: Error) {
        guard let problem = AppDatabase.problem(at: databaseURL) else {
            keepApplicationRunning(Dialogs.error(parent: nil, message: tr("Damu cannot open its database"), detail: "\(error)"))
            return
        }
        let moment = Date()
        let asideName = AppDatabase.asideName(for: databaseURL, because: problem, at: moment).lastPathComponent
        let offer = String(format: tr("You can start a new, empty database in its place. The old file will be kept unchanged beside it, renamed %@."), asideName)
        Dialogs.ask(
            parent: nil, message: tr("Damu cannot open its database"), detail: "\(error)\n\n\(offer)",
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Start a New Database"), GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action"),
            ]
        ) { [self] response in
            // Cancel closes the dialog and, with no window left, Damu: the file stays as it was.
            guard response == GTK_RESPONSE_ACCEPT.rawValue else { return }
            do {
                keptAside = try AppDatabase.setAside(databaseURL, because: problem, at: moment)
            } catch {
                keepApplicationRunning(Dialogs.error(
                    parent: nil, message: tr("The old database could not be moved aside"), detail: "\(error)"))
                return
            }
            openDatabase()
        }
        if let dialog = Dialogs.presented { keepApplicationRunning(dialog) }
    }

    /// A dialog shown before any window belongs to the application, or it would quit at once.
    private func keepApplicationRunning(_ dialog: Widget) {
        guard let application else { return }
        gtk_window_set_application(dialog.cast(), application)
    }
}
