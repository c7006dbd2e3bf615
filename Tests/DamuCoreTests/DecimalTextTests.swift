import DamuCore
import XCTest

/// Decimals as the interface language writes them, in the messages that carry them.
final class DecimalTextTests: XCTestCase {
    override func setUpWithError() throws {
        Localization.setUp(localeDirectory: try XCTUnwrap(ResourceLocator.localeDirectory(), "run scripts/translations compile"))
    }

    override func tearDown() {
        MainActor.assumeIsolated { Localization.choose(language: nil) }
    }

    private func terms() -> String {
        String(format: tr("Term %ld: %@ → term %ld: %@ (%@)"), 1, DecimalText.of(5.84), 4, DecimalText.of(6.9),
               DecimalText.of(1.06, signed: true))
    }

    func testEnglishWritesAPointAndKazakhAndRussianAComma() {
        MainActor.assumeIsolated { Localization.choose(language: "en") }
        XCTAssertEqual(DecimalText.of(6.45), "6.5")
        XCTAssertEqual(terms(), "Term 1: 5.8 → term 4: 6.9 (+1.1)")
        MainActor.assumeIsolated { Localization.choose(language: "kk") }
        XCTAssertEqual(terms(), "1-тоқсан: 5,8 → 4-тоқсан: 6,9 (+1,1)")
        XCTAssertEqual(String(format: tr("wheel %@"), DecimalText.of(7)), "дөңгелек 7,0")
        MainActor.assumeIsolated { Localization.choose(language: "ru") }
        XCTAssertEqual(terms(), "1-я четверть: 5,8 → 4-я четверть: 6,9 (+1,1)")
        XCTAssertEqual(DecimalText.of(0, digits: 0), "0")
    }
}
