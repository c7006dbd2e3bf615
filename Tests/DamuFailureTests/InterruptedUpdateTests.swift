import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Damu killed while it updates an older database (a power cut, a logout, `kill -9`): each schema
/// step commits whole or not at all, so the file is always the database as one of its versions
/// held it, nothing lost, and the next start finishes the update.
final class InterruptedUpdateTests: XCTestCase {
    static let kills = 24
    /// Copies of the schema v3 fixture's lessons: enough that the update takes a good fraction of
    /// a second, as a few years of a school's lessons would, so kills land inside its steps.
    static let copies = 600

    func testAnUpdateKilledAtAnyMomentLeavesAWholeDatabaseThatTheNextStartFinishes() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        let older = folder.appendingPathComponent("older.sqlite")
        try FileManager.default.copyItem(at: SchemaFixtureTests.fixture(3).database, to: older)
        try FailureFixtures.repeatLessons(in: older, times: Self.copies)
        let steps = AppDatabase.knownMigrations

        // The file as each number of whole steps leaves it.
        var asOfStep: [Int: [String]] = [:]
        for count in 3...steps.count {
            let url = folder.appendingPathComponent("step-\(count).sqlite")
            try FileManager.default.copyItem(at: older, to: url)
            let queue = try DatabaseQueue(path: url.path)
            try Schema.migrator.migrate(queue, upTo: steps[count - 1])
            asOfStep[count] = try TableDigest(writer: queue).value()
        }
        XCTAssertEqual(Set(asOfStep.values).count, asOfStep.count, "each step changes the file")

        // The whole update, uninterrupted, through the program: how long kills have to land in.
        let whole = folder.appendingPathComponent("whole.sqlite")
        try FileManager.default.copyItem(at: older, to: whole)
        let started = Date()
        let uninterrupted = try damu.run(["profiles", "list", "--db", whole.path], home: folder)
        let duration = Date().timeIntervalSince(started)
        XCTAssertEqual(uninterrupted.status, 0, uninterrupted.stderr)
        XCTAssertEqual(try TableDigest.state(of: whole).digest, asOfStep[steps.count], "the program's update is the migrator's")

        // A fixed seed: a failure is replayed by running the test again.
        var rng = SplitMix64(seed: 20_261_207)
        var seen: [Int: Int] = [:]
        var killedWithALogToRecover = 0
        for run in 0..<Self.kills {
            let url = folder.appendingPathComponent("killed.sqlite")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
            try FileManager.default.copyItem(at: older, to: url)

            let child = try damu.start(["profiles", "list", "--db", url.path], home: folder)
            usleep(UInt32(rng.int(in: 0...Int(duration * 1_000_000))))
            kill(child.process.processIdentifier, SIGKILL)
            let result = try child.finish()
            let wal = (try? FileManager.default.attributesOfItem(atPath: url.path + "-wal")[.size] as? Int) ?? 0
            if result.signalled && wal > 0 { killedWithALogToRecover += 1 }

            let (applied, digest, integrity) = try TableDigest.state(of: url)
            XCTAssertEqual(integrity, "ok", "run \(run)")
            XCTAssertEqual(applied, Array(steps.prefix(applied.count)), "run \(run): whole steps, in order")
            XCTAssertEqual(digest, asOfStep[applied.count], "run \(run): the file as \(applied.count) steps leave it")
            seen[applied.count, default: 0] += 1

            // The next start finishes what was begun.
            let next = try damu.run(["profiles", "list", "--db", url.path], home: folder)
            XCTAssertEqual(next.status, 0, "run \(run): \(next.stderr)")
            XCTAssertEqual(next.stdout, uninterrupted.stdout, "run \(run)")
            XCTAssertEqual(try TableDigest.state(of: url).digest, asOfStep[steps.count], "run \(run): updated whole")
        }
        // Most kills must land before the update is done, and some inside its longest step, the
        // lessons' wheel scores (v5), which rewrites every lesson.
        XCTAssertGreaterThan(Self.kills - seen[steps.count, default: 0], Self.kills / 3, "too few kills interrupted the update: \(seen)")
        XCTAssertGreaterThan(seen[4, default: 0], 0, "no kill landed while the lessons were rewritten: \(seen)")
        XCTAssertGreaterThan(killedWithALogToRecover, 0, "no kill left a write-ahead log to recover: \(seen)")
        print("interrupted update: \(Self.kills) kills over \(Int(duration * 1000)) ms, whole steps found \(seen.sorted { $0.key < $1.key }), \(killedWithALogToRecover) with a log to recover")
    }
}
