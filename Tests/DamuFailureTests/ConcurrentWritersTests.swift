import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// The window and the command line writing the same database at once. The window's store (a
/// pool in this process, as the GUI holds it) saves lesson after lesson while `damu` processes add
/// demo years and list lessons: nothing may fail with "database is locked", nothing may be lost.
final class ConcurrentWritersTests: XCTestCase {
    func testTheWindowsStoreAndTheCommandLineWriteAtOnce() throws {
        let home = try FailureFixtures.temporaryFolder(for: self)
        let url = home.appendingPathComponent("damu.sqlite")
        let damu = try PackageExecutable("damu", near: Self.self)
        let template = try FailureFixtures.template()
        let window = try AppDatabase.open(at: url)
        let profile = try window.save(Profile(fullName: "Жанар Ермекова", school: "№ 3 мектеп"))

        let seeds: [UInt64] = [11, 12, 13, 14, 15, 16]
        var running: [PackageExecutable.Running] = []
        for (index, seed) in seeds.enumerated() {
            running.append(try damu.start(["demo", "--db", url.path, "--seed", String(seed), "--year", "2024"], home: home))
            if index % 2 == 1 {
                running.append(try damu.start(["profiles", "list", "--db", url.path], home: home))
            }
        }
        var saved: [LessonAnalysis] = []
        var rng = SplitMix64(seed: 5)
        // Keep saving until every command has finished, and a little beyond.
        var finishedAt: Date?
        while finishedAt.map({ Date().timeIntervalSince($0) < 0.2 }) ?? true {
            var analysis = LessonAnalysis(
                profileID: profile.id, template: template, language: "ru",
                lesson: .init(date: try LessonDate(year: 2025, month: 10, day: 1 + saved.count % 28), topic: "Урок \(saved.count)"))
            for index in analysis.wheel.sectors.indices { analysis.wheel.sectors[index].score = rng.int(in: 0...10) }
            saved.append(try window.save(analysis, template: template))
            if finishedAt == nil, running.allSatisfy({ !$0.process.isRunning }) { finishedAt = Date() }
        }
        for command in running {
            let result = try command.finish()
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(result.stderr.localizedCaseInsensitiveContains("locked"), result.stderr)
            XCTAssertFalse(result.stderr.localizedCaseInsensitiveContains("busy"), result.stderr)
        }
        XCTAssertGreaterThan(saved.count, seeds.count, "the window saved while the commands ran")
        XCTAssertEqual(try window.integrityCheck(), "ok")
        let stored = try window.history(profileID: profile.id).analyses
        XCTAssertEqual(Dictionary(uniqueKeysWithValues: stored.map { ($0.id, $0) }),
                       Dictionary(uniqueKeysWithValues: saved.map { ($0.id, $0) }), "every save is there, as saved")
        let profiles = try window.profiles()
        XCTAssertEqual(profiles.count, 1 + seeds.count)
        for other in profiles where other.id != profile.id {
            XCTAssertEqual(try window.history(profileID: other.id).analyses.count, DemoYear.lessonCount, other.fullName)
        }
    }

    /// Commands started together on a database not made yet (a school's script filling several
    /// demo teachers, say): one makes the file, the others find it being made, and none may fail
    /// on a table another has just added. Four at once failed so in about two rounds of five.
    func testCommandsStartedTogetherOnANewDatabaseEachOpenIt() throws {
        let home = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        for round in 1...6 {
            let url = home.appendingPathComponent("new-\(round).sqlite")
            let seeds: [UInt64] = (1...4).map { UInt64(round * 10 + $0) }
            let running = try seeds.map { seed in
                try damu.start(["demo", "--db", url.path, "--seed", String(seed), "--year", "2024"], home: home)
            }
            for command in running {
                let result = try command.finish()
                XCTAssertEqual(result.status, 0, "round \(round): \(result.stderr)")
                XCTAssertFalse(result.stderr.contains("failed"), "round \(round): \(result.stderr)")
            }
            let database = try AppDatabase.open(at: url, create: false)
            XCTAssertEqual(try database.integrityCheck(), "ok")
            XCTAssertEqual(try database.read { db in try Schema.pendingMigrations(in: db) }, [], "round \(round)")
            let profiles = try database.profiles()
            XCTAssertEqual(profiles.count, seeds.count, "round \(round): a demo teacher per command")
            for profile in profiles {
                XCTAssertEqual(try database.history(profileID: profile.id).analyses.count, DemoYear.lessonCount, profile.fullName)
            }
        }
    }
}
