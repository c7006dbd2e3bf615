import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Several bundle files imported at once, as a school imports its teachers' cards: each file is
/// checked and imported on its own, in order, while the next one is read; a refused file changes
/// nothing and the files after it still come in.
final class BundleFilesImportTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try StoreFixtures.temporaryFolder(for: self)
    }

    func testEachFileIsImportedOnItsOwnAndARefusedOneChangesNothing() throws {
        let (source, profile) = try BundleFixtures.demoDatabase()
        let demo = folder.appendingPathComponent("demo.json")
        try source.exportBundle(profileID: profile.id, scope: .init(kind: .profile)).encoded().write(to: demo)
        let newer = BundleFixtures.bundles.appendingPathComponent("bad/newer-version.json")
        let fixture = BundleFixtures.bundles.appendingPathComponent("valid-v2.json")
        let fixtureProfile = try BundleReader.read(contentsOf: fixture).profile

        let target = try AppDatabase.inMemory()
        var heard: [(URL, Result<ImportReport, any Error>)] = []
        target.importBundles(at: [demo, newer, fixture]) { heard.append(($0, $1)) }

        XCTAssertEqual(heard.map(\.0), [demo, newer, fixture], "every file heard of, in order")
        let demoReport = try heard[0].1.get()
        XCTAssertEqual(demoReport.count(.added), demoReport.entries.count)
        XCTAssertThrowsError(try heard[1].1.get()) { error in
            XCTAssertTrue("\(error)".hasPrefix("newer-version.json: $.version: "), "\(error)")
        }
        XCTAssertGreaterThan(try heard[2].1.get().count(.added), 0)
        XCTAssertEqual(Set(try target.profiles().map(\.id)), [profile.id, fixtureProfile.id])
        XCTAssertEqual(try target.history(profileID: profile.id).analyses, try source.history(profileID: profile.id).analyses)
    }

    func testAFileThatCannotBeReadIsNamedAndTheOthersStillCome() throws {
        let fixture = BundleFixtures.bundles.appendingPathComponent("valid-v1.json")
        let missing = folder.appendingPathComponent("missing.json")
        let target = try AppDatabase.inMemory()
        var results: [Result<ImportReport, any Error>] = []
        target.importBundles(at: [missing, fixture]) { results.append($1) }
        XCTAssertThrowsError(try results[0].get()) { error in
            XCTAssertTrue("\(error)".contains(missing.path), "\(error)")
        }
        XCTAssertNoThrow(try results[1].get())
        XCTAssertEqual(try target.profiles().count, 1)
    }

    /// During a batch the log is copied into the database less often; afterwards it is copied once
    /// and the usual interval is back, so a teacher's later saves behave as before.
    func testTheLogIsCopiedIntoTheDatabaseAfterABatch() throws {
        let url = folder.appendingPathComponent("school.sqlite")
        let database = try AppDatabase.open(at: url)
        let interval = { try database.read { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } }
        let before = try interval()
        let files = ["valid-v1.json", "valid-v2.json"].map { BundleFixtures.bundles.appendingPathComponent($0) }
        var failures = 0, during: [Int?] = []
        database.importBundles(at: files) { _, result in
            if case .failure = result { failures += 1 }
            during.append(try? database.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") })
        }
        XCTAssertEqual(failures, 0)
        XCTAssertTrue(during.allSatisfy { ($0 ?? 0) > (before ?? 0) }, "less often during the batch: \(during)")
        try database.writer.writeWithoutTransaction { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"), before)
            // Every frame of the log is already in the database file: nothing is left to copy.
            let row = try XCTUnwrap(try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(PASSIVE)"))
            XCTAssertEqual(row[1] as Int, row[2] as Int, "log frames and frames copied")
        }
        XCTAssertEqual(try database.profiles().count, 2)
    }

    /// The lessons' actions are asked of the database a few hundred at a time: a lesson that is
    /// here under another teacher still refuses the whole file.
    func testALessonHereUnderAnotherProfileRefusesTheWholeFile() throws {
        let (database, profile) = try BundleFixtures.demoDatabase()
        let file = try database.exportBundle(profileID: profile.id, scope: .init(kind: .profile)).encoded()
        let stranger = UUID().uuidString
        let text = String(decoding: file, as: UTF8.self).replacingOccurrences(of: profile.id.uuidString, with: stranger)
        XCTAssertNotEqual(text, String(decoding: file, as: UTF8.self))
        let before = try BundleFixtures.dump(database)
        XCTAssertThrowsError(try database.importBundle(try BundleReader.read(Data(text.utf8), origin: "stranger.json"))) { error in
            XCTAssertTrue("\(error)".contains("belongs to another profile"), "\(error)")
        }
        XCTAssertEqual(try BundleFixtures.dump(database), before, "nothing imported")
    }

    /// More lessons than one lookup asks for at a time: every one of them is found again.
    func testAFileOfMoreLessonsThanOneLookupIsUnchangedTheSecondTime() throws {
        let template = try StoreFixtures.template()
        let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 11)
        var many = analyses
        while many.count < 1_100 {
            many += analyses.map { analysis in
                var copy = analysis
                copy.id = UUID()
                return copy
            }
        }
        let source = try AppDatabase.inMemory()
        try source.saveDemo(profile: profile, analyses: many, template: template)
        let importable = try BundleReader.read(
            try source.exportBundle(profileID: profile.id, scope: .init(kind: .profile)).encoded(), origin: "many.json")
        let target = try AppDatabase.inMemory()
        XCTAssertEqual(try target.importBundle(importable).count(.added), many.count + 1)
        let again = try target.importBundle(importable)
        XCTAssertEqual(again.count(.unchanged), again.entries.count)
    }
}
