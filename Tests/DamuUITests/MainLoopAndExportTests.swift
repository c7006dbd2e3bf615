import CGtk
import DamuCore
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

final class MainLoopAndExportTests: GUITestCase, @unchecked Sendable {
    /// GLib owns the loop; without the shim's glue, DispatchQueue.main and main-actor tasks never run.
    func testSwiftMainQueueWorkRunsWhileGTKIterates() throws {
        try MainActor.assumeIsolated {
            _ = try makeWindow()
            var ran: [String] = []
            DispatchQueue.main.async { ran.append("dispatch") }
            Task { @MainActor in ran.append("task") }
            pump(milliseconds: 300)
            XCTAssertEqual(Set(ran), ["dispatch", "task"])
        }
    }

    func testTheWindowExportsTheChosenWheelAsPNGAndPDF() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            window.chooser.demoButton.click()
            pump()
            let (analysis, template) = try XCTUnwrap(window.history.exportSource())
            XCTAssertEqual(analysis.id, window.history.selected?.id)
            let png = folder.appendingPathComponent("wheel.png"), pdf = folder.appendingPathComponent("wheel.pdf")
            window.export(analysis, template: template, format: .png, to: png)
            window.export(analysis, template: template, format: .pdf, to: pdf)
            XCTAssertNil(Dialogs.presented, "no error")
            XCTAssertEqual(try Data(contentsOf: png).prefix(4), Data([0x89, 0x50, 0x4E, 0x47]))
            XCTAssertEqual(try Data(contentsOf: pdf).prefix(4), Data("%PDF".utf8))
            XCTAssertEqual(try permissions(pdf), 0o600)

            // A folder that does not exist: the teacher is told, nothing is written.
            let missing = folder.appendingPathComponent("no-such-folder/wheel.png")
            window.export(analysis, template: template, format: .png, to: missing)
            XCTAssertNotNil(Dialogs.presented)
            XCTAssertFalse(FileManager.default.fileExists(atPath: missing.path))
        }
    }
}
