import CGtk
import DamuCore
@testable import DamuStore
import DamuTestSupport
import Foundation
import XCTest

@testable import DamuUI

/// Damu started on a database of an older version updates it on another thread, with a window
/// that says so meanwhile; then the main window opens on the updated database. A failed update
/// is explained, and nothing is lost.
final class DatabaseUpdateTests: GUITestCase, @unchecked Sendable {
    private static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/databases")

    /// The schema v5 fixture (before v6's index) as the database, and its teachers' names.
    private func olderDatabase() throws -> [String] {
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("schema-v5.sqlite"), to: databaseURL)
        let expected = try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.fixtures.appendingPathComponent("schema-v5.expected.json"))) as? [String: Any]
        let profiles = try XCTUnwrap(expected?["profiles"] as? [[String: Any]])
        return profiles.compactMap { $0["fullName"] as? String }
    }

    func testAnOlderDatabaseIsUpdatedWhileAWindowSaysSo() throws {
        try MainActor.assumeIsolated {
            let names = try olderDatabase()
            XCTAssertTrue(try AppDatabase.prepareToOpen(at: databaseURL).willUpdate)
            // The update waits for the test, as a large database would keep it busy.
            let release = DispatchSemaphore(value: 0)
            let launcher = Launcher(
                databaseURL: databaseURL, application: nil, catalog: { Self.templateCatalog }, language: "kk",
                opener: { opening, report in
                    release.wait()
                    return try opening.open(reporting: report)
                })
            launcher.activate()
            pump()

            let progress = try XCTUnwrap(launcher.updateWindow, "a window says the database is being updated")
            XCTAssertNil(launcher.window)
            XCTAssertNotEqual(gtk_widget_get_mapped(progress.window.pointer), 0, "on screen")
            XCTAssertNotEqual(gtk_spinner_get_spinning(progress.spinner.opaque), 0, "and moving: the main loop runs")
            let text = labelTexts(in: progress.window).joined(separator: "\n")
            XCTAssertTrue(text.contains("Updating your database"), text)
            XCTAssertTrue(text.contains(databaseURL.path), "names the file: \(text)")
            XCTAssertEqual(CutOffText.problems(in: progress.window), [])
            XCTAssertFalse(progress.progressBar.isVisible, "v6 rewrites no lessons: nothing to count")
            if let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] {
                try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try? Snapshot.png(of: progress.window, to: "\(directory)/database-update.png")
            }
            // Damu started again meanwhile raises the same window rather than update twice.
            launcher.activate()
            pump()
            XCTAssertTrue(launcher.updateWindow === progress)
            XCTAssertNil(launcher.window)
            // Closing it would not stop the update, only hide that it runs.
            gtk_window_close(progress.window.cast())
            pump()
            XCTAssertNotEqual(gtk_widget_get_mapped(progress.window.pointer), 0, "still on screen after a close request")

            release.signal()
            XCTAssertTrue(waitUntil(seconds: 10) { launcher.window != nil }, "the update finished")
            let window = try XCTUnwrap(launcher.window, "the main window opens once the update is done")
            XCTAssertNil(launcher.updateWindow, "and the update's window is gone")
            XCTAssertEqual(window.currentPage, "chooser")
            XCTAssertEqual(Set(window.chooser.profiles.map(\.fullName)), Set(names))
            XCTAssertEqual(try storedDatabase().appliedMigrations(), AppDatabase.knownMigrations)
            XCTAssertFalse(try AppDatabase.prepareToOpen(at: databaseURL).willUpdate)
        }
    }

    /// The real program, whose GtkApplication quits once it has no window: the update's window
    /// must hand over to the main window, not leave Damu windowless in between.
    func testTheProgramUpdatesAnOlderDatabaseAndOpensItsWindow() throws {
        _ = try olderDatabase()
        let (status, text) = try FirstFrameLaunch.run(
            arguments: ["--db", databaseURL.path], environment: ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path])
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("first-frame "), "the main window was painted: \(text)")
        XCTAssertEqual(try storedDatabase().appliedMigrations(), AppDatabase.knownMigrations)
    }

    func testAnUpdateOnAFullDiskIsExplainedAndTheDatabaseIsLeftAsItWas() throws {
        try MainActor.assumeIsolated {
            _ = try olderDatabase()
            let before = try Data(contentsOf: databaseURL)
            // The disk fills up once the update has begun.
            let launcher = Launcher(
                databaseURL: databaseURL, application: nil, catalog: { Self.templateCatalog }, language: "kk",
                opener: { opening, report in
                    let disk = try FullDisk()
                    defer { disk.restore() }
                    return try opening.open(reporting: report)
                })
            launcher.activate()
            XCTAssertNotNil(launcher.updateWindow)
            XCTAssertTrue(waitUntil(seconds: 10) { Dialogs.presented != nil }, "the failed update was explained")
            let text = presentedDialogText()
            XCTAssertTrue(text.contains("Damu cannot open its database"), text)
            XCTAssertTrue(text.contains(databaseURL.path), "names the file: \(text)")
            XCTAssertTrue(text.contains("disk may be full"), text)
            XCTAssertNil(launcher.updateWindow, "the update's window is gone")
            XCTAssertNil(launcher.window)
            XCTAssertEqual(try Data(contentsOf: databaseURL), before, "not a byte of the database changed")
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertNil(Dialogs.presented)

            // With space again, the next start updates it whole.
            let again = Launcher(databaseURL: databaseURL, application: nil, catalog: { Self.templateCatalog }, language: "kk")
            again.activate()
            XCTAssertTrue(waitUntil(seconds: 10) { again.window != nil }, "the second start finished its update")
            XCTAssertEqual(try storedDatabase().appliedMigrations(), AppDatabase.knownMigrations)
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")
        }
    }

    /// A database from before the lessons kept their wheel scores beside the answers: the update
    /// rewrites every lesson, and the window counts them.
    func testTheWindowCountsTheLessonsTheUpdateRewrites() throws {
        try MainActor.assumeIsolated {
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("schema-v4.sqlite"), to: databaseURL)
            // Each report holds the update until the test has seen it on screen.
            let next = DispatchSemaphore(value: 0)
            let launcher = Launcher(
                databaseURL: databaseURL, application: nil, catalog: { Self.templateCatalog }, language: "kk",
                opener: { opening, report in
                    try opening.open { update in
                        report(update)
                        next.wait()
                    }
                })
            launcher.activate()
            let progress = try XCTUnwrap(launcher.updateWindow)
            let bar = progress.progressBar
            @MainActor func shown() -> String { String(cString: gtk_progress_bar_get_text(bar.opaque)) }
            XCTAssertTrue(waitUntil(seconds: 10) { bar.isVisible }, "the count appears")
            XCTAssertTrue(shown().hasPrefix("Lessons updated: 0 of "), shown())
            XCTAssertEqual(gtk_progress_bar_get_fraction(bar.opaque), 0)
            let lessons = try XCTUnwrap(Int(shown().split(separator: " ").last ?? ""), shown())
            XCTAssertGreaterThan(lessons, 0)
            XCTAssertTrue(gtk_widget_get_mapped(bar.pointer) != 0 && gtk_spinner_get_spinning(progress.spinner.opaque) != 0)
            XCTAssertEqual(CutOffText.problems(in: progress.window), [])
            if let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] {
                try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                try? Snapshot.png(of: progress.window, to: "\(directory)/database-update-count.png")
            }

            next.signal()
            XCTAssertTrue(waitUntil(seconds: 10) { shown() == "Lessons updated: \(lessons) of \(lessons)" }, shown())
            XCTAssertEqual(gtk_progress_bar_get_fraction(bar.opaque), 1)
            next.signal()
            XCTAssertTrue(waitUntil(seconds: 10) { launcher.window != nil }, "the update finished")
            XCTAssertNil(launcher.updateWindow)
            XCTAssertEqual(try storedDatabase().appliedMigrations(), AppDatabase.knownMigrations)
        }
    }

    func testADatabaseOfThisVersionOpensWithoutTheUpdateWindow() throws {
        try MainActor.assumeIsolated {
            try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Айгүл Сәрсенова"))
            XCTAssertFalse(try AppDatabase.prepareToOpen(at: databaseURL).willUpdate)
            let launcher = Launcher(databaseURL: databaseURL, application: nil, catalog: { Self.templateCatalog }, language: "kk")
            launcher.activate()
            XCTAssertNil(launcher.updateWindow)
            XCTAssertEqual(launcher.window?.chooser.profiles.map(\.fullName), ["Айгүл Сәрсенова"], "opened at once")
        }
    }
}
