import CGtk
import DamuCore

@testable import DamuUI

extension GUITestCase {
    /// Damu starts and the teacher opens their profile.
    @MainActor
    func start(opening profile: Profile) throws -> AppWindow {
        let window = try makeWindow()
        window.chooser.open(profile)
        pump()
        return window
    }

    /// Damu ends as a crash or the session's quit ends it: no close request, no question.
    @MainActor
    func end(_ window: AppWindow) {
        gtk_window_destroy(window.window.cast())
        pump()
    }
}
