import DamuCore
import Foundation
import XCTest

/// Kazakh and Russian show and read a day as their school papers write it, 20.05.2026; English
/// keeps 2026-05-20; and a day typed either way reads as the same day in every language.
final class DateTextTests: XCTestCase {
    override func setUpWithError() throws {
        Localization.setUp(localeDirectory: try XCTUnwrap(ResourceLocator.localeDirectory(), "run scripts/translations compile"))
    }

    override func tearDown() {
        MainActor.assumeIsolated { Localization.choose(language: nil) }
    }

    private func speaking(_ language: String) {
        MainActor.assumeIsolated { Localization.choose(language: language) }
    }

    func testEachLanguageWritesTheDayItsOwnWay() throws {
        let day = try LessonDate(year: 2026, month: 5, day: 7)
        for (language, text, pattern) in [("kk", "07.05.2026", "КК.АА.ЖЖЖЖ"), ("ru", "07.05.2026", "ДД.ММ.ГГГГ"),
                                          ("en", "2026-05-07", "YYYY-MM-DD")] {
            speaking(language)
            XCTAssertEqual(DateText.of(day), text, language)
            XCTAssertEqual(DateText.pattern, pattern, language)
            XCTAssertEqual(try DateText.day(from: DateText.of(day)), day, "\(language) reads back what it wrote")
        }
        XCTAssertEqual(day.iso, "2026-05-07", "what is stored does not follow the language")
    }

    func testAMomentIsItsDayAndMinuteOnThisComputersClock() throws {
        var clock = Calendar(identifier: .gregorian)
        clock.timeZone = .current
        let moment = try XCTUnwrap(clock.date(from: DateComponents(year: 2026, month: 12, day: 7, hour: 9, minute: 5, second: 59)))
        for (language, text) in [("kk", "07.12.2026, 09:05"), ("ru", "07.12.2026, 09:05"), ("en", "2026-12-07 09:05")] {
            speaking(language)
            XCTAssertEqual(DateText.of(moment: moment), text, language)
        }
    }

    func testADayTypedEitherWayReadsInEveryLanguage() throws {
        let day = try LessonDate(year: 2025, month: 9, day: 2)
        for language in ["kk", "ru", "en"] {
            speaking(language)
            for text in ["02.09.2025", "2.9.2025", " 02.09.2025 ", "2025-09-02", "2025-9-2", "2025-09-02 "] {
                XCTAssertEqual(try DateText.day(from: text), day, "\(language): \(text)")
            }
        }
    }

    func testTextThatIsNotADateNamesTheFormToWriteItIn() {
        for (language, pattern) in [("kk", "КК.АА.ЖЖЖЖ"), ("ru", "ДД.ММ.ГГГГ"), ("en", "YYYY-MM-DD")] {
            speaking(language)
            for text in [" ", "yesterday", "02.09.25", "2025/09/02", "02-09-2025", "02.09.2025.", "1.2.3.2025",
                         "002.09.2025", "٠٢.09.2025", "０２.09.2025", "02 09 2025", "2025-09-02T10:00"] {
                XCTAssertThrowsError(try DateText.day(from: text), "\(language): \(text)") { error in
                    guard case let DamuError.invalid(_, message) = error else { return XCTFail("\(error)") }
                    XCTAssertTrue(message.contains(pattern), "\(language): \(message)")
                    let typed = text.trimmingCharacters(in: .whitespaces)
                    XCTAssertTrue(typed.isEmpty ? !message.contains("«»") && !message.contains("“”") : message.contains(typed),
                                  "it quotes what was typed, if anything: \(message)")
                }
            }
        }
    }

    func testADayTheCalendarDoesNotHaveIsCalledThat() {
        for (language, words) in [("kk", "күнтізбеде жоқ"), ("ru", "нет в календаре"), ("en", "not a calendar date")] {
            speaking(language)
            for text in ["30.02.2025", "29.02.2025", "31.04.2026", "01.13.2026", "00.01.2026", "2025-02-30", "2026-00-10"] {
                XCTAssertThrowsError(try DateText.day(from: text), "\(language): \(text)") { error in
                    guard case let DamuError.invalid(_, message) = error else { return XCTFail("\(error)") }
                    XCTAssertTrue(message.contains(words) && message.contains(text), "\(language): \(message)")
                }
            }
        }
        XCTAssertEqual(try DateText.day(from: "29.02.2024"), try LessonDate(year: 2024, month: 2, day: 29))
    }
}
