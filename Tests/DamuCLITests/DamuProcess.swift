import Foundation
import XCTest

/// Runs the built `damu` executable as a teacher's shell would, with its own database and the
/// repository's data folder, and collects what it printed.
struct DamuProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable sits in the products folder next to the test bundle. On Linux (checked with
    /// swift 6.3) `Bundle(for:)` answers with that folder itself, the `.xctest` being a plain
    /// executable in it; on macOS it answers with the `.xctest` bundle inside the folder.
    static func executable(near test: AnyClass) throws -> URL {
        let bundle = Bundle(for: test).bundleURL
        let candidates = [
            bundle.appendingPathComponent("damu"),
            bundle.deletingLastPathComponent().appendingPathComponent("damu"),
        ]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw MissingExecutable(looked: candidates.map(\.path))
        }
        return found
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        let looked: [String]
        var description: String { "the damu executable was not built; looked at \(looked)" }
    }

    let executable: URL
    let home: URL

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["DAMU_DB"] = nil
        environment["DAMU_DATA_DIR"] = Self.repositoryRoot.appendingPathComponent("data").path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("xdg").path
        environment["LANGUAGE"] = "en"
        environment["LC_ALL"] = "C.UTF-8"
        environment.merge(extra) { $1 }

        let out = home.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = home.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = home
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }
}
