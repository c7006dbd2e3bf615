import DamuCore
import DamuStore
import Foundation
import XCTest

/// `damu export` and `damu import` run as a teacher would, and every file they write checked
/// against the committed JSON Schema by a real validator (Python's jsonschema).
final class BundleCommandTests: CLITestCase {
    var schema: URL { DamuProcess.repositoryRoot.appendingPathComponent("data/damu-bundle.schema.json") }

    /// Runs the schema validator on `files`; returns its status and output.
    func validate(_ files: [URL]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [DamuProcess.repositoryRoot.appendingPathComponent("Tests/schema/validate-bundle.py").path, schema.path]
            + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The kinds of record a bundle file holds, read as plain JSON.
    func kinds(in file: URL) throws -> Set<String> {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        return Set((object?["records"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
    }

    func testTheDemoYearRoundTripsThroughTheCommandLine() throws {
        let demo = try damu.run(["demo", "--db", databaseURL.path, "--year", "2025", "--seed", "5", "--new-teacher"])
        XCTAssertEqual(demo.status, 0, demo.stderr)
        XCTAssertTrue(demo.stdout.contains("annual reflection card"), demo.stdout)
        let first = home.appendingPathComponent("first.json"), second = home.appendingPathComponent("second.json")
        let withoutProfile = try damu.run(["export", "--db", databaseURL.path, "-o", first.path])
        XCTAssertEqual(withoutProfile.status, 64, "--profile is required")
        XCTAssertFalse(FileManager.default.fileExists(atPath: first.path))

        let profile = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false).profiles().first)
        let exported = try damu.run(["export", "--db", databaseURL.path, "--profile", profile.id.uuidString, "-o", first.path])
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertTrue(exported.stdout.contains("32 lesson analyses"), exported.stdout)
        XCTAssertTrue(exported.stdout.contains("1 route sheet with its development wheel"), exported.stdout)
        XCTAssertTrue(exported.stdout.contains("2 individual routes"), exported.stdout)
        XCTAssertEqual(try permissions(first), 0o600)

        let other = home.appendingPathComponent("other.sqlite")
        let dry = try damu.run(["import", "--db", other.path, first.path, "--dry-run"])
        XCTAssertEqual(dry.status, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("Nothing was changed"), dry.stdout)
        XCTAssertTrue(dry.stdout.contains("Route sheets with development wheels: 1 to add, 0 to update, 0 unchanged"),
                      "counts ahead of an import say what would happen: \(dry.stdout)")
        XCTAssertTrue(try AppDatabase.open(at: other, create: false).profiles().isEmpty, "--dry-run imports nothing")

        let imported = try damu.run(["import", "--db", other.path, first.path])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        XCTAssertTrue(imported.stdout.contains("0 updated, 0 unchanged"), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("Route sheets with development wheels: 1 added, 0 updated, 0 unchanged"), imported.stdout)
        // The lines kind by kind, the profile's among them, add up to the first line's count.
        let addedCounts = imported.stdout.split(separator: "\n").compactMap { line in
            line.firstMatch(of: /(\d+) added/).map { Int($0.1)! }
        }
        XCTAssertEqual(addedCounts.first, addedCounts.dropFirst().reduce(0, +), imported.stdout)
        XCTAssertTrue(imported.stdout.contains("  Profile: 1 added"), imported.stdout)
        let twice = try damu.run(["import", "--db", other.path, first.path])
        XCTAssertTrue(twice.stdout.contains("0 added, 0 updated"), twice.stdout)
        XCTAssertTrue(twice.stdout.contains("Educational routes: 0 added, 0 updated, 1 unchanged"), twice.stdout)

        let again = try damu.run(["export", "--db", other.path, "--profile", profile.fullName, "-o", second.path])
        XCTAssertEqual(again.status, 0, again.stderr)
        let lines = { (url: URL) in
            try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.contains("\"exportedAt\"") }
        }
        XCTAssertEqual(try lines(first), try lines(second), "the same JSON apart from exportedAt")
        XCTAssertNotEqual(try String(contentsOf: first, encoding: .utf8), try String(contentsOf: second, encoding: .utf8))
    }

    /// The demo has a route sheet with its wheel and both individual routes, so the exports hold
    /// every kind of record.
    func testEveryExportedFileValidatesAgainstTheCommittedSchema() throws {
        try makeDemo(seed: 6)
        let profile = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false).profiles().first)
        var files: [URL] = []
        for (name, extra) in [("all", []), ("year", ["--year", "2025-2026"]), ("card", ["--year", "2025-2026", "--annual-card"])] {
            let file = home.appendingPathComponent("\(name).json")
            let result = try damu.run(["export", "--db", databaseURL.path, "--profile", profile.id.uuidString, "-o", file.path] + extra)
            XCTAssertEqual(result.status, 0, result.stderr)
            files.append(file)
        }
        for file in files.prefix(2) {
            XCTAssertEqual(try kinds(in: file), Set(BundleRecord.Kind.allCases.map(\.rawValue)), "\(file.lastPathComponent) holds every kind")
        }
        XCTAssertEqual(try kinds(in: files[2]), ["reflectionCard"])
        for name in ["valid-v1.json", "valid-v2.json"] {
            files.append(DamuProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles/\(name)"))
        }
        let (status, output) = try validate(files)
        XCTAssertEqual(status, 0, output)
        XCTAssertEqual(output.components(separatedBy: ": valid").count - 1, files.count, output)

        // The validator is real: a score out of range fails it.
        let bad = DamuProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles/bad/wheel-score-11.json")
        let (badStatus, badOutput) = try validate([bad])
        XCTAssertEqual(badStatus, 1, badOutput)
        XCTAssertTrue(badOutput.contains("$.records[1].data.wheel.sectors[3].score"), badOutput)
        for (file, path) in [
            ("route-mark-unknown.json", "$.records[4].data.templateRows[2].marks[1].mark"),
            ("development-wheel-score-11.json", "$.records[4].data.wheel.sectors[2].end"),
            ("version-1-with-route-sheet.json", "$.records[4].kind"),
        ] {
            let (status, output) = try validate([DamuProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles/bad/\(file)")])
            XCTAssertEqual(status, 1, output)
            XCTAssertTrue(output.contains(path), output)
        }
    }

    /// A school imports its teachers' files in one command: each file is reported on its own line,
    /// a refused one is named with its reason, the rest still come in, and the status says not all did.
    func testSeveralFilesAreImportedEachOnItsOwn() throws {
        let fixtures = DamuProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles")
        let files = ["valid-v1.json", "bad/newer-version.json", "valid-v2.json"].map { fixtures.appendingPathComponent($0).path }
        let other = home.appendingPathComponent("school.sqlite")
        let dry = try damu.run(["import", "--db", other.path, "--dry-run"] + files)
        XCTAssertEqual(dry.status, 1, dry.stderr)
        XCTAssertEqual(dry.stdout.components(separatedBy: "Nothing was changed").count - 1, 2, dry.stdout)

        let result = try damu.run(["import", "--db", other.path] + files)
        XCTAssertEqual(result.status, 1, result.stderr)
        let imported = result.stdout.split(separator: "\n").filter { $0.hasPrefix("Imported ") }
        XCTAssertEqual(imported.count, 2, result.stdout)
        XCTAssertTrue(imported[0].contains("valid-v1.json") && imported[1].contains("valid-v2.json"), result.stdout)
        XCTAssertEqual(result.stderr, """
            damu: \(files[1]) was not imported: newer-version.json: $.version: the file is format version 3, newer than this Damu reads (up to 2): update Damu to import it
            damu: 1 of 3 files were not imported.

            """)
        XCTAssertEqual(try AppDatabase.open(at: other, create: false).profiles().count, 2)

        let none = try damu.run(["import", "--db", other.path])
        XCTAssertEqual(none.status, 64, "a file is required")
    }

    func testABadFileIsRefusedWithOneLineAndTheDatabaseIsUntouched() throws {
        try makeDemo(seed: 2)
        let before = try Data(contentsOf: databaseURL)
        let bad = DamuProcess.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles/bad/newer-version.json")
        let result = try damu.run(["import", "--db", databaseURL.path, bad.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "damu: newer-version.json: $.version: the file is format version 3, newer than this Damu reads (up to 2): update Damu to import it\n")
        XCTAssertEqual(try Data(contentsOf: databaseURL), before)
    }
}
