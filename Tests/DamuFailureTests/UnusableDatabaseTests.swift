import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// A database file that is garbage, cut short, another program's, or from a newer Damu: the store
/// and the command line say so, never change a byte of it, and a new database can be started with
/// the old file kept aside.
final class UnusableDatabaseTests: XCTestCase {
    private var folder: URL!
    private var damu: PackageExecutable!

    override func setUpWithError() throws {
        folder = try FailureFixtures.temporaryFolder(for: self)
        damu = try PackageExecutable("damu", near: Self.self)
    }

    /// A real Damu database of a year, closed, so its log is folded into the file.
    private func closedDemoDatabase(_ name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FailureFixtures.demoDatabase(at: url)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + "-wal"), "closed cleanly")
        return url
    }

    private func truncated(_ url: URL, to length: Int) throws {
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(length))
        try handle.close()
    }

    private func assertRefused(
        _ url: URL, as problem: DatabaseFileProblem, mentions fragment: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let before = try Data(contentsOf: url)
        XCTAssertEqual(AppDatabase.problem(at: url), problem, file: file, line: line)
        for create in [true, false] {
            XCTAssertThrowsError(try AppDatabase.open(at: url, create: create), file: file, line: line) { error in
                guard case let DamuError.storage(message) = error else { return XCTFail("\(error)", file: file, line: line) }
                XCTAssertTrue(message.contains(fragment), message, file: file, line: line)
                XCTAssertTrue(message.contains("untouched"), message, file: file, line: line)
            }
        }
        // The command line: one clear line, the way out, and the file as it was.
        for arguments in [["profiles", "list"], ["demo"], ["analyses", "list", "--profile", "a"]] {
            let result = try damu.run(arguments + ["--db", url.path], home: folder)
            XCTAssertNotEqual(result.status, 0, "\(arguments)", file: file, line: line)
            XCTAssertEqual(result.stdout, "", file: file, line: line)
            XCTAssertTrue(result.stderr.hasPrefix("damu: "), result.stderr, file: file, line: line)
            XCTAssertTrue(result.stderr.contains(fragment), result.stderr, file: file, line: line)
            XCTAssertTrue(result.stderr.contains("move it aside"), result.stderr, file: file, line: line)
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr, file: file, line: line)
        }
        XCTAssertEqual(try Data(contentsOf: url), before, "the file was changed", file: file, line: line)
        // SQLite's read-only connection may leave an empty log beside a WAL database it looked at:
        // empty, it holds nothing and changes nothing.
        let log = (try? Data(contentsOf: URL(fileURLWithPath: url.path + "-wal"))) ?? Data()
        XCTAssertEqual(log.count, 0, "something was written to the log", file: file, line: line)
    }

    func testGarbageIsRefusedUntouched() throws {
        var noise = SplitMix64(seed: 31)
        let url = folder.appendingPathComponent("garbage.sqlite")
        try Data((0..<20_000).map { _ in UInt8(truncatingIfNeeded: noise.next()) }).write(to: url)
        try assertRefused(url, as: .notADatabase, mentions: "not a Damu database")
        let text = folder.appendingPathComponent("notes.sqlite")
        try Data("Сабақ жоспары\n".utf8).write(to: text)
        try assertRefused(text, as: .notADatabase, mentions: "not a Damu database")
    }

    func testTruncatedDatabaseIsRefusedUntouched() throws {
        let mid = try closedDemoDatabase("half.sqlite")
        let size = try Data(contentsOf: mid).count
        XCTAssertGreaterThan(size, 16 * 4096, "a year of lessons spans many pages")
        // Cut on a page boundary (a copy interrupted between blocks) and in the middle of a page.
        try truncated(mid, to: size / 2 / 4096 * 4096)
        try assertRefused(mid, as: .damaged, mentions: "damaged")
        let ragged = try closedDemoDatabase("ragged.sqlite")
        try truncated(ragged, to: size - 1000)
        try assertRefused(ragged, as: .damaged, mentions: "damaged")
        let headerOnly = try closedDemoDatabase("header.sqlite")
        try truncated(headerOnly, to: 100)
        try assertRefused(headerOnly, as: .damaged, mentions: "damaged")
    }

    func testDatabaseOfANewerDamuIsRefusedUntouched() throws {
        let url = folder.appendingPathComponent("newer.sqlite")
        do {
            let database = try AppDatabase.open(at: url)
            try database.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: reflection cards of 2031')")
            }
        }
        try assertRefused(url, as: .newerVersion, mentions: "newer version of Damu")
    }

    func testAnotherProgramsSQLiteFileIsRefusedUntouched() throws {
        let url = folder.appendingPathComponent("marks.sqlite")
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE marks (pupil TEXT, mark INTEGER); INSERT INTO marks VALUES ('Әли', 5)")
            }
        }
        try assertRefused(url, as: .notADatabase, mentions: "not a Damu database")
    }

    func testStartingANewDatabaseKeepsTheOldFileAside() throws {
        let url = try closedDemoDatabase("damu.sqlite")
        try truncated(url, to: 3 * 4096)
        let broken = try Data(contentsOf: url)
        // A file already bearing the name is never replaced.
        let moment = Date(timeIntervalSince1970: 1_763_890_000)
        let occupied = URL(fileURLWithPath: url.path + ".broken-" + Self.stamp(moment))
        try Data("occupied".utf8).write(to: occupied)

        let aside = try AppDatabase.setAside(url, because: .damaged, at: moment)
        XCTAssertEqual(aside.lastPathComponent, "damu.sqlite.broken-\(Self.stamp(moment))-2")
        XCTAssertEqual(try Data(contentsOf: aside), broken)
        XCTAssertEqual(try Data(contentsOf: occupied), Data("occupied".utf8))
        XCTAssertEqual(try FailureFixtures.permissions(aside.path), 0o600, "still the owner's alone")
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))

        let fresh = try AppDatabase.open(at: url)
        XCTAssertEqual(try fresh.profiles(), [])
        XCTAssertEqual(try fresh.integrityCheck(), "ok")
        XCTAssertEqual(try Data(contentsOf: aside), broken, "opening the new database left the old one alone")
    }

    func testTheLogTravelsWithItsFile() throws {
        let url = folder.appendingPathComponent("newer.sqlite")
        let database = try AppDatabase.open(at: url)
        try database.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
        }
        // While a connection is open the file has its -wal and -shm beside it.
        XCTAssertTrue(FileManager.default.fileExists(atPath: url.path + "-wal"))
        let aside = try AppDatabase.setAside(url, because: .newerVersion)
        XCTAssertTrue(aside.lastPathComponent.hasPrefix("newer.sqlite.newer-"), aside.lastPathComponent)
        XCTAssertTrue(FileManager.default.fileExists(atPath: aside.path + "-wal"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + "-wal"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path + "-shm"))
    }

    /// A database reached through a symbolic link is the file it points to, not a damaged one:
    /// its size is the file's, not the link's (which once made it "incomplete").
    func testADatabaseBehindASymbolicLinkOpens() throws {
        let url = try closedDemoDatabase("real.sqlite")
        let link = folder.appendingPathComponent("link.sqlite")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: url)
        XCTAssertNil(AppDatabase.problem(at: link))
        let database = try AppDatabase.open(at: link)
        XCTAssertEqual(try database.profiles().count, 1)
        let result = try damu.run(["profiles", "list", "--db", link.path], home: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    /// A folder where the database should be is named as such, not opened.
    func testAFolderInPlaceOfTheDatabaseIsNamed() throws {
        let url = folder.appendingPathComponent("folder.sqlite")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        XCTAssertThrowsError(try AppDatabase.open(at: url)) { error in
            XCTAssertTrue("\(error)".contains("is a folder"), "\(error)")
        }
    }

    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: date)
    }
}
