import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import Synchronization
import XCTest

/// Each lookup that reads one lesson or one fact of a history answers what the whole history
/// answers: over lessons on the same day, written at the same moment, deleted, without a growth
/// point, and another teacher's lessons in between.
final class HistoryLookupTests: XCTestCase {
    private var database: AppDatabase!
    private var template: LessonAnalysisTemplate!

    override func setUpWithError() throws {
        database = try AppDatabase.open(at: StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite"))
        template = try StoreFixtures.template()
    }

    /// Stores `dates` as lessons of `profile`, in the order given; `sameMoment` lessons share
    /// one creation time, `unplanned` ones have no growth point.
    private func store(
        _ dates: [String], of profile: Profile, sameMoment: Set<Int> = [], unplanned: Set<Int> = []
    ) throws -> [LessonAnalysis] {
        let moment = Date(timeIntervalSince1970: 1_760_000_000)
        return try dates.enumerated().map { index, date in
            var analysis = try StoreFixtures.analysis(of: profile, template: template, date: date, score: index % 11)
            analysis.createdAt = sameMoment.contains(index) ? moment : moment.addingTimeInterval(Double(dates.count - index))
            if unplanned.contains(index) { analysis.growthPoint = GrowthPoint() }
            return try database.save(analysis, template: template)
        }
    }

    private func assertLookupsMatchTheHistory(of profile: Profile, file: StaticString = #filePath, line: UInt = #line) throws {
        let history = try database.history(profileID: profile.id)
        XCTAssertEqual(try database.latestAnalysis(profileID: profile.id), history.latest, file: file, line: line)
        XCTAssertEqual(try database.lastGrowthPoint(profileID: profile.id), history.lastGrowthPoint, file: file, line: line)
        XCTAssertEqual(try database.lessonDates(profileID: profile.id), history.analyses.map(\.lesson.date), file: file, line: line)
        XCTAssertEqual(try database.analysisCounts()[profile.id], history.isEmpty ? nil : history.analyses.count, file: file, line: line)
        for analysis in history.analyses {
            XCTAssertEqual(try database.previousAnalysis(to: analysis), history.previous(to: analysis), "\(analysis.lesson.date.iso)", file: file, line: line)
        }
        let comparable = try database.comparableLessons(profileID: profile.id)
        for choice in ComparisonChoice.allCases {
            let (whole, picked) = (choice.pair(in: history), choice.pair(in: comparable))
            XCTAssertEqual(picked?.before, whole?.before, "\(choice)", file: file, line: line)
            XCTAssertEqual(picked?.after, whole?.after, "\(choice)", file: file, line: line)
        }
        let unsaved = try StoreFixtures.analysis(of: profile, template: template, date: "2025-12-01")
        XCTAssertEqual(try database.previousAnalysis(to: unsaved), history.previous(to: unsaved), "a new analysis follows the latest", file: file, line: line)
    }

    func testEachLookupAnswersAsTheWholeHistoryDoes() throws {
        let teacher = try database.save(StoreFixtures.profile())
        let colleague = try database.save(StoreFixtures.profile("Дәурен Сапаров"))
        let lessons = try store(
            ["2025-10-07", "2025-09-15", "2025-10-07", "2025-10-07", "2025-11-20", "2025-11-20", "2025-09-02", "2025-11-21",
             "2025-05-14", "2024-09-03"],
            of: teacher, sameMoment: [2, 3, 4, 5], unplanned: [7, 4])
        _ = try store(["2025-11-22", "2025-09-01", "2025-10-07"], of: colleague)
        let newcomer = try database.save(StoreFixtures.profile("Әсел Нұрланқызы"))
        _ = try store(["2025-09-05", "2024-10-01"], of: newcomer)
        try assertLookupsMatchTheHistory(of: teacher)
        try assertLookupsMatchTheHistory(of: colleague)
        try assertLookupsMatchTheHistory(of: newcomer)
        XCTAssertNil(ComparisonChoice.academicYear.pair(in: try database.comparableLessons(profileID: newcomer.id)),
                     "one lesson in the latest year")
        XCTAssertEqual(try database.lastGrowthPoint(profileID: teacher.id)?.id, lessons[5].id, "the latest two have none")

        // A deleted lesson is left out of every answer, the latest among them.
        try database.deleteAnalysis(id: lessons[7].id)
        try database.deleteAnalysis(id: lessons[2].id)
        try assertLookupsMatchTheHistory(of: teacher)
        XCTAssertEqual(try database.previousAnalysis(to: lessons[7]), try database.latestAnalysis(profileID: teacher.id),
                       "a deleted lesson is treated as not stored")
    }

    /// Every read of a teacher's live lessons walks the index of live lessons in history order
    /// (schema v6): the counts and dates from it alone, nothing sorted after reading. Counting a
    /// hundred teachers' lessons used to read every row of the table.
    func testEveryReadOfLiveLessonsWalksTheirIndex() throws {
        let statements = Mutex<[String]>([])
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            db.trace(options: .statement) { event in statements.withLock { $0.append(event.expandedDescription) } }
        }
        let queue = try DatabaseQueue(configuration: configuration)
        database = try AppDatabase(writer: queue)
        let teacher = try database.save(StoreFixtures.profile())
        let lessons = try store(["2025-09-02", "2025-09-02", "2025-10-07", "2025-11-20"], of: teacher, sameMoment: [0, 1])
        try database.deleteAnalysis(id: lessons[3].id)

        statements.withLock { $0.removeAll() }
        try assertLookupsMatchTheHistory(of: teacher)
        _ = try database.lessonOverview(profileID: teacher.id)
        _ = try database.history(profileID: teacher.id, academicYearStartingIn: 2025)
        _ = try database.comparableLessons(profileID: teacher.id)
        let reads = statements.withLock { $0 }.filter {
            let sql = $0.replacingOccurrences(of: "\"", with: "")
            return sql.contains("FROM lessonAnalysis") && sql.contains("deletedAt IS NULL")
                && sql.range(of: #"WHERE \(?profileId =|GROUP BY profileId"#, options: .regularExpression) != nil
        }
        XCTAssertGreaterThanOrEqual(reads.count, 7, "history, overview, year, latest, previous, growth point, dates, counts")
        for sql in reads {
            let plan = try queue.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
            }.joined(separator: "; ")
            XCTAssertTrue(plan.contains("USING INDEX lessonAnalysis_liveInHistoryOrder")
                          || plan.contains("USING COVERING INDEX lessonAnalysis_liveInHistoryOrder"), "\(sql): \(plan)")
            XCTAssertFalse(plan.contains("TEMP B-TREE"), "\(sql): \(plan)")
        }

        // Restored, a lesson is back in the index and in every answer.
        try database.restoreAnalysis(id: lessons[3].id)
        XCTAssertEqual(try database.latestAnalysis(profileID: teacher.id)?.id, lessons[3].id)
        try assertLookupsMatchTheHistory(of: teacher)
    }

    func testATeacherWithoutLessonsHasNoneToFind() throws {
        let teacher = try database.save(StoreFixtures.profile())
        XCTAssertNil(try database.latestAnalysis(profileID: teacher.id))
        XCTAssertNil(try database.lastGrowthPoint(profileID: teacher.id))
        XCTAssertEqual(try database.lessonDates(profileID: teacher.id), [])
        XCTAssertEqual(try database.analysisCounts(), [:])
        XCTAssertTrue(try database.comparableLessons(profileID: teacher.id).isEmpty)
        XCTAssertNil(try database.previousAnalysis(to: try StoreFixtures.analysis(of: teacher, template: template)))
    }
}
