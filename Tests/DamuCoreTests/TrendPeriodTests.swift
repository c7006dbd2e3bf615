import DamuCore
import XCTest

final class TrendPeriodTests: XCTestCase {
    private func series(_ points: [(String, Double)]) throws -> TrendSeries {
        TrendSeries(points: try points.map { TrendSeries.Point(date: try LessonDate(iso: $0.0), value: $0.1) })
    }

    private func summary(_ series: TrendSeries) -> [String] {
        series.points.map { "\($0.date.iso) \($0.value)" }
    }

    func testWeeksRunFromMondayToSunday() throws {
        // 2 September 2024 was a Monday, the 8th a Sunday.
        let lessons = try series([("2024-09-02", 4), ("2024-09-04", 6), ("2024-09-08", 8), ("2024-09-09", 2), ("2024-09-13", 3)])
        XCTAssertEqual(summary(lessons.averaged(per: .week)), ["2024-09-05 6.0", "2024-09-11 2.5"])
    }

    func testWeeksBefore1970AreCountedTheSameWay() throws {
        // 29 December 1969 was a Monday, 4 January 1970 a Sunday.
        let lessons = try series([("1969-12-28", 1), ("1969-12-29", 5), ("1970-01-04", 7)])
        XCTAssertEqual(summary(lessons.averaged(per: .week)), ["1969-12-28 1.0", "1970-01-01 6.0"])
    }

    func testMonthsAndYearsFollowTheCalendar() throws {
        let lessons = try series([
            ("2024-12-31", 9), ("2025-01-01", 3), ("2025-01-31", 5), ("2025-02-01", 10), ("2025-12-15", 6), ("2025-12-17", 7),
        ])
        XCTAssertEqual(summary(lessons.averaged(per: .month)), [
            "2024-12-31 9.0", "2025-01-16 4.0", "2025-02-01 10.0", "2025-12-16 6.5",
        ])
        XCTAssertEqual(summary(lessons.averaged(per: .year)), ["2024-12-31 9.0", "2025-06-02 6.2"])
    }

    func testEveryPointIsCountedOnceAndTheMeanKept() throws {
        var points: [TrendSeries.Point] = []
        var day = try LessonDate(iso: "2015-09-01")
        for index in 0..<2000 {
            points.append(.init(date: day, value: Double(index % 11)))
            day = day.adding(days: index % 3 == 0 ? 0 : 2)
        }
        let lessons = TrendSeries(points: points)
        let mean = points.map(\.value).reduce(0, +) / Double(points.count)
        for period in TrendPeriod.allCases {
            let averaged = lessons.averaged(per: period)
            XCTAssertEqual(averaged.points.map(\.date), averaged.points.map(\.date).sorted(), "\(period) oldest first")
            XCTAssertEqual(Set(averaged.points.map(\.date)).count, averaged.points.count, "\(period): one point each")
            XCTAssertTrue(averaged.points.allSatisfy { (0...10).contains($0.value) })
            XCTAssertGreaterThanOrEqual(averaged.points.first!.date, points.first!.date)
            XCTAssertLessThanOrEqual(averaged.points.last!.date, points.last!.date)
            if period == .year {
                // Each year's mean weighted by its lessons is the mean of them all.
                let counts = Dictionary(grouping: points, by: { $0.date.year }).mapValues(\.count)
                let weighted = averaged.points.map { $0.value * Double(counts[$0.date.year]!) }.reduce(0, +)
                XCTAssertEqual(weighted / Double(points.count), mean, accuracy: 1e-9)
            }
        }
        XCTAssertEqual(lessons.averaged(per: .year).points.count, Set(points.map(\.date.year)).count)
        XCTAssertEqual(lessons.averaged(per: .month).points.count, Set(points.map { $0.date.year * 12 + $0.date.month }).count)
        XCTAssertTrue(TrendSeries(points: []).averaged(per: .month).points.isEmpty)
    }
}
