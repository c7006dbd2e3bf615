import CGtk
import DamuCore
import Foundation
import XCTest

@testable import DamuUI

/// A page of the window as the tour shows it.
enum TourPage: CustomStringConvertible {
    case page(String)
    /// The lessons page with the lesson of this row chosen (the first is shown as a page).
    case lesson(row: Int)

    var description: String {
        switch self {
        case let .page(name): name
        case let .lesson(row): "lessons, row \(row)"
        }
    }
}

extension GUITestCase {
    /// Every page of a window at 1024×768 in `language` (the instruments in `instruments`, which
    /// has only Kazakh and Russian texts; by default the same), as a teacher reaches them with the
    /// demo year: the profiles, the lessons (each lesson chosen in turn) and their trends, each
    /// step of a lesson analysis, the route sheet's four tabs, both tabs of the reflection cards,
    /// the team picture's choice of teachers and the profile form. `visit` looks at each as it is
    /// shown; the window and its database go after.
    @MainActor
    func tourEveryPage(in language: String, instruments: String? = nil, _ visit: (AppWindow, TourPage) -> Void) throws {
        Localization.choose(language: language)
        let window = try makeWindow(width: 1024, height: 768, language: instruments ?? language)
        visit(window, .page("chooser"))
        window.chooser.demoButton.click()
        pump(milliseconds: 300)
        let profile = try XCTUnwrap(window.session.profile)
        visit(window, .page("lessons, wheel"))
        let history = try storedDatabase().history(profileID: profile.id)
        for row in history.analyses.indices.dropFirst() {
            window.history.select(row: row)
            visit(window, .lesson(row: row))
        }
        window.history.select(row: 0)
        window.history.showTab("trends")
        visit(window, .page("lessons, trends"))
        let latest = try XCTUnwrap(history.latest)
        window.showEditor(latest, template: try storedDatabase().template(of: latest), isNew: false)
        for step in AnalysisEditorPage.stepNames {
            window.editor.showStep(step)
            visit(window, .page("editor, \(step)"))
        }
        window.showRouteSheet()
        visit(window, .page("route sheet"))
        for tab in ["wheel", "weekly", "routes"] {
            window.routeSheet.showTab(tab)
            visit(window, .page("route sheet, \(tab)"))
        }
        window.showCards()
        visit(window, .page("cards"))
        window.cards.visibleTab = "weekly"
        visit(window, .page("cards, weekly"))
        window.actions.activate("team-picture")
        visit(window, .page("team picture"))
        window.showProfileForm(profile)
        visit(window, .page("profile form"))
        gtk_window_destroy(window.window.cast())
        pump()
        try FileManager.default.removeItem(at: databaseURL)
    }
}
