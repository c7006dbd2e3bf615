import DamuCore
import DamuStore
import Foundation
import XCTest

/// A temporary home for each test: its own database path, output folder and `damu` runner.
class CLITestCase: XCTestCase {
    var home: URL!
    var damu: DamuProcess!
    var databaseURL: URL { home.appendingPathComponent("data/damu.sqlite") }

    override func setUpWithError() throws {
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("damu-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        damu = DamuProcess(executable: try DamuProcess.executable(near: Self.self), home: home)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: home)
    }

    /// `damu demo` into the test's database; returns what the generator made for the same arguments.
    @discardableResult
    func makeDemo(language: String = "kk", seed: UInt64 = 4) throws -> (Profile, [LessonAnalysis]) {
        let result = try damu.run(
            ["demo", "--db", databaseURL.path, "--language", language, "--year", "2025", "--seed", String(seed)])
        XCTAssertEqual(result.status, 0, result.stderr)
        let template = try TemplateCatalog.load(dataDirectory: DamuProcess.repositoryRoot.appendingPathComponent("data")).current
        return DemoYear.make(template: template, language: language, startingYear: 2025, seed: seed)
    }

    func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Files in the test's home other than the database folder: what a command left behind.
    func looseFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0 != "data" && $0 != "xdg" }.sorted()
    }
}
