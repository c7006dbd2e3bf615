import DamuCore
import Foundation
import XCTest

final class AcademicYearTests: XCTestCase {
    func testParsesAndPrints() throws {
        let year = try AcademicYear(parsing: "2025-2026")
        XCTAssertEqual(year.startYear, 2025)
        XCTAssertEqual(year.endYear, 2026)
        XCTAssertEqual(year.description, "2025-2026")
        XCTAssertEqual(year.slashed, "2025/2026")
        XCTAssertEqual(try AcademicYear(parsing: " 2025/2026 "), year)
        XCTAssertEqual(try AcademicYear(parsing: "2025–2026"), year)
        XCTAssertEqual(try year.next().description, "2026-2027")
        XCTAssertEqual(try year.previous().description, "2024-2025")
        XCTAssertLessThan(year, try year.next())
    }

    func testRefusesWhatIsNotAYear() {
        for text in ["2025-2027", "2025-2025", "2026-2025", "2025", "25-26", "2025-26", "abcd-efgh", "", "2025--2026", "١٢٣٤-١٢٣٥"] {
            XCTAssertThrowsError(try AcademicYear(parsing: text), text) { error in
                XCTAssertEqual((error as? DamuError)?.field, "Academic year", text)
            }
        }
        XCTAssertThrowsError(try AcademicYear(parsing: "2025-2027")) { error in
            XCTAssertTrue("\(error)".contains("the year after"), "\(error)")
        }
        XCTAssertThrowsError(try AcademicYear(startYear: 1800))
        XCTAssertThrowsError(try AcademicYear(startYear: 2199).next())
    }

    func testSeptemberToAugust() throws {
        let year = try AcademicYear(parsing: "2025-2026")
        XCTAssertEqual(year.firstDay.iso, "2025-09-01")
        XCTAssertEqual(year.lastDay.iso, "2026-08-31")
        XCTAssertTrue(year.contains(try LessonDate(iso: "2026-05-25")))
        XCTAssertFalse(year.contains(try LessonDate(iso: "2025-08-31")))
        XCTAssertFalse(year.contains(try LessonDate(iso: "2026-09-01")))
        XCTAssertEqual(AcademicYear(containing: try LessonDate(iso: "2026-08-31")), year)
        XCTAssertEqual(AcademicYear(containing: try LessonDate(iso: "2025-09-01")), year)
        XCTAssertEqual(AcademicYear(containing: try LessonDate(iso: "2025-08-31")).description, "2024-2025")
    }

    func testCodableAsItsText() throws {
        let year = try AcademicYear(parsing: "2025-2026")
        let data = try JSONEncoder().encode([year])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"2025-2026\"]")
        XCTAssertEqual(try JSONDecoder().decode([AcademicYear].self, from: data), [year])
        XCTAssertThrowsError(try JSONDecoder().decode([AcademicYear].self, from: Data("[\"2025-2030\"]".utf8)))
    }

    func testWeeksStartOnMondayAndAreClippedToTheYear() throws {
        // 1 September 2025 is a Monday, 31 August 2026 a Monday too.
        let weeks = try AcademicYear(parsing: "2025-2026").weeks
        XCTAssertEqual(weeks.count, 53)
        XCTAssertEqual(weeks[0].firstDay.iso, "2025-09-01")
        XCTAssertEqual(weeks[0].lastDay.iso, "2025-09-07")
        XCTAssertEqual(weeks[1].firstDay.iso, "2025-09-08")
        XCTAssertEqual(weeks.last?.firstDay.iso, "2026-08-31")
        XCTAssertEqual(weeks.last?.lastDay.iso, "2026-08-31")
        XCTAssertEqual(weeks.map(\.number), Array(1...53))
        // 1 September 2024 is a Sunday: week 1 is that one day.
        let short = try AcademicYear(parsing: "2024-2025").weeks
        XCTAssertEqual(short[0].firstDay, short[0].lastDay)
        XCTAssertEqual(short[1].firstDay.iso, "2024-09-02")
        XCTAssertEqual(short.last?.lastDay.iso, "2025-08-31")
        // A Sunday start and a leap February give the rare 54th week.
        XCTAssertEqual(try AcademicYear(parsing: "2019-2020").weeks.count, 54)
        for year in 2015...2035 {
            let weeks = try AcademicYear(startYear: year).weeks
            XCTAssertEqual(weeks.first?.firstDay, try AcademicYear(startYear: year).firstDay)
            XCTAssertEqual(weeks.last?.lastDay, try AcademicYear(startYear: year).lastDay)
            for (a, b) in zip(weeks, weeks.dropFirst()) { XCTAssertEqual(a.lastDay.adding(days: 1), b.firstDay) }
        }
    }

    func testWeekContainingADate() throws {
        let year = try AcademicYear(parsing: "2025-2026")
        XCTAssertEqual(year.week(containing: try LessonDate(iso: "2025-09-07"))?.number, 1)
        XCTAssertEqual(year.week(containing: try LessonDate(iso: "2025-09-08"))?.number, 2)
        XCTAssertEqual(year.week(containing: try LessonDate(iso: "2026-01-01"))?.firstDay.iso, "2025-12-29")
        XCTAssertNil(year.week(containing: try LessonDate(iso: "2025-08-30")))
        for week in year.weeks {
            XCTAssertEqual(year.week(containing: week.firstDay), week)
            XCTAssertEqual(year.week(containing: week.lastDay), week)
        }
    }
}
