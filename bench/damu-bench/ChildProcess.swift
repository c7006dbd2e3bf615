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
}
