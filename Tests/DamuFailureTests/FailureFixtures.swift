import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// What the failure tests share: the repository's data, fresh folders, and the executables they
/// start (`damu`, `damu-test-writer`), found next to the test bundle.
enum FailureFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = repositoryRoot.appendingPathComponent("data", isDirectory: true)

    static func template() throws -> LessonAnalysisTemplate {
        try TemplateCatalog.load(dataDirectory: dataDirectory).current
    }

    /// A fresh folder under the system's temporary directory, removed after the test.
    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("damu-failure-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// A saved profile with a year of analyses in a new database file at `url`.
    @discardableResult
    static func demoDatabase(at url: URL, seed: UInt64 = 7) throws -> (Profile, [LessonAnalysis]) {
        let template = try template()
        let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: seed)
        try AppDatabase.open(at: url).saveDemo(profile: profile, analyses: analyses, template: template)
        return (profile, analyses)
    }

    /// Everything a teacher could lose, read through a connection of its own.
    static func contents(of url: URL) throws -> [String] {
        let database = try AppDatabase.open(at: url, create: false)
        var lines: [String] = []
        for profile in try database.profiles() {
            lines.append("\(profile)")
            for analysis in try database.history(profileID: profile.id).analyses { lines.append("\(analysis)") }
        }
        return lines
    }

    /// Repeats every lesson of the database at `url` `copies` times under new ids, as more years
    /// of lessons would be, through a connection that leaves its schema version as it is.
    static func repeatLessons(in url: URL, times copies: Int) throws {
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in
            let columns = try db.columns(in: "lessonAnalysis").map(\.name).filter { $0 != "id" }
            try db.execute(sql: """
                WITH RECURSIVE copy(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM copy WHERE n < \(copies))
                INSERT INTO lessonAnalysis (id, \(columns.map { "\"\($0)\"" }.joined(separator: ", ")))
                SELECT printf('%08X-0000-4000-8000-%012X', copy.n, lesson.rowid), \(columns.map { "lesson.\"\($0)\"" }.joined(separator: ", "))
                FROM copy, lessonAnalysis AS lesson
                """)
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    static func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Bytes of the file and of its -wal, as they are on disk.
    static func bytes(of url: URL) -> [Data?] {
        ["", "-wal"].map { try? Data(contentsOf: URL(fileURLWithPath: url.path + $0)) }
    }
}

/// An executable of this package, run with the repository's data and a test's own environment.
struct PackageExecutable {
    struct Result {
        let status: Int32
        /// Ended by a signal (then `status` is the signal's number).
        let signalled: Bool
        let stdout: String
        let stderr: String
    }

    let url: URL

    init(_ url: URL) { self.url = url }

    init(_ name: String, near test: AnyClass) throws {
        // On Linux the test bundle is a plain executable in the products folder (swift 6.3).
        let bundle = Bundle(for: test).bundleURL
        let candidates = [bundle.appendingPathComponent(name), bundle.deletingLastPathComponent().appendingPathComponent(name)]
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw DamuError.storage("\(name) was not built; looked at \(candidates.map(\.path))")
        }
        url = found
    }

    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["DAMU_DB"] = nil
        environment["DAMU_DATA_DIR"] = FailureFixtures.dataDirectory.path
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("xdg").path
        environment["LANGUAGE"] = "en"
        environment["LC_ALL"] = "C.UTF-8"
        environment.merge(extra) { $1 }
        return environment
    }

    /// Starts the process with its output going to files in `home`; the caller waits or kills.
    func start(_ arguments: [String], home: URL, extra: [String: String] = [:]) throws -> Running {
        let id = UUID().uuidString
        let out = home.appendingPathComponent("stdout-\(id)"), err = home.appendingPathComponent("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = makeProcess(arguments, home: home, extra: extra)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        return Running(process: process, stdout: out, stderr: err)
    }

    /// The program in `home`, with the test's environment and nothing on its input.
    private func makeProcess(_ arguments: [String], home: URL, extra: [String: String] = [:]) -> Process {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = Self.environment(home: home, extra: extra)
        process.currentDirectoryURL = home
        process.standardInput = FileHandle.nullDevice
        return process
    }

    func run(_ arguments: [String], home: URL, extra: [String: String] = [:]) throws -> Result {
        let running = try start(arguments, home: home, extra: extra)
        return try running.finish()
    }

    /// Runs with stdout and stderr on pipes: for a child that cannot write files (a full disk).
    func runWithPipes(_ arguments: [String], home: URL) throws -> Result {
        let process = makeProcess(arguments, home: home)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Small outputs: read one pipe to its end, then the other, then wait.
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self))
    }

    /// Runs with stderr on a terminal, as in a teacher's shell: a pseudo-terminal the test reads
    /// (which ends each line with CR LF, as a terminal is sent it).
    func runWithStderrOnTerminal(_ arguments: [String], home: URL) throws -> Result {
        // posix_openpt and its kin are hidden from Swift by glibc's feature macros, and the ioctl
        // numbers are macros it cannot import: TIOCSPTLCK and TIOCGPTN in Linux's generic layout
        // (x86-64 and arm64 alike), which is what unlockpt and ptsname use.
        let unlockRequest: UInt = 0x4004_5431, numberRequest: UInt = 0x8004_5430
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: CInt = 0, number: CInt = 0
        guard master >= 0, ioctl(master, unlockRequest, &unlock) == 0, ioctl(master, numberRequest, &number) == 0 else {
            throw DamuError.storage("no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        let terminal = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard terminal >= 0 else { throw DamuError.storage("cannot open /dev/pts/\(number)") }
        let process = makeProcess(arguments, home: home)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(fileDescriptor: terminal, closeOnDealloc: false)
        try process.run()
        // Only the child holds the terminal now: reading ends (EIO) once it has exited.
        close(terminal)
        var errors = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            errors.append(contentsOf: buffer[0..<count])
        }
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self))
    }

    struct Running {
        let process: Process
        let stdout: URL
        let stderr: URL

        func finish() throws -> Result {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: stdout)
                try? FileManager.default.removeItem(at: stderr)
            }
            return Result(
                status: process.terminationStatus,
                signalled: process.terminationReason == .uncaughtSignal,
                stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
                stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
        }
    }
}
