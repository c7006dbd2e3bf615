import CGtk
import DamuCore
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

/// The window and the command line writing the same database at once: the teacher saves in the
/// window while `damu demo` runs in a terminal. No "database is locked" reaches either of them.
final class WindowAndCommandLineTests: GUITestCase, @unchecked Sendable {
    func testSavingInTheWindowWhileTheCommandLineWrites() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Гүлнар Әбенова"))
            let window = try makeWindow()
            window.chooser.open(profile)
            pump()
            let damu = try FirstFrameLaunch.executable("damu")
            var commands: [(Process, URL)] = []
            for seed in 21...24 {
                let log = folder.appendingPathComponent("demo-\(seed).log")
                XCTAssertTrue(FileManager.default.createFile(atPath: log.path, contents: nil))
                let process = Process()
                process.executableURL = damu
                process.arguments = ["demo", "--db", databaseURL.path, "--seed", String(seed), "--year", "2024"]
                let handle = try FileHandle(forWritingTo: log)
                process.standardOutput = handle
                process.standardError = handle
                try process.run()
                commands.append((process, log))
            }
            var saves = 0
            repeat {
                window.newAnalysis()
                pump(milliseconds: 20)
                let form = try XCTUnwrap(window.editor.form)
                form.date.text = "2025-10-\(String(format: "%02d", saves % 28 + 1))"
                form.topic.text = "Сабақ \(saves)"
                window.actions.activate("save")
                pump(milliseconds: 20)
                XCTAssertNil(Dialogs.presented, presentedDialogText())
                if Dialogs.presented != nil { Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue) }
                saves += 1
            } while commands.contains(where: { $0.0.isRunning }) || saves < 3
            for (process, log) in commands {
                process.waitUntilExit()
                let output = try String(contentsOf: log, encoding: .utf8)
                XCTAssertEqual(process.terminationStatus, 0, output)
                XCTAssertFalse(output.localizedCaseInsensitiveContains("locked"), output)
            }
            let stored = try storedDatabase()
            XCTAssertEqual(try stored.history(profileID: profile.id).analyses.map(\.lesson.topic).sorted(),
                           (0..<saves).map { "Сабақ \($0)" }.sorted())
            XCTAssertEqual(try stored.profiles().count, 1 + commands.count)
            XCTAssertEqual(try stored.integrityCheck(), "ok")
        }
    }
}
