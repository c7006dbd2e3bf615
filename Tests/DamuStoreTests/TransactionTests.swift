import DamuCore
@testable import DamuStore
import Foundation
import XCTest

final class TransactionTests: XCTestCase {
    private var template: LessonAnalysisTemplate!

    override func setUpWithError() throws { template = try StoreFixtures.template() }

    private func counts(_ database: AppDatabase) throws -> [Int] {
        try ["profile", "lessonAnalysis", "templateSnapshot"].map { try StoreFixtures.rowCount($0, in: database) }
    }

    func testDemoIsSavedWholeAndAgainInPlace() throws {
        let database = try AppDatabase.inMemory()
        let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 1)
        try database.saveDemo(profile: profile, analyses: analyses, template: template)
        XCTAssertEqual(try counts(database), [1, analyses.count, 1])
        let history = try database.history(profileID: profile.id)
        XCTAssertEqual(history.analyses.map(\.id), analyses.map(\.id))
        XCTAssertEqual(history.analyses.map(\.wheel), analyses.map(\.wheel))
        XCTAssertEqual(history.analyses[5].followUp, analyses[5].followUp)
        try database.saveDemo(profile: profile, analyses: analyses, template: template)
        XCTAssertEqual(try counts(database), [1, analyses.count, 1], "same seed, same records: updated, not doubled")
    }

    func testInvalidAnalysisInTheMiddleOfADemoSavesNothing() throws {
        let database = try AppDatabase.inMemory()
        let existing = try database.save(StoreFixtures.profile("Бұрынғы"))
        try database.save(StoreFixtures.analysis(of: existing, template: template), template: template)
        let before = try counts(database)

        let (profile, demo) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 1)
        var analyses = demo
        analyses[analyses.count / 2].wheel.sectors[2].score = 11
        XCTAssertThrowsError(try database.saveDemo(profile: profile, analyses: analyses, template: template)) { error in
            XCTAssertEqual((error as? DamuError).map { "\($0)" }, "Sector 3: score 11 is outside 0–10")
        }
        XCTAssertEqual(try counts(database), before)
        XCTAssertNil(try database.profile(id: profile.id))
        XCTAssertNil(try database.analysis(id: analyses[0].id), "the analyses before the bad one were rolled back")
    }

    func testDemoAnalysisOfAnotherProfileSavesNothing() throws {
        let database = try AppDatabase.inMemory()
        let (profile, demo) = DemoYear.make(template: template, language: "en", startingYear: 2024, seed: 2)
        var analyses = demo
        analyses[analyses.count - 1].profileID = UUID()
        XCTAssertThrowsError(try database.saveDemo(profile: profile, analyses: analyses, template: template))
        XCTAssertEqual(try counts(database), [0, 0, 0])
        XCTAssertNil(try database.profile(id: profile.id))
    }

    func testErrorThrownInsideAWriteRollsItBack() throws {
        struct Interruption: Error {}
        let database = try AppDatabase.inMemory()
        try database.save(StoreFixtures.profile("Бар"))
        let before = try counts(database)
        XCTAssertThrowsError(try database.write { db in
            try ProfileRecord(StoreFixtures.profile("Жарты")).insert(db)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM profile"), 2, "written inside")
            throw Interruption()
        }) { error in XCTAssertTrue(error is Interruption) }
        XCTAssertEqual(try counts(database), before)

        // The same when SQLite itself fails halfway.
        XCTAssertThrowsError(try database.write { db in
            try ProfileRecord(StoreFixtures.profile("Жарты")).insert(db)
            try db.execute(sql: "INSERT INTO profile (id) VALUES (NULL)")
        }) { error in
            guard case DamuError.storage = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try counts(database), before)
        XCTAssertEqual(try database.profiles().map(\.fullName), ["Бар"])
    }

    func testFileDatabaseRollsBackAcrossReopen() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        let (profile, demo) = DemoYear.make(template: template, language: "ru", startingYear: 2025, seed: 5)
        var analyses = demo
        analyses[20].contextAnswers[1] = String(repeating: "я", count: TextRules.paragraphLimit + 1)
        do {
            let database = try AppDatabase.open(at: url)
            XCTAssertThrowsError(try database.saveDemo(profile: profile, analyses: analyses, template: template))
        }
        let reopened = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try counts(reopened), [0, 0, 0])
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
    }
}
