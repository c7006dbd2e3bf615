import DamuCore
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
}
