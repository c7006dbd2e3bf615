import DamuCore
import XCTest

/// Counts follow the plural rules of the interface language: Russian has three forms.
final class PluralFormsTests: XCTestCase {
    override func setUpWithError() throws {
        Localization.setUp(localeDirectory: try XCTUnwrap(ResourceLocator.localeDirectory(), "run scripts/translations compile"))
    }

    override func tearDown() {
        MainActor.assumeIsolated { Localization.choose(language: nil) }
    }

    private func tooLong(_ count: Int) -> String {
        String(format: trn("is %ld character long; at most %ld fit", "is %ld characters long; at most %ld fit", count), count, 10)
    }

    func testRussianChoosesOneFewOrMany() {
        MainActor.assumeIsolated { Localization.choose(language: "ru") }
        XCTAssertEqual(tooLong(1), "длина — 1 символ, а допустимо не более 10")
        XCTAssertEqual(tooLong(21), "длина — 21 символ, а допустимо не более 10")
        XCTAssertEqual(tooLong(3), "длина — 3 символа, а допустимо не более 10")
        XCTAssertEqual(tooLong(24), "длина — 24 символа, а допустимо не более 10")
        XCTAssertEqual(tooLong(5), "длина — 5 символов, а допустимо не более 10")
        XCTAssertEqual(tooLong(11), "длина — 11 символов, а допустимо не более 10")
        XCTAssertEqual(tooLong(112), "длина — 112 символов, а допустимо не более 10")
    }

    func testEnglishAndKazakh() {
        MainActor.assumeIsolated { Localization.choose(language: "en") }
        XCTAssertEqual(tooLong(1), "is 1 character long; at most 10 fit")
        XCTAssertEqual(tooLong(12), "is 12 characters long; at most 10 fit")
        MainActor.assumeIsolated { Localization.choose(language: "kk") }
        XCTAssertEqual(tooLong(12), "ұзындығы 12 таңба; ең көбі 10 таңба сияды")
    }

    func testTooLongAnswersSayHowLongInTheTeachersLanguage() {
        MainActor.assumeIsolated { Localization.choose(language: "ru") }
        var profile = Profile(fullName: String(repeating: "а", count: 1000))
        profile.school = "№ 1"
        XCTAssertThrowsError(try profile.validated()) { error in
            XCTAssertTrue("\(error)".contains("символов, а допустимо не более"), "\(error)")
        }
    }
}
