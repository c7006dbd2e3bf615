@testable import DamuCore
import XCTest

/// Route records name the language of their texts, read off the letters since the store keeps none.
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

    func testNoLettersAtAllReadAsTheInstrumentsLanguage() {
        XCTAssertEqual(WrittenLanguage.of([]), "kk")
        XCTAssertEqual(WrittenLanguage.of(["", "12", "—"]), "kk")
    }
}
