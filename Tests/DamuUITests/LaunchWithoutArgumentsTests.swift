import Foundation
import XCTest

/// `damu` alone, as the desktop file starts it, opens the window on the database the teacher's
/// environment names, the same one `damu --db` would otherwise be told.
final class LaunchWithoutArgumentsTests: GUITestCase, @unchecked Sendable {
    func testTheWindowOpensOnDAMU_DBElseTheUsersDataFolder() throws {
        let xdg = folder.appendingPathComponent("xdg")
        let named = folder.appendingPathComponent("named/teacher.sqlite")
        let usual = xdg.appendingPathComponent("damu/damu.sqlite")

        let first = try launch(environment: ["XDG_DATA_HOME": xdg.path])
        XCTAssertTrue(first.hasPrefix("first-frame "), first)
        XCTAssertTrue(FileManager.default.fileExists(atPath: usual.path), "the window made the usual database")
        XCTAssertEqual(try permissions(usual), 0o600)

        let second = try launch(environment: ["XDG_DATA_HOME": xdg.path, "DAMU_DB": named.path])
        XCTAssertTrue(second.hasPrefix("first-frame "), second)
        XCTAssertTrue(FileManager.default.fileExists(atPath: named.path), "DAMU_DB wins over the usual place")
        XCTAssertEqual(try permissions(named.deletingLastPathComponent()), 0o700)
    }

    /// Runs `damu` with no arguments until its first frame is painted; returns what it printed.
    private func launch(environment: [String: String]) throws -> String {
        var variables: [String: String?] = ["DAMU_DB": nil, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path]
        variables.merge(environment) { $1 }
        let (status, text) = try FirstFrameLaunch.run(arguments: [], environment: variables)
        XCTAssertEqual(status, 0, text)
        return text
    }
}
