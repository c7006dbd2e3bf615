import DamuCore
import Foundation
import XCTest

final class IndividualRouteTests: XCTestCase {
    private var template: IndividualRoutesTemplate!

    override func setUpWithError() throws { template = try RouteFixtures.routes() }

    func testParsesYearlyNumbers() {
        XCTAssertEqual(YearlyTarget.parse("Халықаралық конференцияларға жылына 4 рет қатысу.")?.count, 4)
        XCTAssertEqual(YearlyTarget.parse("Халықаралық конференцияларға жылына 4 рет қатысу.")?.unit, "рет")
        XCTAssertEqual(YearlyTarget.parse("БАҚ беттерінде – жылына 6 жарияланым.")?.unit, "жарияланым")
        XCTAssertEqual(YearlyTarget.parse("(жылына 4 кітап оқу)")?.unit, "кітап")
        XCTAssertEqual(YearlyTarget.parse("Жылына 12 ашық сабақ")?.count, 12)
        XCTAssertEqual(YearlyTarget.parse("Открытые уроки: 3 урока в год")?.count, 3)
        XCTAssertEqual(YearlyTarget.parse("Открытые уроки: 3 урока в год")?.unit, "урока")
        XCTAssertEqual(YearlyTarget.parse("Mentoring 2 colleagues per year")?.unit, "colleagues")
        XCTAssertEqual(YearlyTarget.parse("A school seminar twice a year")?.count, 2)
        XCTAssertNil(YearlyTarget.parse("Облыстық жобасына қатысу."))
        XCTAssertNil(YearlyTarget.parse("жылына бірнеше рет"))
        XCTAssertNil(YearlyTarget.parse("жылына 4"))
        XCTAssertNil(YearlyTarget.parse("несколько раз в год"))
        XCTAssertNil(YearlyTarget.parse("4 в год"), "a number with nothing counted is no target")
        XCTAssertNil(YearlyTarget.parse("Курсы в 2025 году"))
    }

    func testARouteStartsEmptyOrFromTheSuggestions() throws {
        let year = RouteFixtures.year2025
        let empty = ProfessionalDevelopmentRoute(profileID: UUID(), template: template, academicYear: year, language: "kk")
        XCTAssertTrue(ProfessionalDevelopmentRoute.Quadrant.allCases.allSatisfy { empty[$0].isEmpty })
        XCTAssertNil(empty.progress)
        XCTAssertEqual(empty.periodStart.iso, "2025-09-01")
        XCTAssertEqual(empty.periodEnd.iso, "2026-08-31")
        let route = ProfessionalDevelopmentRoute(
            profileID: UUID(), template: template, academicYear: year, language: "ru", suggestions: true)
        XCTAssertEqual(ProfessionalDevelopmentRoute.Quadrant.allCases.map { route[$0].count }, [5, 4, 7, 11])
        XCTAssertEqual(route.indicators[5].target, 4)
        XCTAssertEqual(route.indicators[5].unit, "раза")
        XCTAssertEqual(route.selfHelp[1].target, 4)
        XCTAssertEqual(route.countedItems.count, 5)
        XCTAssertEqual(route.progress, 0)
        XCTAssertNoThrow(try route.validated())
    }

    func testIndicatorsProgress() throws {
        var route = ProfessionalDevelopmentRoute(
            profileID: UUID(), template: template, academicYear: RouteFixtures.year2025, language: "kk", suggestions: true)
        route.indicators = [
            .init(parsing: "Халықаралық конференцияларға жылына 4 рет қатысу."),
            .init(parsing: "Ғылыми-әдістемелік басылымдарда жылына 6 мақала жариялау."),
            .init(parsing: "«Үздіксіз білім берудегі педагог» облыстық жобасына қатысу."),
            .init(text: "Нөлдік мақсат", target: 0, unit: "рет"),
        ]
        XCTAssertEqual(route.indicators[0].target, 4)
        XCTAssertEqual(route.indicators[0].unit, "рет")
        XCTAssertNil(route.indicators[2].target)
        try route.record(actual: 3, quadrant: .indicators, item: 0)
        try route.record(actual: 9, quadrant: .indicators, item: 1)
        XCTAssertEqual(route.indicators[0].progress, 0.75, accuracy: 1e-9)
        XCTAssertEqual(route.indicators[0].remaining, 1)
        XCTAssertEqual(route.indicators[1].progress, 1, "more than promised is capped")
        XCTAssertEqual(route.indicators[1].remaining, 0)
        XCTAssertTrue(route.indicators[1].isMet)
        XCTAssertEqual(route.indicators[2].progress, 0)
        XCTAssertNil(route.indicators[2].remaining)
        XCTAssertTrue(route.indicators[3].isMet, "a target of 0 is met from the start")
        XCTAssertEqual(route.progress!, (0.75 + 1 + 0 + 1) / 4, accuracy: 1e-9)
        try route.record(actual: 1, quadrant: .indicators, item: 2)
        XCTAssertTrue(route.indicators[2].isMet, "an item without a number is done once")
        XCTAssertThrowsError(try route.record(actual: -1, quadrant: .indicators, item: 0)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Indicators, item 1")
        }
        XCTAssertThrowsError(try route.record(actual: 1, quadrant: .goals, item: 40)) { error in
            guard case DamuError.notFound = error else { return XCTFail("\(error)") }
        }
        route.indicators[0].target = -2
        XCTAssertThrowsError(try route.validated()) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Indicators, item 1")
        }
        route.indicators[0].target = 4
        route.periodEnd = try LessonDate(iso: "2025-01-01")
        XCTAssertThrowsError(try route.validated())
    }

    func testEducationalRouteFollowsTableEighteen() throws {
        let profile = Profile(
            fullName: "Айгүл Серікқызы", category: .moderator, yearsOfService: 7,
            methodologicalTopic: "Функционалдық сауаттылық", developmentGoal: "Сарапшы санатына өту")
        var route = EducationalRoute(
            profileID: profile.id, academicYear: RouteFixtures.year2025, template: template, language: "kk",
            header: .init(profile: profile))
        XCTAssertEqual(route.blocks.map(\.entries.count), [5, 5, 7, 4, 5, 2, 2, 2])
        XCTAssertEqual(route.header.category, .moderator)
        XCTAssertEqual(route.header.yearsOfService, 7)
        XCTAssertEqual(route.filledCount, 0)
        route.blocks[0].entries[0] = .init(expectedResult: "2 ашық сабақ", product: "Сабақ жоспары")
        route.blocks[6].ownEntries.append(.init(form: "Жасанды интеллект құралдары", expectedResult: "Сабақта қолдану"))
        XCTAssertEqual(route.filledCount, 2)
        XCTAssertEqual(try route.validated(template: template).header.fullName, "Айгүл Серікқызы")
        var broken = route
        broken.header.yearsOfService = 70
        XCTAssertThrowsError(try broken.validated(template: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Years of service")
        }
        broken = route
        broken.blocks[6].ownEntries[0].form = ""
        XCTAssertThrowsError(try broken.validated(template: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Block 7, own row 1")
        }
        broken = route
        broken.blocks.removeLast()
        XCTAssertThrowsError(try broken.validated(template: template))
        let data = try JSONEncoder().encode(route)
        XCTAssertEqual(try JSONDecoder().decode(EducationalRoute.self, from: data), route)
    }
}
