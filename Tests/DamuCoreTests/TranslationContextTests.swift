import DamuCore
import XCTest

/// One English word, two Russian ones: the context chooses which.
final class TranslationContextTests: XCTestCase {
    override func setUpWithError() throws {
        Localization.setUp(localeDirectory: try XCTUnwrap(ResourceLocator.localeDirectory(), "run scripts/translations compile"))
    }

    override func tearDown() {
        MainActor.assumeIsolated { Localization.choose(language: nil) }
    }

    func testTheContextChoosesTheTranslation() {
        MainActor.assumeIsolated { Localization.choose(language: "ru") }
        XCTAssertEqual(tr("_Discard"), "_Не сохранять", "unsaved changes are not saved")
        XCTAssertEqual(trc("kept work", "_Discard"), "_Удалить", "kept work is deleted")
        MainActor.assumeIsolated { Localization.choose(language: "en") }
        XCTAssertEqual(trc("kept work", "_Discard"), "_Discard", "untranslated, the message without its context")
    }
}
