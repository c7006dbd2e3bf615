import DamuCore
@testable import DamuStore
import DamuTestSupport
import Foundation
import XCTest

/// A folder Damu may not write, and a disk with no room left: a save fails with a message that
/// says why and that nothing was saved, and the database is exactly as it was.
final class ReadOnlyAndFullDiskTests: XCTestCase {
    private var home: URL!
    private var data: URL!
    private var url: URL { data.appendingPathComponent("damu.sqlite") }
    private var template: LessonAnalysisTemplate!
    private var damu: PackageExecutable!

    override func setUpWithError() throws {
        home = try FailureFixtures.temporaryFolder(for: self)
        data = home.appendingPathComponent("data", isDirectory: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        template = try FailureFixtures.template()
        damu = try PackageExecutable("damu", near: Self.self)
    }

    private func newAnalysis(of profile: Profile) throws -> LessonAnalysis {
        var analysis = LessonAnalysis(
            profileID: profile.id, template: template, language: "kk",
            lesson: .init(date: try LessonDate(iso: "2025-11-20"), grade: "8 Б", subject: "Физика", topic: "Архимед заңы"))
        analysis.contextAnswers[0] = "Оқушылар тәжірибені өздері жасады."
        for index in analysis.wheel.sectors.indices { analysis.wheel.sectors[index].score = index + 2 }
        return analysis
    }

    private func assertNothingSaved(_ error: Error, mentions fragments: [String], file: StaticString = #filePath, line: UInt = #line) {
        guard case let DamuError.storage(message) = error else { return XCTFail("\(error)", file: file, line: line) }
        for fragment in fragments {
            XCTAssertTrue(message.contains(fragment), "“\(fragment)” not in: \(message)", file: file, line: line)
        }
    }

    func testReadOnlyFolderOpensForReadingAndEverySaveSaysWhy() throws {
        let (profile, analyses) = try FailureFixtures.demoDatabase(at: url)
        let before = try FailureFixtures.contents(of: url)
        let files = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted()
        let bytes = FailureFixtures.bytes(of: url)

        // The command line's output files are made in `home` by whoever the process is then, and
        // the unprivileged user may not reach the checkout (CI clones into a 0700 folder): it runs
        // a copy of `damu` and of the instrument data from `home`.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: home.path)
        let tools = home.appendingPathComponent("tools", isDirectory: true)
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: damu.url, to: tools.appendingPathComponent("damu"))
        try FileManager.default.copyItem(at: FailureFixtures.dataDirectory, to: tools.appendingPathComponent("data"))
        let damu = PackageExecutable(tools.appendingPathComponent("damu"))
        let copiedData = ["DAMU_DATA_DIR": tools.appendingPathComponent("data").path]
        let readOnly = try ReadOnlyFolder(data)
        defer { try? readOnly.restore() }
        XCTAssertFalse(readOnly.isWritable, "the folder must really be read-only for this process")
        let database = try AppDatabase.open(at: url)
        XCTAssertTrue(database.isReadOnly)
        XCTAssertEqual(try database.history(profileID: profile.id).analyses.count, analyses.count, "everything can be read")

        XCTAssertThrowsError(try database.save(try newAnalysis(of: profile), template: template)) { error in
            assertNothingSaved(error, mentions: [url.path, "read-only", "Nothing was saved"])
        }
        var renamed = profile
        renamed.school = "Басқа мектеп"
        XCTAssertThrowsError(try database.save(renamed)) { error in
            assertNothingSaved(error, mentions: ["read-only", "Nothing was saved"])
        }
        XCTAssertThrowsError(try database.deleteAnalysis(id: analyses[0].id)) { error in
            assertNothingSaved(error, mentions: ["read-only"])
        }
        // The command line, started meanwhile, is in the same folder with the same rights.
        let list = try damu.run(["profiles", "list", "--db", url.path], home: home, extra: copiedData)
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertTrue(list.stdout.contains(profile.fullName))
        let demo = try damu.run(["demo", "--db", url.path, "--seed", "9"], home: home, extra: copiedData)
        XCTAssertNotEqual(demo.status, 0)
        XCTAssertTrue(demo.stderr.hasPrefix("damu: "), demo.stderr)
        XCTAssertTrue(demo.stderr.contains("read-only") && demo.stderr.contains("Nothing was saved"), demo.stderr)

        try readOnly.restore()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).sorted(), files, "no file was added")
        XCTAssertEqual(FailureFixtures.bytes(of: url), bytes, "not a byte changed")
        XCTAssertEqual(try FailureFixtures.contents(of: url), before)
    }

    /// A database from before schema v6 in a folder Damu may not write: v6 only adds an index,
    /// so it opens read-only, whole, without it. One from before v5 lacks a column Damu reads
    /// (each lesson's wheel scores) and is refused with a message that says why.
    func testAnOlderDatabaseInAReadOnlyFolderIsReadWithoutItsMissingIndex() throws {
        let v5 = SchemaFixtureTests.fixture(5)
        try FileManager.default.copyItem(at: v5.database, to: url)
        let expected = try SchemaFixtureTests.expected(from: Data(contentsOf: v5.expected))
        let bytes = FailureFixtures.bytes(of: url)
        do {
            let readOnly = try ReadOnlyFolder(data)
            defer { try? readOnly.restore() }
            XCTAssertFalse(try AppDatabase.prepareToOpen(at: url).willUpdate, "a database that cannot be written opens as it is")
            let database = try AppDatabase.open(at: url)
            XCTAssertTrue(database.isReadOnly)
            XCTAssertEqual(try database.appliedMigrations(), Array(AppDatabase.knownMigrations.prefix(5)), "nothing was migrated")
            XCTAssertEqual(try database.profiles(), expected.profiles)
            let counts = try database.analysisCounts()
            for profile in expected.profiles {
                let history = try database.history(profileID: profile.id)
                XCTAssertEqual(history.analyses, expected.histories[profile.id.uuidString], profile.fullName)
                XCTAssertEqual(counts[profile.id], history.isEmpty ? nil : history.analyses.count, profile.fullName)
                XCTAssertEqual(try database.latestAnalysis(profileID: profile.id), history.latest, profile.fullName)
                XCTAssertNil(try database.draft(profileID: profile.id), "no table of drafts, so no draft")
                XCTAssertNil(try database.cardDrafts(profileID: profile.id), "nor unsaved cards")
            }
        }
        XCTAssertEqual(FailureFixtures.bytes(of: url), bytes, "not a byte changed")

        let older = data.appendingPathComponent("older.sqlite")
        try FileManager.default.copyItem(at: SchemaFixtureTests.fixture(4).database, to: older)
        let readOnly = try ReadOnlyFolder(data)
        defer { try? readOnly.restore() }
        XCTAssertThrowsError(try AppDatabase.open(at: older)) { error in
            guard case let DamuError.storage(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains(older.path) && message.contains("needs updating") && message.contains("read-only"), message)
        }
    }

    func testAFullDiskWhileSavingLeavesTheDatabaseAsItWasAndTheSaveCanBeRepeated() throws {
        let (profile, _) = try FailureFixtures.demoDatabase(at: url)
        let database = try AppDatabase.open(at: url)
        let before = try FailureFixtures.contents(of: url)
        let analysis = try newAnalysis(of: profile)
        var edited = try XCTUnwrap(database.history(profileID: profile.id).latest)
        edited.coachingAnswers[0] = String(repeating: "Келесі сабақта топтық жұмысқа көбірек уақыт беремін. ", count: 60)

        let disk = try FullDisk()
        XCTAssertThrowsError(try database.save(analysis, template: template)) { error in
            assertNothingSaved(error, mentions: [url.path, "Nothing was saved"])
        }
        XCTAssertThrowsError(try database.save(edited, template: template)) { error in
            assertNothingSaved(error, mentions: ["Nothing was saved"])
        }
        // The command line started meanwhile cannot write either, and says so on stderr (a pipe).
        let demo = try damu.runWithPipes(["demo", "--db", url.path, "--seed", "9"], home: home)
        disk.restore()
        XCTAssertNotEqual(demo.status, 0)
        XCTAssertTrue(demo.stderr.hasPrefix("damu: "), demo.stderr)
        XCTAssertTrue(demo.stderr.contains("Nothing was saved"), demo.stderr)

        XCTAssertEqual(try FailureFixtures.contents(of: url), before, "the database is as it was")
        XCTAssertEqual(try database.integrityCheck(), "ok")
        // Space again: the same connection saves what the teacher kept in the window.
        let stored = try database.save(analysis, template: template)
        XCTAssertEqual(try database.analysis(id: analysis.id), stored)
        try database.save(edited, template: template)
        XCTAssertEqual(try database.analysis(id: edited.id)?.coachingAnswers[0], edited.coachingAnswers[0].trimmingCharacters(in: .whitespaces))
    }
}
