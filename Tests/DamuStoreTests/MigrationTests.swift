import DamuCore
@testable import DamuStore
import Foundation
import XCTest

final class MigrationTests: XCTestCase {
    func testEmptyInMemoryDatabaseIsMigrated() throws {
        let database = try AppDatabase.inMemory()
        XCTAssertEqual(try database.profiles(), [])
        XCTAssertEqual(try database.integrityCheck(), "ok")
        for table in ["profile", "templateSnapshot", "lessonAnalysis", "grdb_migrations"] {
            XCTAssertEqual(try StoreFixtures.rowCount(table, in: database) >= 0, true, table)
        }
        XCTAssertEqual(try StoreFixtures.rowCount("grdb_migrations", in: database), AppDatabase.knownMigrations.count)
    }

    func testEmptyFileIsCreatedMigratedAndReopened() throws {
        let folder = try StoreFixtures.temporaryFolder(for: self)
        let url = folder.appendingPathComponent("new/damu.sqlite")
        do {
            let database = try AppDatabase.open(at: url)
            XCTAssertEqual(try database.profiles(), [])
            XCTAssertEqual(database.path, url.path)
        }
        let header = try Data(contentsOf: url).prefix(16)
        XCTAssertEqual(header, Data("SQLite format 3\0".utf8))
        let reopened = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try StoreFixtures.rowCount("grdb_migrations", in: reopened), AppDatabase.knownMigrations.count, "migrations are not re-run")
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
    }

    func testReopeningAFilledDatabaseKeepsEverything() throws {
        let template = try StoreFixtures.template()
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        let (profile, analyses) = DemoYear.make(template: template, language: "ru", startingYear: 2025, seed: 3)
        let (storedProfiles, storedHistory): ([Profile], [LessonAnalysis])
        do {
            let database = try AppDatabase.open(at: url)
            try database.saveDemo(profile: profile, analyses: analyses, template: template)
            storedProfiles = try database.profiles()
            storedHistory = try database.history(profileID: profile.id).analyses
        }
        XCTAssertEqual(storedHistory.count, analyses.count)
        let reopened = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try reopened.profiles(), storedProfiles)
        XCTAssertEqual(try reopened.history(profileID: profile.id).analyses, storedHistory)
        XCTAssertEqual(try reopened.template(of: storedHistory[0]), template)
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
    }

    func testDatabaseFromANewerDamuIsRefusedAndLeftUntouched() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        do {
            let database = try AppDatabase.open(at: url)
            try database.save(StoreFixtures.profile())
            try database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
            }
        }
        let before = try Data(contentsOf: url)
        XCTAssertThrowsError(try AppDatabase.open(at: url)) { error in
            guard case let DamuError.storage(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("newer version of Damu"), message)
        }
        XCTAssertEqual(try Data(contentsOf: url), before)
    }

    func testGarbageFileIsRefusedAndLeftUntouched() throws {
        let folder = try StoreFixtures.temporaryFolder(for: self)
        var noise = SplitMix64(seed: 9)
        let candidates: [(String, Data)] = [
            ("text.sqlite", Data(String(repeating: "not a database\n", count: 200).utf8)),
            ("random.sqlite", Data((0..<8192).map { _ in UInt8(truncatingIfNeeded: noise.next()) })),
            ("fake-header.sqlite", Data("SQLite format 3\0".utf8) + Data(repeating: 0xFF, count: 4080)),
        ]
        for (name, bytes) in candidates {
            let url = folder.appendingPathComponent(name)
            try bytes.write(to: url)
            XCTAssertThrowsError(try AppDatabase.open(at: url), name) { error in
                guard case let DamuError.storage(message) = error else { return XCTFail("\(name): \(error)") }
                XCTAssertTrue(message.contains(url.path), message)
            }
            XCTAssertThrowsError(try AppDatabase.open(at: url, create: false), name)
            XCTAssertEqual(try Data(contentsOf: url), bytes, name)
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(left, candidates.map(\.0).sorted(), "no -wal, -shm or journal files left behind")
    }

    func testMissingFileWithoutCreateIsAnError() throws {
        let folder = try StoreFixtures.temporaryFolder(for: self)
        let url = folder.appendingPathComponent("sub/damu.sqlite")
        XCTAssertThrowsError(try AppDatabase.open(at: url, create: false)) { error in
            guard case let DamuError.storage(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains(url.path), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sub").path))
    }

    func testFilesAreOwnerOnly() throws {
        let folder = try StoreFixtures.temporaryFolder(for: self)
        let url = folder.appendingPathComponent("private/damu.sqlite")
        let database = try AppDatabase.open(at: url)
        try database.save(StoreFixtures.profile())
        XCTAssertEqual(try StoreFixtures.permissions(url.deletingLastPathComponent()), 0o700)
        XCTAssertEqual(try StoreFixtures.permissions(url), 0o600)
        for suffix in ["-wal", "-shm"] {
            let companion = URL(fileURLWithPath: url.path + suffix)
            if FileManager.default.fileExists(atPath: companion.path) {
                XCTAssertEqual(try StoreFixtures.permissions(companion), 0o600, suffix)
            }
        }
    }

    func testDatabaseLocationPrefersTheExplicitPath() {
        XCTAssertEqual(DatabaseLocation.resolve(explicit: "/tmp/x/y.sqlite").path, "/tmp/x/y.sqlite")
        XCTAssertTrue(DatabaseLocation.resolve(explicit: nil).path.hasSuffix(".sqlite"))
    }
}
