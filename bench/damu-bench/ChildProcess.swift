import Foundation

/// A program of the benchmark's started with its own environment and waited for: a launch of
/// Damu or of a bare window, or a drawing on screen, which prints its report and exits.
enum ChildProcess {
    struct Finished {
        /// CLOCK_MONOTONIC at spawn, in nanoseconds.
        let started: Int64
        let output: String
        let status: Int32
    }

    /// Runs `program`, its standard output read to the end; one that hangs is stopped after
    /// `timeout` seconds.
    static func run(_ program: URL, arguments: [String] = [], environment: [String: String], timeout: Double = 60) throws -> Finished {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let started = Clock.nanoseconds()
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        watchdog.cancel()
        return Finished(started: started, output: text, status: process.terminationStatus)
    }

    /// The benchmark's own environment made a teacher's session in Kazakh: settings and caches in
    /// `folder`, Damu's data from `data`, and none of GTK's renderer settings or the benchmark's
    /// switches, for each part to set its own.
    static func session(in folder: URL, data: URL) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["GSK_RENDERER", "GDK_DEBUG", "DAMU_DB", "DAMU_BENCH_FIRST_FRAME", "DAMU_BENCH_PROFILE", "DAMU_BENCH_PAGES"] {
            environment[key] = nil
        }
        environment.merge([
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path, "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
            "DAMU_DATA_DIR": data.path, "LANG": "C.UTF-8", "LANGUAGE": "kk", "NO_AT_BRIDGE": "1",
        ]) { $1 }
        return environment
    }
}
