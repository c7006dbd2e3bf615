import CGtk
import DamuCore
import DamuStore
import DamuTestSupport
import Foundation
import XCTest

@testable import DamuUI

/// A save that cannot be written, from the window: a read-only data folder, a full disk. The
/// teacher is told why, keeps every word typed (to save again later or export elsewhere), and the
/// database is as it was.
final class SaveFailureTests: GUITestCase, @unchecked Sendable {
    private let topic = "Архимед заңы: тәжірибе"
    private let context = "Оқушылар денелердің суға батуын өздері өлшеді."
    private let growth = "әр топқа өлшеу парағын"

    @MainActor
    private func typeAnAnalysis(_ window: AppWindow) throws -> AnalysisForm {
        window.newAnalysis()
        pump()
        let form = try XCTUnwrap(window.editor.form)
        form.date.text = "2025-11-20"
        form.topic.text = topic
        form.context[0].text = context
        for (index, scale) in form.sectorScores.enumerated() { scale.button((index * 3) % 11).emit("clicked") }
        form.growthTexts[0].text = growth
        pump()
        return form
    }

    @MainActor
    private func assertStillTyped(_ form: AnalysisForm, _ window: AppWindow, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(window.currentPage, "editor", file: file, line: line)
        XCTAssertTrue(window.editor.isDirty, "the window still holds unsaved work", file: file, line: line)
        XCTAssertEqual(form.topic.text, topic, file: file, line: line)
        XCTAssertEqual(form.context[0].text, context, file: file, line: line)
        XCTAssertEqual(form.growthTexts[0].text, growth, file: file, line: line)
        XCTAssertEqual(form.currentWheel.scores, (0..<8).map { ($0 * 3) % 11 }, file: file, line: line)
    }

    private func storedLines() throws -> [String] {
        let database = try storedDatabase()
        return try database.profiles().flatMap { profile in
            ["\(profile)"] + (try database.history(profileID: profile.id).analyses.map { "\($0)" })
        }
    }

    func testAFullDiskKeepsTheAnalysisInTheWindowUntilItCanBeSaved() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Дәурен Сапаров"))
            let window = try makeWindow()
            window.chooser.open(profile)
            pump()
            let form = try typeAnAnalysis(window)
            let before = try storedLines()

            let disk = try FullDisk()
            window.actions.activate("save")
            pump()
            disk.restore()
            let text = presentedDialogText()
            XCTAssertTrue(text.contains("The lesson analysis was not saved"), text)
            XCTAssertTrue(text.contains("Nothing was saved"), text)
            XCTAssertTrue(text.contains(databaseURL.path), "names the file: \(text)")
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            assertStillTyped(form, window)
            XCTAssertEqual(try storedLines(), before, "the database is as it was")
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")

            // Room again: the same Save keeps the same words.
            window.actions.activate("save")
            pump()
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            XCTAssertFalse(window.editor.isDirty)
            let stored = try XCTUnwrap(storedDatabase().history(profileID: profile.id).latest)
            XCTAssertEqual(stored.lesson.topic, topic)
            XCTAssertEqual(stored.contextAnswers[0], context)
        }
    }

    func testAReadOnlyFolderKeepsTheAnalysisInTheWindowAndItCanBeExportedElsewhere() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Дәурен Сапаров"))
            let before = try storedLines()
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            // Elsewhere: a folder anyone may write, outside the data folder.
            let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("damu-elsewhere-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
            defer { try? FileManager.default.removeItem(at: elsewhere) }

            let readOnly = try ReadOnlyFolder(folder)
            defer { try? readOnly.restore() }
            XCTAssertFalse(readOnly.isWritable, "the folder must really be read-only for this process")
            let window = try makeWindow()
            XCTAssertTrue(window.session.database.isReadOnly)
            window.chooser.open(profile)
            pump()
            let form = try typeAnAnalysis(window)
            window.actions.activate("save")
            pump()
            let text = presentedDialogText()
            XCTAssertTrue(text.contains("The lesson analysis was not saved"), text)
            XCTAssertTrue(text.contains("read-only") && text.contains("Nothing was saved"), text)
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            assertStillTyped(form, window)

            let (analysis, template) = try XCTUnwrap(window.editor.exportSource())
            let picture = elsewhere.appendingPathComponent("wheel.png")
            window.export(analysis, template: template, format: .png, to: picture)
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            XCTAssertEqual(try Data(contentsOf: picture).prefix(4), Data([0x89, 0x50, 0x4E, 0x47]), "exported elsewhere")

            try readOnly.restore()
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), files, "nothing added to the folder")
            XCTAssertEqual(try storedLines(), before, "the database is as it was")
        }
    }

    /// The file chooser lets a teacher pick any name, the database's among them: the export is
    /// refused, and the picture never takes the place of the year's work.
    func testAnExportOntoTheDatabaseIsRefused() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Дәурен Сапаров"))
            let window = try makeWindow()
            window.chooser.open(profile)
            pump()
            _ = try typeAnAnalysis(window)
            window.actions.activate("save")
            pump()
            let before = try storedLines()
            let (analysis, template) = try XCTUnwrap(window.editor.exportSource())
            for target in [databaseURL, URL(fileURLWithPath: databaseURL.path + "-wal")] {
                window.export(analysis, template: template, format: .png, to: target)
                let text = presentedDialogText()
                XCTAssertTrue(text.contains("Damu's database"), text)
                Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
                pump()
            }
            XCTAssertEqual(try storedLines(), before, "the database is as it was")
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")
        }
    }
}
