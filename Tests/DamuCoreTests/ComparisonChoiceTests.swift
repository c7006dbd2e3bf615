import DamuCore
import XCTest

final class ComparisonChoiceTests: XCTestCase {
    func testEachChoicePicksItsTwoLessons() throws {
        let template = try Fixtures.template()
        let dates = ["2024-09-10", "2025-05-20", "2025-09-15", "2025-10-01", "2025-11-12"]
        let analyses = try dates.enumerated().map { index, date in
            try Fixtures.analysis(template: template, date: date, scores: Array(repeating: index * 2, count: 8))
        }
        let history = LessonHistory(analyses.shuffled())
        func compared(_ choice: ComparisonChoice) -> [String]? {
            choice.pair(in: history).map { [$0.before.lesson.date.iso, $0.after.lesson.date.iso] }
        }
        XCTAssertEqual(compared(.previousLesson), ["2025-10-01", "2025-11-12"])
        XCTAssertEqual(compared(.firstLesson), ["2024-09-10", "2025-11-12"])
        XCTAssertEqual(compared(.academicYear), ["2025-09-15", "2025-11-12"])
        XCTAssertEqual(ComparisonChoice.firstLesson.comparison(in: history)?.changes, Array(repeating: 8, count: 8))
        XCTAssertEqual(ComparisonChoice.academicYear.comparison(in: history)?.changes, Array(repeating: 4, count: 8))
        XCTAssertEqual(ComparisonChoice.distinct(in: history), ComparisonChoice.allCases, "three different pairs")

        // One school year: the first lesson is the year's first; two lessons: also the one before.
        let thisYear = LessonHistory(Array(analyses.suffix(3)))
        XCTAssertEqual(ComparisonChoice.distinct(in: thisYear), [.previousLesson, .firstLesson])
        XCTAssertEqual(ComparisonChoice.distinct(in: LessonHistory(Array(analyses.suffix(2)))), [.previousLesson])
        XCTAssertEqual(ComparisonChoice.distinct(in: LessonHistory(Array(analyses.prefix(1)))), [])
    }

    func testTooFewLessonsGiveNoComparison() throws {
        let template = try Fixtures.template()
        let one = try Fixtures.analysis(template: template, date: "2025-10-01")
        for choice in ComparisonChoice.allCases {
            XCTAssertNil(choice.pair(in: LessonHistory([])))
            XCTAssertNil(choice.pair(in: LessonHistory([one])))
        }
        let lastYear = try Fixtures.analysis(template: template, date: "2024-10-01")
        XCTAssertNil(ComparisonChoice.academicYear.pair(in: LessonHistory([lastYear, one])), "one lesson in the latest year")
        XCTAssertNotNil(ComparisonChoice.firstLesson.pair(in: LessonHistory([lastYear, one])))
    }
}
