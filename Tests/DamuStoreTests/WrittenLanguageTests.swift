@testable import DamuStore
import XCTest

/// The rule that gives route records written before schema v4 the language of their texts.
final class WrittenLanguageTests: XCTestCase {
    func testKazakhRussianAndEnglishTextsAreTold() {
        XCTAssertEqual(WrittenLanguage.of(["Пәндік курстық дайындық", "Цифрлық сауаттылық"]), "kk")
        XCTAssertEqual(WrittenLanguage.of(["Предметная курсовая подготовка", "Открытый урок"]), "ru")
        XCTAssertEqual(WrittenLanguage.of(["Subject courses", "Open lesson"]), "en")
    }

    func testAKazakhNameInARussianTextDoesNotMakeItKazakh() {
        let text = "Провела открытый урок вместе с наставником Гүлмира Әбенқызы, обсудили результаты учеников и наметили шаги на следующую четверть"
        XCTAssertEqual(WrittenLanguage.of([text]), "ru")
    }

    func testNoLettersAtAllTellNothing() {
        XCTAssertNil(WrittenLanguage.of([]))
        XCTAssertNil(WrittenLanguage.of(["", "12", "—"]))
    }
}
