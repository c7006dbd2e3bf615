import Foundation
import XCTest

/// Starts a built `damu` with `DAMU_BENCH_FIRST_FRAME`, so it exits once its window's first frame
/// has been painted, and collects its report.
enum FirstFrameLaunch {
    /// Runs `damu` with `arguments`, the test's environment changed by `environment` (a nil value
    /// removes a variable); returns the exit status and what it printed.
    static func run(arguments: [String], environment: [String: String?]) throws -> (status: Int32, output: String) {
        var variables = ProcessInfo.processInfo.environment
        variables["DAMU_BENCH_FIRST_FRAME"] = "1"
        for (name, value) in environment { variables[name] = value }
        let process = Process()
        process.executableURL = try executable("damu")
        process.arguments = arguments
        process.environment = variables
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// A product built beside the test bundle.
    static func executable(_ name: String) throws -> URL {
        let bundle = Bundle(for: GUITestCase.self).bundleURL
        let candidates = [bundle.appendingPathComponent(name), bundle.deletingLastPathComponent().appendingPathComponent(name)]
        return try XCTUnwrap(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }, "\(name) not built")
    }
}
