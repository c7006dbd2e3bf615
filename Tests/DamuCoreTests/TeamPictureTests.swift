import DamuCore
import Foundation
import XCTest

final class TeamPictureTests: XCTestCase {
    func testMeansSpreadsAndCountsPerSector() throws {
        let picture = TeamPicture([
            TeamContribution(sectorScores: [2, 4, 10, nil, 5, 5, 5, 5], satisfaction: 6),
            TeamContribution(sectorScores: [4, 4, 0, nil, 5, 5, 5, 5], satisfaction: 6),
            TeamContribution(sectorScores: [6, 4, 5, 7, 5, 5, 5, nil], satisfaction: 9),
        ])
        XCTAssertEqual(picture.teacherCount, 3)
        let first = try XCTUnwrap(picture.sectors[0])
        XCTAssertEqual(first.count, 3)
        XCTAssertEqual(first.mean, 4, accuracy: 1e-9)
        XCTAssertEqual(first.standardDeviation, (8.0 / 3).squareRoot(), accuracy: 1e-9)
        XCTAssertEqual(first.minimum, 2)
        XCTAssertEqual(first.maximum, 6)
        XCTAssertEqual(picture.sectors[1]?.standardDeviation, 0, "everyone gave 4")
        XCTAssertEqual(picture.sectors[2]?.mean ?? -1, 5, accuracy: 1e-9)
        let band = try XCTUnwrap(picture.sectors[2]?.band)
        let spread = (50.0 / 3).squareRoot()  // 10, 0, 5 around 5
        XCTAssertEqual(band.lowerBound, 5 - spread, accuracy: 1e-9)
        XCTAssertEqual(band.upperBound, 5 + spread, accuracy: 1e-9)
        XCTAssertEqual(picture.sectors[0]?.band.lowerBound ?? -1, 4 - first.standardDeviation, accuracy: 1e-9)
        XCTAssertEqual(picture.sectors[3]?.count, 1, "only one teacher scored sector 4")
        XCTAssertEqual(picture.sectors[7]?.count, 2)
        XCTAssertEqual(picture.satisfactionCounts, [0, 0, 0, 0, 0, 0, 2, 0, 0, 1, 0])
        XCTAssertEqual(picture.satisfaction?.mean ?? -1, 7, accuracy: 1e-9)
        XCTAssertEqual(picture.satisfactionCount, 3)
    }

    func testAnEmptyTeamHasNoNumbers() {
        let picture = TeamPicture([])
        XCTAssertTrue(picture.isEmpty)
        XCTAssertEqual(picture.teacherCount, 0)
        XCTAssertEqual(picture.sectors.count, BalanceWheel.sectorCount)
        XCTAssertTrue(picture.sectors.allSatisfy { $0 == nil })
        XCTAssertNil(picture.satisfaction)
        XCTAssertEqual(picture.satisfactionCounts, Array(repeating: 0, count: 11))
    }

    func testOneTeacherIsTheMeanWithNoSpread() throws {
        let scores = [5, 6, 7, 8, 4, 5, 6, 7]
        let picture = TeamPicture([TeamContribution(sectorScores: scores, satisfaction: nil)])
        XCTAssertEqual(picture.teacherCount, 1)
        XCTAssertEqual(picture.means, scores.map { Double($0) })
        for spread in picture.sectors {
            let spread = try XCTUnwrap(spread)
            XCTAssertEqual(spread.standardDeviation, 0)
            XCTAssertEqual(spread.minimum, spread.maximum)
            XCTAssertEqual(spread.band.lowerBound, spread.mean)
        }
        XCTAssertNil(picture.satisfaction, "no satisfaction given")
        XCTAssertEqual(picture.satisfactionCount, 0)
    }

    func testATeacherWithUnscoredSectorsStillCounts() {
        let picture = TeamPicture([
            TeamContribution(sectorScores: Array(repeating: nil, count: 8), satisfaction: nil),
            TeamContribution(sectorScores: [3], satisfaction: 4),
        ])
        XCTAssertEqual(picture.teacherCount, 2)
        XCTAssertEqual(picture.sectors[0]?.count, 1)
        XCTAssertNil(picture.sectors[1], "a short wheel leaves the other sectors unscored")
    }

    func testTheBandStaysOnTheScale() throws {
        let high = try XCTUnwrap(ScoreSpread([10, 10, 6]))
        XCTAssertEqual(high.band.upperBound, 10)
        XCTAssertLessThan(high.band.lowerBound, high.mean)
        let low = try XCTUnwrap(ScoreSpread([0, 0, 4]))
        XCTAssertEqual(low.band.lowerBound, 0)
        XCTAssertNil(ScoreSpread([]))
    }

    func testScoresOutsideTheScaleAreLeftOut() {
        let contribution = TeamContribution(sectorScores: [11, -1, 4], satisfaction: 12)
        XCTAssertEqual(contribution.sectorScores, [nil, nil, 4])
        XCTAssertNil(contribution.satisfaction)
    }

    func testAContributionTakesTheLatestLessonsScoresOnly() throws {
        let template = try Fixtures.template()
        let older = try Fixtures.analysis(template: template, date: "2025-09-20", scores: [1, 1, 1, 1, 1, 1, 1, 1])
        var newer = try Fixtures.analysis(template: template, date: "2025-10-20", scores: [9, 8, 7, 6, 5, 4, 3, 2])
        newer.scaling.score = 8
        let contribution = TeamContribution(try XCTUnwrap(LessonHistory([newer, older]).latest))
        XCTAssertEqual(contribution.sectorScores, [9, 8, 7, 6, 5, 4, 3, 2])
        XCTAssertEqual(contribution.satisfaction, 8)
        // Nothing written travels: the value's whole description is numbers.
        let described = String(describing: contribution)
        for text in newer.contextAnswers + newer.coachingAnswers + [newer.lesson.topic, newer.wheel.sectors[0].name] {
            XCTAssertFalse(described.contains(text), "\(text) must not be in a contribution")
        }
    }
}
