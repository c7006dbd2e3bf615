import CGtk

/// While the window holds work not saved yet, asks the desktop session not to log out or shut
/// down without asking first. Without it, logging out of a shared school PC ends Damu with the
/// lesson analysis still in its fields. GNOME's session manager lists the reason in its logout
/// question; Xfce's (4.18) only makes Restart and Shut Down unavailable and logs out regardless,
/// without the reason.
///
/// The window is looked at once a second while a page that can hold unsaved work is shown:
/// typing, pasting, an input method and a screen reader all change the fields by different
/// paths, and the pages' own comparison with what is stored is the one answer they share.
@MainActor
final class LogoutGuard {
    private let application: UnsafeMutablePointer<GtkApplication>
    private let window: Widget
    private let unsavedWork: @MainActor () -> String?
    private var cookie: guint = 0
    private var reason: String?
    private lazy var timer = RepeatingTimer(seconds: 1) { [weak self] in self?.check() }

    /// `unsavedWork` says what is not saved, in a few words for the session's question; nil
    /// when nothing is.
    init(application: UnsafeMutablePointer<GtkApplication>, window: Widget, unsavedWork: @escaping @MainActor () -> String?) {
        self.application = application
        self.window = window
        self.unsavedWork = unsavedWork
    }

    /// Looks at the window now, and once a second from now on while `watching`.
    func update(watching: Bool) {
        check()
        if watching { timer.start() } else { timer.stop() }
    }

    /// Stops looking and lets the session go: the window is closing or gone.
    func release() {
        timer.stop()
        inhibit(nil)
    }

    private func check() {
        inhibit(unsavedWork())
    }

    private func inhibit(_ reason: String?) {
        guard reason != self.reason else { return }
        if cookie != 0 {
            gtk_application_uninhibit(application, cookie)
            cookie = 0
        }
        self.reason = reason
        if let reason {
            cookie = gtk_application_inhibit(
                application, window.cast(), GtkApplicationInhibitFlags(GTK_APPLICATION_INHIBIT_LOGOUT.rawValue), reason)
        }
    }
}
