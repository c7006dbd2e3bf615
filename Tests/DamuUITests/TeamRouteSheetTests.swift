import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

/// After the team's wheel, the team picture shows how far the chosen teachers' route sheets have
/// come, direction by direction, in numbers that match the sheets and without a teacher's own words.
final class TeamRouteSheetTests: GUITestCase, @unchecked Sendable {
    func testTheRouteSheetSlideCountsEveryDirectionOfTheChosenTeachers() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow(width: 1024, height: 768)
            let database = window.session.database
            let lessonTemplate = Self.templateCatalog.current
            let sheetTemplate = try window.session.routeSheetCatalog().current
            let year = try AcademicYear(startYear: 2025)
            var secrets: [String] = []
            for (name, category, marks) in [
                ("Айгүл Қасымова", QualificationCategory.pedagogue, [RouteMark.achieved, .partial, .notAchieved]),
                ("Болат Ержанов", .moderator, [.achieved, .achieved]),
            ] {
                let profile = try database.save(Profile(fullName: name, school: "№ 5 мектеп", category: category))
                var analysis = LessonAnalysis(profileID: profile.id, template: lessonTemplate, language: "kk",
                                              lesson: .init(date: try LessonDate(iso: "2025-10-14")))
                analysis.wheel.sectors[0].score = 5
                _ = try database.save(analysis, template: lessonTemplate)
                var sheet = RouteSheet(profileID: profile.id, academicYear: year, category: category, template: sheetTemplate, language: "kk")
                for (row, mark) in marks.enumerated() { try sheet.mark(.template(row), mark, on: try LessonDate(iso: "2025-12-01")) }
                let own = try sheet.addOwnRow(direction: "Жеке бағыт \(name)")
                try sheet.mark(own, .achieved, on: try LessonDate(iso: "2025-12-01"))
                _ = try database.save(sheet, template: sheetTemplate)
                secrets += [name, "Жеке бағыт \(name)"]
            }

            window.actions.activate("team-picture")
            pump()
            window.teamPicker.presentButton.click()
            pump(milliseconds: 300)
            let show = try XCTUnwrap(window.presentation)
            XCTAssertEqual(show.slides.count, 2, "the wheel, then the route sheets")
            show.show(slide: 1)
            pump(milliseconds: 300)
            guard case let .routes(_, chart)? = show.currentSlide else { return XCTFail("the route-sheet slide") }
            XCTAssertEqual(chart.completion.sheetCount, 2)
            let topic = try XCTUnwrap(chart.completion.directions.first)
            XCTAssertEqual(RouteCompletionChart.parts(topic.progress), [2, 0, 0, 0], "row 1 of both sheets is +")
            let courses = try XCTUnwrap(chart.completion.directions.first { $0.name == "Пәндік курстық дайындық" })
            XCTAssertEqual(RouteCompletionChart.parts(courses.progress), [1, 1, 0, 0])
            XCTAssertEqual(chart.completion.overall.total, 8 + 7)
            XCTAssertEqual(chart.completion.overall.achieved, 3)
            let description = PresentationPage.describe(try XCTUnwrap(show.slide))
            XCTAssertTrue(description.contains("Пәндік курстық дайындық: + achieved 1, ± partially 1"), description)
            for secret in secrets { XCTAssertFalse(description.contains(secret), "\(secret) is not on the slide") }
            screenshot(window, "team-route-sheets-1024")
        }
    }
}
