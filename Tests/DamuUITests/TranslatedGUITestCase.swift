import DamuCore
import DamuStore
import XCTest

@testable import DamuUI

/// A GUI test that reads the interface in Kazakh or Russian: the catalogs `scripts/test` compiled
/// into .locale/, found the way the app finds them; the language goes back to the system's after.
class TranslatedGUITestCase: GUITestCase, @unchecked Sendable {
    override func setUpWithError() throws {
        try super.setUpWithError()
        Localization.setUp(localeDirectory: try XCTUnwrap(ResourceLocator.localeDirectory()))
    }

    override func tearDownWithError() throws {
        MainActor.assumeIsolated { Localization.choose(language: nil) }
        try super.tearDownWithError()
    }

    /// A moderator's route sheet of this school year, opened in a window started in `language`.
    @MainActor
    func moderatorsRouteSheet(language: String) throws -> (window: AppWindow, profile: Profile, page: RouteSheetPage, year: AcademicYear) {
        var profile = Profile(fullName: "Ольга Петрова", school: "Гимназия № 5")
        profile.category = .moderator
        profile = try AppDatabase.open(at: databaseURL).save(profile)
        let window = try makeWindow(language: language)
        window.chooser.open(profile)
        window.showRouteSheet()
        pump(milliseconds: 300)
        let page = try XCTUnwrap(window.routeSheet)
        return (window, profile, page, try XCTUnwrap(page.sheet?.academicYear))
    }
}
