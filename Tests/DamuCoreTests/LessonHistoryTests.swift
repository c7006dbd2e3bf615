import DamuCore
import Foundation
import XCTest

final class LessonHistoryTests: XCTestCase {
    private var template: LessonAnalysisTemplate!

    override func setUpWithError() throws { template = try Fixtures.template() }

    private func lesson(_ date: String, _ scores: [Int], satisfaction: Int?, growth: Bool = true, minute: Double = 0) throws -> LessonAnalysis {
        var analysis = try Fixtures.analysis(
            template: template, date: date, scores: scores, createdAt: Date(timeIntervalSince1970: 1_760_000_000 + minute * 60))
        analysis.scaling.score = satisfaction
        if !growth { analysis.growthPoint = GrowthPoint() }
        return analysis
    }

    func testOrdersByLessonDateThenWritingTime() throws {
        let a = try lesson("2025-10-01", [5, 5, 5, 5, 5, 5, 5, 5], satisfaction: 5)
        let b = try lesson("2025-09-15", [4, 4, 4, 4, 4, 4, 4, 4], satisfaction: 4, minute: 10)
        let c1 = try lesson("2025-10-01", [6, 6, 6, 6, 6, 6, 6, 6], satisfaction: 6, minute: 5)
        let history = LessonHistory([c1, a, b])
        XCTAssertEqual(history.analyses.map(\.id), [b.id, a.id, c1.id])
        XCTAssertEqual(history.latest?.id, c1.id)
        XCTAssertEqual(history.previous(to: a)?.id, b.id)
        XCTAssertEqual(history.previous(to: c1)?.id, a.id)
        XCTAssertNil(history.previous(to: b))
        let unsaved = try lesson("2025-11-01", [1, 1, 1, 1, 1, 1, 1, 1], satisfaction: 1)
        XCTAssertEqual(history.previous(to: unsaved)?.id, c1.id, "a new analysis follows the latest")
    }

    func testLastGrowthPointSkipsAnalysesWithoutOne() throws {
        let first = try lesson("2025-09-10", [5, 5, 5, 5, 5, 5, 5, 5], satisfaction: 5)
        let second = try lesson("2025-09-17", [5, 5, 5, 5, 5, 5, 5, 5], satisfaction: 5, growth: false)
        XCTAssertEqual(LessonHistory([second, first]).lastGrowthPoint?.id, first.id)
        XCTAssertNil(LessonHistory([second]).lastGrowthPoint)
        XCTAssertNil(LessonHistory([]).lastGrowthPoint)
        XCTAssertTrue(LessonHistory([]).isEmpty)
    }

    func testTrends() throws {
        var middle = try lesson("2025-10-08", [6, 4, 4, 4, 4, 4, 4, 4], satisfaction: nil)
        middle.wheel.sectors[2].score = nil
        let history = LessonHistory([
            try lesson("2025-11-05", [8, 6, 6, 6, 6, 6, 6, 6], satisfaction: 8),
            try lesson("2025-09-10", [3, 2, 2, 2, 2, 2, 2, 2], satisfaction: 4),
            middle,
        ])
        XCTAssertEqual(history.sectorTrend(0).points.map(\.value), [3, 6, 8])
        XCTAssertEqual(history.sectorTrend(0).change, 5)
        XCTAssertEqual(history.sectorTrend(2).points.map(\.date.iso), ["2025-09-10", "2025-11-05"], "unscored left out")
        XCTAssertEqual(history.sectorTrend(42).points, [])
        XCTAssertEqual(history.scalingTrend.points.map(\.value), [4, 8])
        XCTAssertEqual(history.wheelMeanTrend.first ?? 0, 2.125, accuracy: 1e-9)
        XCTAssertEqual(history.wheelMeanTrend.last ?? 0, 6.25, accuracy: 1e-9)
        XCTAssertEqual(history.wheelMeanTrend.change ?? 0, 4.125, accuracy: 1e-9)
        XCTAssertNil(TrendSeries(points: [.init(date: try LessonDate(iso: "2025-09-01"), value: 3)]).change)
    }

    func testAcademicYearFilter() throws {
        let history = LessonHistory([
            try lesson("2025-05-20", [5, 5, 5, 5, 5, 5, 5, 5], satisfaction: 5),
            try lesson("2025-09-02", [5, 5, 5, 5, 5, 5, 5, 5], satisfaction: 5),
            try lesson("2026-05-22", [5, 5, 5, 5, 5, 5, 5, 5], satisfaction: 5),
        ])
        XCTAssertEqual(history.academicYear(startingIn: 2025).analyses.map(\.lesson.date.iso), ["2025-09-02", "2026-05-22"])
        XCTAssertEqual(history.academicYear(startingIn: 2024).analyses.count, 1)
    }
}
