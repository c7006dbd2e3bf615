import DamuCore
import XCTest

final class TeamRouteCompletionTests: XCTestCase {
    func testDirectionsSharedByCategoriesAreCountedTogetherAndOwnRowsStayOut() throws {
        let template = try RouteFixtures.routeSheets()
        var pedagogue = try RouteFixtures.sheet(.pedagogue)
        try pedagogue.mark(.template(0), .achieved, on: RouteFixtures.date("2025-10-01"))
        try pedagogue.mark(.template(1), .partial, on: RouteFixtures.date("2025-10-01"))
        try pedagogue.mark(.template(7), .notAchieved, on: RouteFixtures.date("2025-11-01"))
        // A later mark replaces the earlier one as the row's mark.
        try pedagogue.mark(.template(7), .achieved, on: RouteFixtures.date("2026-03-01"))
        let own = try pedagogue.addOwnRow(direction: "Менің жеке жобам", content: "Жеке мазмұн")
        try pedagogue.mark(own, .achieved, on: RouteFixtures.date("2025-10-01"))
        var moderator = try RouteFixtures.sheet(.moderator)
        try moderator.mark(.template(0), .partial, on: RouteFixtures.date("2025-10-01"))

        let team = TeamRouteCompletion([pedagogue, moderator], template: template, language: "kk")
        XCTAssertEqual(team.sheetCount, 2)
        XCTAssertEqual(team.directions.count, 8 + 7 - 2, "the two directions both sheets have are one each")
        let topic = try XCTUnwrap(team.directions.first)
        XCTAssertEqual(topic.name, "Мұғалімнің кәсіби жеке даму тақырыбы")
        XCTAssertEqual([topic.progress.achieved, topic.progress.partial, topic.progress.notAchieved, topic.progress.unmarked], [1, 1, 0, 0])
        let courses = try XCTUnwrap(team.directions.first { $0.name == "Пәндік курстық дайындық" })
        XCTAssertEqual([courses.progress.partial, courses.progress.unmarked], [1, 1])
        let reflection = try XCTUnwrap(team.directions.first { $0.name == "Рефлексия" })
        XCTAssertEqual(reflection.progress.achieved, 1)
        XCTAssertFalse(team.directions.contains { $0.name == "Менің жеке жобам" }, "a teacher's own words stay out")
        XCTAssertEqual(team.overall.total, 8 + 7)
        XCTAssertEqual(team.overall.achieved, 2)
    }

    func testNoSheetsGiveAnEmptyPicture() throws {
        let team = TeamRouteCompletion([], template: try RouteFixtures.routeSheets(), language: "kk")
        XCTAssertTrue(team.isEmpty)
        XCTAssertEqual(team.sheetCount, 0)
        XCTAssertEqual(team.overall.total, 0)
    }
}
