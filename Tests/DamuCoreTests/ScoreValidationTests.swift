import DamuCore
import XCTest

final class ScoreValidationTests: XCTestCase {
    func testScoresOutsideZeroToTenAreRejectedNamingTheField() {
        for bad in [-1, 11] {
            XCTAssertThrowsError(try Score.validate(bad, field: "Sector 3")) { error in
                guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(field, "Sector 3")
                XCTAssertTrue(message.contains(String(bad)), message)
            }
        }
        XCTAssertNoThrow(try Score.validate(0, field: "x"))
        XCTAssertNoThrow(try Score.validate(10, field: "x"))
        XCTAssertNoThrow(try Score.validate(nil, field: "x"), "an unscored sector is allowed")
    }

    func testWheelSectorScoreOutOfRangeNamesTheSector() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.wheel.sectors[1].score = 11
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Sector 2")
            XCTAssertTrue("\(error)".hasPrefix("Sector 2: "), "\(error)")
        }
        analysis.wheel.sectors[1].score = -1
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Sector 2")
        }
    }

    func testSatisfactionOutOfRangeNamesStepThree() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.scaling.score = 11
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Step 3, satisfaction")
        }
        analysis.scaling.score = -1
        XCTAssertThrowsError(try analysis.validated(against: template))
    }

    func testWheelMustHaveEightNamedSectors() throws {
        let template = try Fixtures.template()
        var wheel = BalanceWheel(template: template, language: "kk")
        wheel.sectors.removeLast()
        XCTAssertThrowsError(try wheel.validated()) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Balance wheel")
        }
        wheel = BalanceWheel(template: template, language: "kk")
        wheel.sectors[4].name = "   "
        XCTAssertThrowsError(try wheel.validated()) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Sector 5")
        }
        wheel.sectors[4].name = String(repeating: "ә", count: BalanceWheel.sectorNameLimit + 1)
        XCTAssertThrowsError(try wheel.validated())
        wheel.sectors[4].name = "  Менің атауым  "
        XCTAssertEqual(try wheel.validated().sectors[4].name, "Менің атауым", "renamed sectors are trimmed")
    }

    func testWheelMeanCountsOnlyScoredSectors() throws {
        let template = try Fixtures.template()
        var wheel = BalanceWheel(template: template, language: "en")
        XCTAssertNil(wheel.mean)
        XCTAssertFalse(wheel.isFullyScored)
        wheel.sectors[0].score = 4
        wheel.sectors[1].score = 7
        XCTAssertEqual(wheel.mean, 5.5)
        XCTAssertEqual(wheel.sectors[0].name, "Goal and result")
    }

    func testAnalysisFilledAgainstAnotherTemplateVersionIsRefused() throws {
        let template = try Fixtures.template()
        let analysis = try Fixtures.analysis(template: template)
        var other = template
        other.version = 2
        XCTAssertThrowsError(try analysis.validated(against: other)) { error in
            guard case DamuError.template = error else { return XCTFail("\(error)") }
        }
    }

    func testAnswerCountsMustMatchTheTemplate() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.coachingAnswers.removeLast()
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Step 4, coaching questions")
        }
    }
}
