import DamuCore
import Foundation
import XCTest

/// The demo's route-sheet year: a living sheet that passes every check a teacher's sheet does.
final class DemoRoutesTests: XCTestCase {
    private func make(seed: UInt64, language: String = "kk") throws -> (Profile, [LessonAnalysis], DemoRoutes) {
        let template = try Fixtures.template()
        let (profile, analyses) = DemoYear.make(template: template, language: language, startingYear: 2025, seed: seed)
        let routes = DemoRoutes.make(
            profile: profile, lessonDates: analyses.map(\.lesson.date), sheetTemplate: try RouteFixtures.routeSheets(),
            routesTemplate: try RouteFixtures.routes(), language: language, startingYear: 2025, seed: seed)
        return (profile, analyses, routes)
    }

    func testTheDemoSheetIsMarkedThroughTheYearAndValid() throws {
        for language in ["kk", "ru", "en"] {
            let (profile, _, routes) = try make(seed: 7, language: language)
            let sheet = try routes.sheet.validated(template: routes.sheetTemplate)
            XCTAssertEqual(sheet.profileID, profile.id)
            XCTAssertEqual(sheet.templateRows.count, 7, "Педагог-модератор")
            XCTAssertEqual(sheet.ownRows.count, 1)
            XCTAssertEqual(sheet.progress.unmarked, 0, "every row has a mark")
            XCTAssertGreaterThan(sheet.progress.achieved, 0)
            XCTAssertTrue(sheet.templateRows.contains { $0.marks.entries.count >= 2 }, "some rows changed mark")
            XCTAssertTrue(sheet.templateRows.allSatisfy { $0.marks.entries.allSatisfy { $0.evidence != nil } })
            XCTAssertNotNil(sheet.wheel.mean(at: .start))
            XCTAssertGreaterThan(try XCTUnwrap(sheet.wheel.mean(at: .end)), try XCTUnwrap(sheet.wheel.mean(at: .start)))
            let professional = try routes.professionalRoute.validated()
            XCTAssertFalse(professional.topic.isEmpty)
            XCTAssertNotNil(professional.progress)
            let educational = try routes.educationalRoute.validated(template: routes.routesTemplate)
            XCTAssertFalse(educational.header.motivation.isEmpty)
            XCTAssertGreaterThan(educational.filledCount, 5)
        }
    }

    func testTheSameSeedGivesTheSameYearAndTheLessonsAreUnchanged() throws {
        let (_, analysesA, a) = try make(seed: 3)
        let (_, analysesB, b) = try make(seed: 3)
        XCTAssertEqual(a.sheet, b.sheet)
        XCTAssertEqual(a.professionalRoute, b.professionalRoute)
        XCTAssertEqual(a.educationalRoute, b.educationalRoute)
        XCTAssertEqual(analysesA, analysesB)
        XCTAssertNotEqual(try make(seed: 4).2.sheet.id, a.sheet.id)
    }
}
