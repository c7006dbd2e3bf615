import DamuCore
import XCTest

final class QualificationCategoryTests: XCTestCase {
    func testOrderOfGrowth() {
        XCTAssertEqual(QualificationCategory.allCases, [.pedagogue, .moderator, .expert, .researcher, .master])
        XCTAssertLessThan(QualificationCategory.pedagogue, .moderator)
        XCTAssertLessThan(QualificationCategory.researcher, .master)
        XCTAssertFalse(QualificationCategory.master < .expert)
        XCTAssertEqual(QualificationCategory.allCases.sorted(by: >).first, .master)
    }

    func testArgumentAcceptsKeysAndOfficialTitles() {
        XCTAssertEqual(QualificationCategory(argument: "moderator"), .moderator)
        XCTAssertEqual(QualificationCategory(argument: "MASTER"), .master)
        XCTAssertEqual(QualificationCategory(argument: "Педагог-сарапшы"), .expert)
        XCTAssertEqual(QualificationCategory(argument: "Педагог"), .pedagogue)
        XCTAssertNil(QualificationCategory(argument: "teacher"))
        XCTAssertNil(QualificationCategory(argument: ""))
    }

    func testTitlesInEachLanguage() {
        XCTAssertEqual(QualificationCategory.expert.officialTitle, "Педагог-сарапшы")
        XCTAssertEqual(QualificationCategory.expert.title.text(in: "ru"), "Педагог-эксперт")
        XCTAssertEqual(QualificationCategory.researcher.title.text(in: "en"), "Pedagogue-researcher")
        XCTAssertEqual(QualificationCategory.moderator.title.text(in: "kk"), "Педагог-модератор")
    }
}
