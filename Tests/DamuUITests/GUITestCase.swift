import CGtk
import DamuCore
import DamuStore
import Foundation
import GtkShim
import XCTest

@testable import DamuUI

/// Builds the real window on a temporary database under Xvfb and drives its widgets.
/// XCTest runs on the main thread; methods stay nonisolated and enter the main actor explicitly
/// (a `@MainActor` test method crashes XCTest on Linux).
// XCTest calls every test on the main thread; the main actor is entered explicitly in each test.
class GUITestCase: XCTestCase, @unchecked Sendable {
    struct NoDisplay: Error, CustomStringConvertible {
        var description: String { "GTK could not open a display; run the tests through scripts/test (xvfb-run)" }
    }

    private static let displayAvailable: Bool = {
        GLibCriticals.installed
        // gtk_init_check answers TRUE on a second call after failing: call it once (DESIGN.md §4).
        let available = gtk_init_check() != 0
        if available {
            MainActor.assumeIsolated {
                damu_shim_attach_main_queue()
                Theme.install()
            }
        }
        return available
    }()

    var folder: URL!
    var databaseURL: URL { folder.appendingPathComponent("damu.sqlite") }

    override func setUpWithError() throws {
        // Not a skip: the test command always provides a display (xvfb-run); without one this fails.
        guard Self.displayAvailable else { throw NoDisplay() }
        _ = GLibCriticals.take()
        _ = Self.templateCatalog
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("damu-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        MainActor.assumeIsolated {
            // A dialog left open would be the next test's "presented" one.
            Dialogs.dismiss()
            pump()
        }
        let criticals = GLibCriticals.take()
        XCTAssertTrue(criticals.isEmpty, "\(criticals.count) criticals from GTK or GLib, the first: \(criticals.first ?? "")")
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Read once: some tests later drop to an unprivileged user, who may not read the checkout.
    static let templateCatalog: TemplateCatalog = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! TemplateCatalog.load(dataDirectory: root.appendingPathComponent("data"))
    }()

    /// A presented window on a fresh database, `width`×`height`, texts of the instrument in `language`.
    @MainActor
    func makeWindow(width: Int32 = 1024, height: Int32 = 768, language: String = "kk") throws -> AppWindow {
        let session = Session(
            database: try AppDatabase.open(at: databaseURL), catalog: Self.templateCatalog, language: language)
        let window = AppWindow(session: session, application: nil)
        gtk_window_set_default_size(window.window.cast(), width, height)
        window.present()
        pump()
        return window
    }

    /// Lets GTK lay out, draw and deliver pending signals.
    @MainActor
    func pump(milliseconds: Int = 120) {
        let end = Date().addingTimeInterval(Double(milliseconds) / 1000)
        repeat {
            damu_shim_iterate_main_context()
            usleep(5_000)
        } while Date() < end
    }

    /// Lets the main loop run until `condition` holds or `seconds` have passed; whether it held.
    @MainActor
    func waitUntil(seconds: Double = 5, _ condition: () -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition() { return true }
            pump(milliseconds: 50)
        }
        return condition()
    }

    /// The permission bits of the file or folder at `url` (0o600, 0o700…); -1 when unreadable.
    func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// A second connection to the same file: what was really stored, not what the window holds.
    func storedDatabase() throws -> AppDatabase {
        try AppDatabase.open(at: databaseURL, create: false)
    }

    /// Saves a screenshot of the window when DAMU_SCREENSHOT_DIR is set (to look at, not to assert on).
    @MainActor
    func screenshot(_ window: AppWindow, _ name: String) {
        screenshot(of: window.window, name)
    }

    /// Any toplevel, such as a question over the window.
    @MainActor
    func screenshot(of toplevel: Widget, _ name: String) {
        guard let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        pump(milliseconds: 300)
        try? Snapshot.png(of: toplevel, to: "\(directory)/\(name).png")
    }
}
