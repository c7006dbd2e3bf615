import DamuCore
import Foundation
import XCTest

final class RouteSheetNextYearTests: XCTestCase {
    private func date(_ iso: String) throws -> LessonDate { try LessonDate(iso: iso) }

    func testCategoriesGrowInOrderAndTheMasterHasNone() throws {
        XCTAssertEqual(QualificationCategory.pedagogue.nextCategory, .moderator)
        XCTAssertEqual(QualificationCategory.moderator.nextCategory, .expert)
        XCTAssertEqual(QualificationCategory.expert.nextCategory, .researcher)
        XCTAssertEqual(QualificationCategory.researcher.nextCategory, .master)
        XCTAssertNil(QualificationCategory.master.nextCategory)
        XCTAssertEqual(try RouteFixtures.sheet(.pedagogue).nextCategory, .moderator)
        XCTAssertNil(try RouteFixtures.sheet(.master).nextCategory)
    }

    /// A Педагог sheet with rows 1–3 achieved, 4 partial, 5 not achieved, and two own rows.
    private func finishedYear() throws -> RouteSheet {
        var sheet = try RouteFixtures.sheet(.pedagogue)
        let day = try date("2026-05-25")
        for index in 0..<3 { try sheet.mark(.template(index), .achieved, on: day) }
        try sheet.mark(.template(3), .partial, on: day)
        try sheet.mark(.template(4), .notAchieved, on: day)
        try sheet.addAction("Өз ойымнан іс-әрекет", to: .template(1))
        try sheet.addAction("Кері байланыс парағы", to: .template(4))
        let done = try sheet.addOwnRow(direction: "Жабылған жол")
        try sheet.mark(done, .achieved, on: day)
        try sheet.addOwnRow(direction: "Ашық жол", content: "Мазмұн", actions: ["Бірінші"])
        try sheet.wheel.setScore(7, sector: 0, at: .end)
        return sheet
    }

    func testAFreshYearWithoutCarrying() throws {
        let sheet = try finishedYear()
        let next = try sheet.startNextYear(carryOpenRows: false, catalog: try RouteFixtures.catalog(), language: "kk")
        XCTAssertEqual(next.academicYear.description, "2026-2027")
        XCTAssertEqual(next.category, .pedagogue)
        XCTAssertEqual(next.profileID, sheet.profileID)
        XCTAssertNotEqual(next.id, sheet.id)
        XCTAssertEqual(next.progress.unmarked, 8)
        XCTAssertTrue(next.ownRows.isEmpty)
        XCTAssertTrue(next.templateRows.allSatisfy { $0.addedActions.isEmpty && $0.marks.isEmpty })
        XCTAssertEqual(next.wheel.sectorNames, sheet.wheel.sectorNames)
        XCTAssertNil(next.wheel.latestScoredMoment, "the new year's wheel starts unscored")
        XCTAssertEqual(sheet.progress.achieved, 4, "the old sheet is left as it was")
    }

    func testCarryingOpenRowsWithinTheCategory() throws {
        let sheet = try finishedYear()
        let next = try sheet.startNextYear(carryOpenRows: true, catalog: try RouteFixtures.catalog(), language: "kk")
        XCTAssertEqual(next.templateRows[4].addedActions, ["Кері байланыс парағы"], "an open row keeps its added actions")
        XCTAssertEqual(next.templateRows[1].addedActions, [], "an achieved row does not carry")
        XCTAssertEqual(next.ownRows.map(\.direction), ["Ашық жол"])
        XCTAssertEqual(next.ownRows.first?.actions, ["Бірінші"])
        XCTAssertEqual(next.ownRows.first?.carriedFrom?.description, "2025-2026")
        XCTAssertTrue(next.ownRows.first?.marks.isEmpty ?? false, "marks belong to the year they were given in")
        XCTAssertNotEqual(next.ownRows.first?.id, sheet.ownRows.last?.id)
        XCTAssertNoThrow(try next.validated(template: try RouteFixtures.routeSheets()))
    }

    func testCarryingOpenRowsIntoTheNextCategory() throws {
        let template = try RouteFixtures.routeSheets()
        var sheet = try finishedYear()
        try sheet.mark(.template(0), .partial, on: date("2026-05-26"))
        try sheet.addAction("Апта сайын талдау", to: .template(0))
        let next = try sheet.startNextYear(
            carryOpenRows: true, category: sheet.nextCategory, catalog: try RouteFixtures.catalog(), language: "ru")
        XCTAssertEqual(next.category, .moderator)
        XCTAssertEqual(next.templateRows.count, 7)
        // Row 1 is printed alike in every sheet, so it lands on the moderator's row 1.
        XCTAssertEqual(next.templateRows[0].addedActions, ["Апта сайын талдау"])
        // The Педагог's open rows 4–8 (±, −, unmarked) are not on the moderator's sheet: they become
        // own rows, in Russian; the teacher's own open row follows.
        let pedagogue = template.sheet(for: .pedagogue).rows
        XCTAssertEqual(next.ownRows.map(\.direction), pedagogue[3...7].map { $0.direction.text(in: "ru") } + ["Ашық жол"])
        XCTAssertEqual(next.ownRows[1].actions, pedagogue[4].actions.map { $0.text(in: "ru") } + ["Кері байланыс парағы"])
        XCTAssertTrue(next.ownRows.allSatisfy { $0.carriedFrom?.startYear == 2025 })
        XCTAssertEqual(next.wheel.sectorNames, template.sheet(for: .moderator).rows.map { $0.direction.text(in: "ru") })
        XCTAssertNoThrow(try next.validated(template: template))
    }

    func testAnUnshippedTemplateVersionCannotBeCarriedFrom() throws {
        var sheet = try finishedYear()
        sheet.templateVersion = 7
        XCTAssertThrowsError(try sheet.startNextYear(carryOpenRows: true, catalog: try RouteFixtures.catalog(), language: "kk")) {
            guard case DamuError.template = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertNoThrow(try sheet.startNextYear(carryOpenRows: false, catalog: try RouteFixtures.catalog(), language: "kk"))
    }
}
