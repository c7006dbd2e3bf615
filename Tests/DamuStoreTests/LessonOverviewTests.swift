import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// The lessons page reads every lesson in summary; the summaries must say what the analyses say.
final class LessonOverviewTests: XCTestCase {
    func testTheOverviewIsTheHistoryInSummaryWithoutTheDeletedLessons() throws {
        let database = try AppDatabase.inMemory()
        let template = try StoreFixtures.template()
        let (profile, analyses) = DemoYear.make(template: template, language: "ru", startingYear: 2024, seed: 5)
        try database.saveDemo(profile: profile, analyses: analyses, template: template)
        // An unscored sector and no satisfaction: the gaps the trends leave out.
        var gaps = analyses[3]
        gaps.wheel.sectors[2].score = nil
        gaps.scaling.score = nil
        try database.save(gaps, template: template)
        try database.deleteAnalysis(id: analyses[5].id)
        let other = try database.save(StoreFixtures.profile("Басқа мұғалім"))
        try database.save(try StoreFixtures.analysis(of: other, template: template), template: template)

        let overview = try database.lessonOverview(profileID: profile.id)
        let history = try database.history(profileID: profile.id)
        XCTAssertEqual(overview.lessons.count, analyses.count - 1)
        XCTAssertEqual(overview.lessons, LessonOverview(history).lessons, "same lessons, order, wheels and scores")
        XCTAssertFalse(overview.lessons.contains { $0.id == analyses[5].id })
        XCTAssertNil(overview.lessons.first { $0.id == gaps.id }?.satisfaction)
        for sector in 0..<8 {
            XCTAssertEqual(overview.sectorTrend(sector), history.sectorTrend(sector))
        }
        XCTAssertEqual(overview.wheelMeanTrend, history.wheelMeanTrend)
        XCTAssertEqual(overview.scalingTrend, history.scalingTrend)
        XCTAssertEqual(overview.previous(to: gaps.id)?.id, history.previous(to: gaps)?.id)
        XCTAssertTrue(try database.lessonOverview(profileID: UUID()).isEmpty)
    }

    func testAnUnreadableSummaryFallsBackToTheAnswersAndDamageIsNamed() throws {
        let database = try AppDatabase.inMemory()
        let template = try StoreFixtures.template()
        let profile = try database.save(StoreFixtures.profile())
        let analysis = try database.save(try StoreFixtures.analysis(of: profile, template: template), template: template)
        let expected = LessonOverview(try database.history(profileID: profile.id)).lessons
        XCTAssertEqual(try database.lessonOverview(profileID: profile.id).lessons, expected)
        for scores in ["7,5,,11", "a,b", "7;5"] {
            try set("wheelScores", to: scores, of: analysis, in: database)
            XCTAssertEqual(try database.lessonOverview(profileID: profile.id).lessons, expected, "read from the answers: \(scores)")
        }
        try set("wheelScores", to: nil, of: analysis, in: database)
        XCTAssertEqual(try database.lessonOverview(profileID: profile.id).lessons, expected)
        try set("content", to: "{ not json", of: analysis, in: database)
        XCTAssertThrowsError(try database.lessonOverview(profileID: profile.id)) { error in
            guard case let DamuError.storage(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains(analysis.id.uuidString), message)
        }
    }

    func testScoresReadBackAsWritten() {
        for scores in [[7, 5, nil, 9, 6, 4, 10, 0], [nil, nil, nil, nil, nil, nil, nil, nil], [10, 10, 10, 10, 10, 10, 10, 10]] as [[Int?]] {
            XCTAssertEqual(WheelScoresColumn.scores(WheelScoresColumn.text(scores)), scores)
        }
        XCTAssertNil(WheelScoresColumn.scores("7,-1"))
        XCTAssertNil(WheelScoresColumn.scores("7,100"))
    }

    private func set(_ column: String, to value: String?, of analysis: LessonAnalysis, in database: AppDatabase) throws {
        try database.write { db in
            try db.execute(sql: "UPDATE lessonAnalysis SET \(column) = ? WHERE id = ?", arguments: [value, analysis.id.uuidString])
        }
    }
}

/// Schema v5 copies each stored lesson's wheel scores out of its answers.
final class WheelScoresMigrationTests: XCTestCase {
    func testLessonsStoredBeforeVersion5GetTheirScoresAndDamagedOnesStayDamaged() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        let template = try StoreFixtures.template()
        var database: AppDatabase? = try AppDatabase.open(at: url)
        let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: 9)
        try database!.saveDemo(profile: profile, analyses: analyses, template: template)
        var gaps = analyses[1]
        gaps.wheel.sectors[0].score = nil
        try database!.save(gaps, template: template)
        let expected = LessonOverview(try database!.history(profileID: profile.id)).lessons
        let damaged = try database!.save(StoreFixtures.profile("Бүлінген"))
        let broken = try database!.save(try StoreFixtures.analysis(of: damaged, template: template), template: template)
        try database!.write { db in
            try db.execute(sql: "UPDATE lessonAnalysis SET content = '{ not json' WHERE id = ?", arguments: [broken.id.uuidString])
        }
        try StoreFixtures.undo(migration: "v5", columns: [("lessonAnalysis", "wheelScores")], in: database!)
        database = nil

        let migrated = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try migrated.appliedMigrations(), AppDatabase.knownMigrations)
        XCTAssertEqual(try migrated.lessonOverview(profileID: profile.id).lessons, expected)
        XCTAssertEqual(
            try migrated.read { db in try String.fetchOne(db, sql: "SELECT wheelScores FROM lessonAnalysis WHERE id = ?", arguments: [gaps.id.uuidString]) },
            WheelScoresColumn.text(gaps.wheel.scores))
        XCTAssertThrowsError(try migrated.lessonOverview(profileID: damaged.id), "the damaged lesson is still reported")
    }
}
