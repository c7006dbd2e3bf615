import DamuCore
import Foundation
import XCTest

final class WeeklyEvidenceTests: XCTestCase {
    private let year = RouteFixtures.year2025

    func testCountsLessonAnalysesPerWeek() throws {
        let dates = try ["2025-09-02", "2025-09-04", "2025-09-16", "2025-10-01", "2025-08-29", "2026-09-01"].map(LessonDate.init(iso:))
        let evidence = WeeklyEvidence(academicYear: year, lessonDates: dates)
        XCTAssertEqual(evidence.weeks.count, 53)
        XCTAssertEqual(Array(evidence.analysesPerWeek.prefix(5)), [2, 0, 1, 0, 1], "dates outside the year are left out")
        XCTAssertEqual(evidence.coveredWeeks.map(\.number), [1, 3, 5])
        let asOf = try LessonDate(iso: "2025-10-05")
        XCTAssertEqual(evidence.elapsedWeeks(asOf: asOf).count, 5)
        XCTAssertEqual(evidence.missingWeeks(asOf: asOf).map(\.number), [2, 4])
        XCTAssertEqual(evidence.coverage(asOf: asOf).covered, 3)
        XCTAssertEqual(evidence.coverage(asOf: asOf).elapsed, 5)
        XCTAssertEqual(evidence.ratio(asOf: asOf)!, 0.6, accuracy: 1e-9)
        XCTAssertNil(evidence.ratio(asOf: try LessonDate(iso: "2025-08-01")))
        // After the year: the school weeks, September to the week of 25 May, not the summer's.
        XCTAssertEqual(evidence.schoolWeeks.count, 39)
        XCTAssertEqual(evidence.schoolWeeks.last?.firstDay.iso, "2026-05-25")
        XCTAssertEqual(evidence.coverage(asOf: try LessonDate(iso: "2027-01-01")).elapsed, 39)
        XCTAssertEqual(evidence.missingWeeks(asOf: try LessonDate(iso: "2027-01-01")).count, 36)
        let summer = WeeklyEvidence(academicYear: year, lessonDates: [try LessonDate(iso: "2026-07-01")])
        XCTAssertEqual(summer.coverage(asOf: try LessonDate(iso: "2026-08-31")).covered, 0, "a summer lesson is no school week's")
    }

    func testReadsTheLessonHistory() throws {
        let template = try Fixtures.template()
        let analyses = try ["2025-09-03", "2025-09-10", "2025-09-11", "2024-10-10"].map {
            try Fixtures.analysis(template: template, date: $0)
        }
        let evidence = WeeklyEvidence(academicYear: year, history: LessonHistory(analyses))
        XCTAssertEqual(evidence.coveredWeeks.map(\.number), [1, 2])
        XCTAssertEqual(evidence.analysesPerWeek[1], 2)
        XCTAssertTrue(WeeklyEvidence(academicYear: year, lessonDates: []).coveredWeeks.isEmpty)
    }
}
