import DamuCore
import Foundation
import XCTest

final class LessonDateTests: XCTestCase {
    func testParsesCalendarDates() throws {
        let date = try LessonDate(iso: "2025-09-02")
        XCTAssertEqual([date.year, date.month, date.day], [2025, 9, 2])
        XCTAssertEqual(date.iso, "2025-09-02")
        XCTAssertEqual(try LessonDate(iso: " 2024-02-29 ").iso, "2024-02-29", "leap day of a leap year")
    }

    func testRejectsDaysThatDoNotExist() {
        for text in ["2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00"] {
            XCTAssertThrowsError(try LessonDate(iso: text), text) { error in
                guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(field, "Date")
                XCTAssertTrue(message.contains("not a calendar date"), message)
            }
        }
    }

    func testRejectsTextThatIsNotADate() {
        for text in ["yesterday", "", "2025-9-2", "02.09.2025", "2025/09/02", "2025-09-02T10:00", "20250-09-02",
                     "2025-0a-02", "２０２５-09-02", "2025-09-0\u{0662}", "2025 09 02"] {
            XCTAssertThrowsError(try LessonDate(iso: text), text) { error in
                XCTAssertEqual((error as? DamuError)?.field, "Date")
            }
        }
        XCTAssertThrowsError(try LessonDate(year: 1800, month: 1, day: 1), "outside the supported years")
    }

    /// Every day from 1900 to 2200 reads back from its stored form as the same day (the lesson
    /// list reads plain "YYYY-MM-DD" the short way).
    func testEveryDayReadsBackFromItsISOForm() throws {
        var count = 0
        for year in 1900...2200 {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = try? LessonDate(year: year, month: month, day: day) else { continue }
                    XCTAssertEqual(try LessonDate(iso: date.iso), date)
                    count += 1
                }
            }
        }
        XCTAssertEqual(count, 301 * 365 + 73, "every day of 301 years, 73 of them leap years")
    }

    func testOrderArithmeticAndAcademicYear() throws {
        let september = try LessonDate(iso: "2025-09-01")
        let may = try LessonDate(iso: "2026-05-25")
        XCTAssertLessThan(september, may)
        XCTAssertEqual(september.academicYearStart, 2025)
        XCTAssertEqual(may.academicYearStart, 2025)
        XCTAssertEqual(try LessonDate(iso: "2025-08-31").academicYearStart, 2024)
        XCTAssertEqual(try LessonDate(iso: "2024-02-28").adding(days: 2).iso, "2024-03-01")
        XCTAssertEqual(try LessonDate(iso: "2025-12-31").adding(days: 1).iso, "2026-01-01")
        XCTAssertEqual(september.adding(days: -1).iso, "2025-08-31")
    }

    /// Trend charts place lessons by day number instead of by Foundation's date: both must agree.
    func testDayNumbersAreFoundationsDaysSince1970AndReadBack() throws {
        var day = try LessonDate(year: 1900, month: 1, day: 1)
        let last = try LessonDate(year: 2200, month: 12, day: 31)
        XCTAssertEqual(try LessonDate(iso: "1970-01-01").dayNumber, 0)
        XCTAssertEqual(try LessonDate(iso: "1969-12-31").dayNumber, -1)
        while true {
            XCTAssertEqual(day.dayNumber, Int((day.date.timeIntervalSince1970 / 86_400).rounded(.down)), day.iso)
            XCTAssertEqual(try LessonDate(dayNumber: day.dayNumber), day)
            guard day.dayNumber + 97 <= last.dayNumber else { break }
            day = day.adding(days: 97)
        }
        XCTAssertEqual(try LessonDate(dayNumber: last.dayNumber), last)
        XCTAssertThrowsError(try LessonDate(dayNumber: try LessonDate(iso: "1900-01-01").dayNumber - 1)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Date")
        }
    }

    func testCodableAsPlainISOString() throws {
        let date = try LessonDate(iso: "2026-03-08")
        let data = try JSONEncoder().encode([date])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2026-03-08"]"#)
        XCTAssertEqual(try JSONDecoder().decode([LessonDate].self, from: data), [date])
        XCTAssertThrowsError(try JSONDecoder().decode([LessonDate].self, from: Data(#"["2026-02-30"]"#.utf8)))
    }

    /// The day check is arithmetic now; Foundation's Gregorian calendar is what it must agree with.
    func testEveryDayFrom1900To2200IsCheckedAsTheGregorianCalendarDoes() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for year in 1900...2200 {
            for month in 0...13 {
                for day in [0, 1, 27, 28, 29, 30, 31, 32] {
                    var components = DateComponents()
                    (components.year, components.month, components.day) = (year, month, day)
                    let real = (1...12).contains(month) && calendar.date(from: components).map {
                        calendar.component(.day, from: $0) == day && calendar.component(.month, from: $0) == month
                    } == true
                    XCTAssertEqual((try? LessonDate(year: year, month: month, day: day)) != nil, real, "\(year)-\(month)-\(day)")
                }
            }
        }
    }
}
