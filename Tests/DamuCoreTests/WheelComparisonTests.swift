import DamuCore
import XCTest

final class WheelComparisonTests: XCTestCase {
    func testChangePerSectorAndUnscoredGaps() throws {
        let template = try Fixtures.template()
        var before = BalanceWheel(template: template, language: "kk")
        var after = before
        for index in 0..<8 {
            before.sectors[index].score = index
            after.sectors[index].score = 10 - index
        }
        before.sectors[3].score = nil
        let comparison = WheelComparison(before: before, after: after)
        XCTAssertEqual(comparison.changes, [10, 8, 6, nil, 2, 0, -2, -4])
    }
}
