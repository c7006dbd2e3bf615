import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// A child process saves analyses in a loop and is killed with SIGKILL at random moments: whatever
/// it had confirmed as committed must be in the database, whole, and the file must stay sound.
final class CrashSafetyTests: XCTestCase {
    static let kills = 200

    func testKilledWritersNeverLoseOrTearACommittedSave() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let database = folder.appendingPathComponent("damu.sqlite")
        let writer = try PackageExecutable("damu-test-writer", near: Self.self)
        let template = try FailureFixtures.template()
        // A fixed seed: a failure is replayed by running the test again.
        var rng = SplitMix64(seed: 20_251_123)

        /// The last version of each analysis the child confirmed, and any version it had started
        /// saving after that: a kill between the commit and the confirmation leaves the newer one.
        var confirmed: [UUID: LessonAnalysis] = [:]
        var pending: [UUID: LessonAnalysis] = [:]
        var killedWhileSaving = 0
        let decoder = JSONDecoder()

        for run in 0..<Self.kills {
            let child = try writer.start(["loop", database.path, String(run + 1)], home: folder)
            // From the start of the process (opening, migrating, recovering the log) to well into
            // the loop of saves.
            usleep(UInt32(rng.int(in: 0...160_000)))
            kill(child.process.processIdentifier, SIGKILL)
            let result = try child.finish()
            XCTAssertTrue(result.signalled && result.status == SIGKILL, "run \(run): the child ended before it was killed: \(result.stderr)")

            // A line cut by the kill has no newline and is ignored; lines are written whole.
            var lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.last.map({ !$0.isEmpty }) ?? false { lines.removeLast() }
            var lastWord = ""
            for line in lines where !line.isEmpty {
                let fields = line.split(separator: " ")
                guard fields.count == 3, let id = UUID(uuidString: String(fields[1])),
                      let json = Data(base64Encoded: String(fields[2]))
                else { return XCTFail("run \(run): unreadable line \(line.prefix(80))") }
                let analysis = try decoder.decode(LessonAnalysis.self, from: json)
                lastWord = String(fields[0])
                if fields[0] == "saving" {
                    pending[id] = analysis
                } else {
                    confirmed[id] = analysis
                    pending[id] = nil
                }
            }
            if lastWord == "saving" { killedWhileSaving += 1 }
        }

        let reopened = try AppDatabase.open(at: database, create: false)
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
        let foreignKeys = try reopened.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        XCTAssertEqual(foreignKeys.count, 0)
        XCTAssertGreaterThan(confirmed.count, Self.kills, "the children saved little before being killed")
        XCTAssertGreaterThan(killedWhileSaving, Self.kills / 10, "too few kills landed during a save")
        for (id, expected) in confirmed {
            guard let stored = try reopened.analysis(id: id) else {
                XCTFail("committed analysis \(id) is missing")
                continue
            }
            if stored == expected { continue }
            // The kill came after a newer version was committed but before it was confirmed.
            if let newer = pending[id], Self.sameAnswers(stored, try newer.validated(against: template)) { continue }
            XCTFail("committed analysis \(id) is not what was saved: stored \(stored), confirmed \(expected), pending \(pending[id].map { "\($0)" } ?? "none")")
        }
        print("crash safety: \(Self.kills) kills, \(killedWhileSaving) during a save, \(confirmed.count) analyses confirmed and found whole")
    }

    /// Equal except for the time of saving, which the store sets. (`given` is validated first, as
    /// `save` does it: a growth-point step left empty, for one, is not stored.)
    private static func sameAnswers(_ stored: LessonAnalysis, _ given: LessonAnalysis) -> Bool {
        var given = given
        given.updatedAt = stored.updatedAt
        given.createdAt = stored.createdAt
        return stored == given
    }
}
