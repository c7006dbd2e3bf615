import CGtk
import DamuCore
@testable import DamuStore
import Foundation
import XCTest

@testable import DamuUI

/// Damu started on a database file it cannot use: it says why, changes nothing, and offers to
/// start a new database with the old file kept aside; Cancel leaves everything as it was.
final class StartupRecoveryTests: GUITestCase, @unchecked Sendable {
    @MainActor
    private func launch() -> Launcher {
        let launcher = Launcher(databaseURL: databaseURL, application: nil, catalog: { Self.templateCatalog }, language: "kk")
        launcher.activate()
        pump()
        return launcher
    }

    private func filesBesideTheDatabase() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testGarbageIsExplainedAndCancelLeavesItAsItWas() throws {
        try MainActor.assumeIsolated {
            var noise = SplitMix64(seed: 4)
            let garbage = Data((0..<12_000).map { _ in UInt8(truncatingIfNeeded: noise.next()) })
            try garbage.write(to: databaseURL)
            let launcher = launch()
            XCTAssertNil(launcher.window, "no window on a database Damu cannot read")
            let text = presentedDialogText()
            XCTAssertTrue(text.contains("Damu cannot open its database"), text)
            XCTAssertTrue(text.contains("not a Damu database"), text)
            XCTAssertTrue(text.contains("damu.sqlite.broken-"), "the dialog names the file it would keep aside: \(text)")
            XCTAssertTrue(text.contains("Start a New Database") && text.contains("Cancel"), text)

            // Damu started again meanwhile raises the same question instead of asking twice.
            let dialog = try XCTUnwrap(Dialogs.presented)
            let windows = g_list_model_get_n_items(gtk_window_get_toplevels())
            launcher.activate()
            pump()
            XCTAssertEqual(Dialogs.presented, dialog)
            XCTAssertEqual(g_list_model_get_n_items(gtk_window_get_toplevels()), windows, "no second dialog")
            XCTAssertNotEqual(gtk_widget_get_mapped(dialog.pointer), 0)

            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertNil(Dialogs.presented)
            XCTAssertNil(launcher.window)
            XCTAssertNil(launcher.keptAside)
            XCTAssertEqual(try Data(contentsOf: databaseURL), garbage)
            XCTAssertEqual(try filesBesideTheDatabase(), ["damu.sqlite"])
        }
    }

    func testStartingANewDatabaseKeepsTheDamagedOneAside() throws {
        try MainActor.assumeIsolated {
            // A real database of a year, cut short as by an interrupted copy.
            do {
                let template = Self.templateCatalog.current
                let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: 6)
                try AppDatabase.open(at: databaseURL).saveDemo(profile: profile, analyses: analyses, template: template)
            }
            let handle = try FileHandle(forWritingTo: databaseURL)
            try handle.truncate(atOffset: 5 * 4096)
            try handle.close()
            let damaged = try Data(contentsOf: databaseURL)

            let launcher = launch()
            XCTAssertTrue(presentedDialogText().contains("damaged"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            let window = try XCTUnwrap(launcher.window, "the window opens on the new database")
            XCTAssertEqual(window.currentPage, "chooser")
            XCTAssertEqual(window.chooser.profiles, [])
            let aside = try XCTUnwrap(launcher.keptAside)
            XCTAssertTrue(aside.lastPathComponent.hasPrefix("damu.sqlite.broken-"), aside.lastPathComponent)
            XCTAssertEqual(try Data(contentsOf: aside), damaged, "kept aside byte for byte")
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")

            // The new database works: a profile made in the window is saved in it.
            XCTAssertFalse(window.session.database.isReadOnly)
            try window.session.database.save(Profile(fullName: "Жаңа бастау"))
            XCTAssertEqual(try storedDatabase().profiles().map(\.fullName), ["Жаңа бастау"])
        }
    }

    func testADatabaseOfANewerDamuCanBeKeptAsideToo() throws {
        try MainActor.assumeIsolated {
            do {
                let database = try AppDatabase.open(at: databaseURL)
                try database.save(Profile(fullName: "Келешек"))
            }
            try AppDatabase.open(at: databaseURL).write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: reflection cards of 2031')")
            }
            let before = try Data(contentsOf: databaseURL)
            let launcher = launch()
            let text = presentedDialogText()
            XCTAssertTrue(text.contains("newer version of Damu"), text)
            XCTAssertTrue(text.contains("damu.sqlite.newer-"), text)
            XCTAssertEqual(try Data(contentsOf: databaseURL), before)
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            XCTAssertNotNil(launcher.window)
            XCTAssertEqual(try Data(contentsOf: XCTUnwrap(launcher.keptAside)), before)
        }
    }

    func testAnUnreadableFolderIsExplainedWithoutAnOffer() throws {
        try MainActor.assumeIsolated {
            // A folder where the file should be: nothing a new database would fix.
            try FileManager.default.createDirectory(at: databaseURL, withIntermediateDirectories: true)
            let launcher = launch()
            let text = presentedDialogText()
            XCTAssertTrue(text.contains("Damu cannot open its database"), text)
            XCTAssertTrue(text.contains("is a folder"), text)
            XCTAssertFalse(text.contains("Start a New Database"), text)
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertNil(launcher.window)
        }
    }
}
