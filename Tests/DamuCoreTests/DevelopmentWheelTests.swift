import DamuCore
import Foundation
import XCTest

final class DevelopmentWheelTests: XCTestCase {
    func testSectorsAreTheSheetsDirections() throws {
        let template = try RouteFixtures.routeSheets()
        for category in QualificationCategory.allCases {
            let wheel = DevelopmentWheel(template: template, category: category, language: "en")
            XCTAssertEqual(wheel.sectorNames, template.sheet(for: category).rows.map { $0.direction.text(in: "en") })
            XCTAssertNoThrow(try wheel.validated(), category.rawValue)
        }
        XCTAssertEqual(DevelopmentWheel(template: template, category: .researcher, language: "kk").sectors.count, 12)
    }

    func testThreeMomentsConvertToScoreArrays() throws {
        var wheel = DevelopmentWheel(sectorNames: ["Әдістеме", "Зерттеу", "Тәлімгерлік", "Рефлексия"])
        XCTAssertNil(wheel.latestScoredMoment)
        for (index, score) in [3, 4, 5, 2].enumerated() { try wheel.setScore(score, sector: index, at: .start) }
        for (index, score) in [5, 4, 8].enumerated() { try wheel.setScore(score, sector: index, at: .end) }
        XCTAssertEqual(wheel.scores(at: .start), [3, 4, 5, 2])
        XCTAssertEqual(wheel.scores(at: .middle), [nil, nil, nil, nil])
        XCTAssertEqual(wheel.scores(at: .end), [5, 4, 8, nil])
        XCTAssertEqual(wheel.changes(from: .start, to: .end), [2, 0, 3, nil])
        XCTAssertEqual(wheel.mean(at: .start)!, 3.5, accuracy: 1e-9)
        XCTAssertNil(wheel.mean(at: .middle))
        XCTAssertEqual(wheel.latestScoredMoment, .end)
        let balance = wheel.balanceWheel(at: .end)
        XCTAssertEqual(balance.sectors.map(\.name), wheel.sectorNames)
        XCTAssertEqual(balance.scores, [5, 4, 8, nil])
        XCTAssertEqual(balance.mean!, 17.0 / 3.0, accuracy: 1e-9)
    }

    func testScoresAndSectorsAreChecked() throws {
        var wheel = DevelopmentWheel(sectorNames: ["A", "B", "C"])
        XCTAssertThrowsError(try wheel.setScore(11, sector: 0, at: .middle)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Sector 1")
        }
        XCTAssertThrowsError(try wheel.setScore(-1, sector: 2, at: .start))
        XCTAssertThrowsError(try wheel.setScore(5, sector: 3, at: .start))
        try wheel.setScore(10, sector: 2, at: .middle)
        try wheel.setScore(nil, sector: 2, at: .middle)
        XCTAssertEqual(wheel.scores(at: .middle), [nil, nil, nil])
        XCTAssertThrowsError(try DevelopmentWheel(sectorNames: ["A", "B"]).validated())
        XCTAssertThrowsError(try DevelopmentWheel(sectorNames: Array(repeating: "A", count: 13)).validated())
        XCTAssertThrowsError(try DevelopmentWheel(sectorNames: ["A", " ", "C"]).validated()) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Sector 2")
        }
        var broken = DevelopmentWheel(sectorNames: ["A", "B", "C"])
        broken.sectors[1].end = 12
        XCTAssertThrowsError(try broken.validated())
        XCTAssertEqual(try DevelopmentWheel(sectorNames: [" A ", "B", "C"]).validated().sectorNames, ["A", "B", "C"])
    }

    func testMomentsHaveTitles() {
        XCTAssertEqual(DevelopmentWheel.Moment.allCases.map(\.title), ["Start of the year", "Middle of the year", "End of the year"])
    }

    /// The season of the school year decides which scoring the wheel opens on.
    func testEachSeasonAsksForItsScoring() throws {
        let expected: [(String, DevelopmentWheel.Moment)] = [
            ("2025-09-01", .start), ("2025-11-30", .start), ("2025-12-01", .middle), ("2026-01-15", .middle),
            ("2026-02-28", .middle), ("2026-03-01", .end), ("2026-05-25", .end), ("2026-08-31", .end),
        ]
        for (day, moment) in expected {
            XCTAssertEqual(DevelopmentWheel.Moment.due(on: try LessonDate(iso: day)), moment, day)
        }
        XCTAssertEqual(DevelopmentWheel.Moment.allCases.sorted(), [.start, .middle, .end])
        XCTAssertLessThan(DevelopmentWheel.Moment.middle, .end)
    }
}
