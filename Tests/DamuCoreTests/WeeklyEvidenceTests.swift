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
        // After the year: the school weeks, September to the week of 25 May, not the summer's nor
        // the three breaks'.
        XCTAssertEqual(evidence.schoolWeeks.count, 36)
        XCTAssertEqual(evidence.schoolWeeks.last?.firstDay.iso, "2026-05-25")
        XCTAssertEqual(evidence.coverage(asOf: try LessonDate(iso: "2027-01-01")).elapsed, 36)
        XCTAssertEqual(evidence.missingWeeks(asOf: try LessonDate(iso: "2027-01-01")).count, 33)
        let summer = WeeklyEvidence(academicYear: year, lessonDates: [try LessonDate(iso: "2026-07-01")])
        XCTAssertEqual(summer.coverage(asOf: try LessonDate(iso: "2026-08-31")).covered, 0, "a summer lesson is no school week's")
    }

    func testTheBreaksBetweenTermsAreNoGap() throws {
        let evidence = WeeklyEvidence(academicYear: year, lessonDates: [])
        XCTAssertEqual(year.breakWeeks.map(\.description), [
            "9: 2025-10-27–2025-11-02", "18: 2025-12-29–2026-01-04", "30: 2026-03-23–2026-03-29",
        ])
        let inAutumnBreak = try LessonDate(iso: "2025-10-30")
        XCTAssertEqual(evidence.coverage(asOf: inAutumnBreak).elapsed, 8, "the break has begun, but no school week")
        XCTAssertEqual(evidence.missingWeeks(asOf: inAutumnBreak).last?.number, 8)
        XCTAssertTrue(evidence.isBreak(evidence.weeks[8]))
        XCTAssertFalse(evidence.isBreak(evidence.weeks[7]))

        // A school whose break fell a week later taught in Damu's break week: the analysis counts.
        let taught = WeeklyEvidence(academicYear: year, lessonDates: [inAutumnBreak])
        XCTAssertEqual(taught.coverage(asOf: inAutumnBreak).covered, 1)
        XCTAssertEqual(taught.coverage(asOf: inAutumnBreak).elapsed, 9)
        XCTAssertEqual(taught.schoolWeeks.count, 37)
    }

    func testTheBreaksMoveWithTheCalendar() throws {
        // The week with 1 November, the week whose school days all lie from 29 December to 8 January,
        // the week with 25 March.
        let expected = [
            2023: ["2023-10-30", "2024-01-01", "2024-03-25"],
            2024: ["2024-10-28", "2024-12-30", "2025-03-24"],
            2026: ["2026-10-26", "2027-01-04", "2027-03-22"],
            2027: ["2027-11-01", "2028-01-03", "2028-03-20"],
        ]
        for startYear in AcademicYear.validStartYears {
            XCTAssertEqual(try AcademicYear(startYear: startYear).breakWeeks.count, 3, "\(startYear)")
        }
        for (startYear, mondays) in expected {
            let weeks = try AcademicYear(startYear: startYear).breakWeeks
            XCTAssertEqual(weeks.map(\.firstDay.iso), mondays, "\(startYear)")
            XCTAssertTrue(weeks.allSatisfy { $0.days.count == 7 && $0.firstDay.weekday == 1 }, "\(startYear)")
        }
    }

    func testWeekdaysAreISOWeekdays() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var day = try LessonDate(iso: "1900-01-01")
        XCTAssertEqual(day.weekday, 1, "1 January 1900 was a Monday")
        while day.year < 2200 {
            XCTAssertEqual(day.weekday, (calendar.component(.weekday, from: day.date) + 5) % 7 + 1, day.iso)
            day = day.adding(days: 97)
        }
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
