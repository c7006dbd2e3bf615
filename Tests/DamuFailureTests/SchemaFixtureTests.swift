import DamuCore
@testable import DamuStore
import DamuTestSupport
import Foundation
import GRDB
import XCTest

/// Every schema version Damu has had is kept as a database under Tests/Fixtures/databases, written
/// by the Damu of that version, with what it held beside it. Each must open in this version,
/// migrated, with all of it there: profiles, lessons, edits and tombstones.
final class SchemaFixtureTests: XCTestCase {
    struct Expected: Decodable {
        var migrations: [String]
        var profiles: [Profile]
        var histories: [String: [LessonAnalysis]]
        var deletedProfile: UUID
        var deletedProfileAnalyses: Int
        var deletedAnalyses: [UUID]
        /// Absent from fixtures older than schema v2.
        var routeSheets: [String: [RouteSheet]]?
        var professionalRoutes: [String: [ProfessionalDevelopmentRoute]]?
        var educationalRoutes: [String: [EducationalRoute]]?
        var deletedProfileRouteSheets: Int?
        /// Absent from fixtures older than schema v3 (reflection cards).
        var cards: [String: [ReflectionCard]]?
        var deletedCards: [UUID]?
        /// Absent from fixtures older than schema v7 (unsaved drafts).
        var drafts: [String: AnalysisDraft]?
        /// Absent from fixtures older than schema v8 (unsaved reflection cards).
        var cardDrafts: [String: ReflectionCardDrafts]?
        /// Absent from fixtures older than schema v9 (the unsaved profile form).
        var profileDraft: ProfileDraft?
    }

    static let fixtures = FailureFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/databases", isDirectory: true)

    /// `schema-v3.sqlite` for the database with the first three migrations applied.
    static func fixture(_ version: Int) -> (database: URL, expected: URL) {
        (fixtures.appendingPathComponent("schema-v\(version).sqlite"),
         fixtures.appendingPathComponent("schema-v\(version).expected.json"))
    }

    /// What a fixture holds. Fixtures older than schema v4 were written before route sheets and
    /// routes kept their language, which the migration reads off their texts; each fixture teacher
    /// wrote everything in one language, the language of their lessons, and that is the one expected.
    static func expected(from data: Data) throws -> Expected {
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        let histories = object["histories"] as? [String: [[String: Any]]] ?? [:]
        for key in ["routeSheets", "professionalRoutes", "educationalRoutes"] {
            guard var byProfile = object[key] as? [String: [[String: Any]]] else { continue }
            for (profile, records) in byProfile {
                let language = histories[profile]?.first?["language"] as? String
                byProfile[profile] = records.map { record in
                    var record = record
                    if record["language"] == nil { record["language"] = language }
                    return record
                }
            }
            object[key] = byProfile
        }
        return try JSONDecoder().decode(Expected.self, from: JSONSerialization.data(withJSONObject: object))
    }

    /// Each table and index, with the SQL that made it.
    static func schema(of database: AppDatabase) throws -> [String] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
                .map { row in "\(row["type"] as String) \(row["name"] as String): \(row["sql"] as String? ?? "")" }
        }
    }

    func testThereIsAFixtureForEverySchemaVersion() throws {
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path))
        for version in 1...AppDatabase.knownMigrations.count {
            let (database, expected) = Self.fixture(version)
            XCTAssertTrue(names.contains(database.lastPathComponent),
                          "no fixture for schema v\(version): see Tests/Fixtures/README.md")
            XCTAssertTrue(names.contains(expected.lastPathComponent), expected.lastPathComponent)
        }
    }

    func testEveryFixtureMigratesToTheCurrentSchemaWithAllItsData() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let freshSchema = try Self.schema(of: AppDatabase.open(at: folder.appendingPathComponent("new.sqlite")))
        XCTAssertTrue(freshSchema.contains { $0.hasPrefix("index lessonAnalysis_liveInHistoryOrder") }, "\(freshSchema)")
        for version in 1...AppDatabase.knownMigrations.count {
            let (fixture, expectedURL) = Self.fixture(version)
            guard FileManager.default.fileExists(atPath: fixture.path) else { continue }  // the test above fails
            let expected = try Self.expected(from: Data(contentsOf: expectedURL))
            XCTAssertEqual(expected.migrations, Array(AppDatabase.knownMigrations.prefix(version)), "v\(version)")
            let original = try Data(contentsOf: fixture)

            // A copy: the committed file is never opened for writing.
            let url = folder.appendingPathComponent("v\(version).sqlite")
            try original.write(to: url)
            // The window shows the update while it runs, off the main thread.
            XCTAssertEqual(try AppDatabase.prepareToOpen(at: url, create: false).willUpdate, version < AppDatabase.knownMigrations.count, "v\(version)")
            let database = try AppDatabase.open(at: url, create: false)
            XCTAssertEqual(try database.appliedMigrations(), AppDatabase.knownMigrations, "v\(version) migrated")
            XCTAssertFalse(try AppDatabase.prepareToOpen(at: url, create: false).willUpdate, "v\(version) once migrated")
            XCTAssertEqual(try database.integrityCheck(), "ok")
            XCTAssertEqual(try Self.schema(of: database), freshSchema, "v\(version) migrated has the tables and indexes of a new database")
            XCTAssertEqual(try database.profiles(), expected.profiles, "v\(version): profiles")
            for profile in expected.profiles {
                let history = try database.history(profileID: profile.id).analyses
                XCTAssertEqual(history, expected.histories[profile.id.uuidString], "v\(version): lessons of \(profile.fullName)")
                for analysis in history {
                    XCTAssertNoThrow(try database.template(of: analysis), "the template it was answered against")
                }
                XCTAssertEqual(
                    try database.lessonOverview(profileID: profile.id).lessons, history.map(LessonSummary.init),
                    "v\(version): the lesson list of \(profile.fullName)")
                let key = profile.id.uuidString
                if let sheets = expected.routeSheets {
                    let stored = try database.routeSheets(profileID: profile.id)
                    XCTAssertEqual(stored, sheets[key] ?? [], "v\(version): route sheets of \(profile.fullName)")
                    for sheet in stored {
                        XCTAssertNoThrow(try database.template(of: sheet), "the route sheet's template")
                    }
                } else {
                    XCTAssertEqual(try database.routeSheets(profileID: profile.id), [], "v\(version) had no route sheets")
                }
                if let routes = expected.professionalRoutes {
                    XCTAssertEqual(try database.professionalRoutes(profileID: profile.id), routes[key] ?? [], "v\(version): Table 17")
                }
                if let routes = expected.educationalRoutes {
                    XCTAssertEqual(try database.educationalRoutes(profileID: profile.id), routes[key] ?? [], "v\(version): Table 18")
                }
            }
            for (profileID, cards) in expected.cards ?? [:] {
                let id = try XCTUnwrap(UUID(uuidString: profileID))
                XCTAssertEqual(try database.reflectionCards(profileID: id), cards, "v\(version): cards")
                for card in cards {
                    XCTAssertNoThrow(try database.template(of: card), "the card template it was answered against")
                }
            }
            for id in expected.deletedCards ?? [] {
                XCTAssertNil(try database.reflectionCard(id: id), "v\(version): card \(id) stays deleted")
            }
            for profile in expected.profiles {
                let kept = try database.draft(profileID: profile.id)
                XCTAssertEqual(kept?.draft, expected.drafts?[profile.id.uuidString], "v\(version): unsaved draft")
                if let kept { XCTAssertNoThrow(try database.template(of: kept.draft.base), "its template's snapshot") }
                XCTAssertEqual(try database.cardDrafts(profileID: profile.id)?.drafts, expected.cardDrafts?[profile.id.uuidString],
                               "v\(version): unsaved cards")
            }
            XCTAssertEqual(try database.profileDraft()?.draft, expected.profileDraft, "v\(version): unsaved profile form")
            // Tombstones survive the migration, and so does what they hide.
            XCTAssertNil(try database.profile(id: expected.deletedProfile))
            try database.restoreProfile(id: expected.deletedProfile)
            XCTAssertEqual(try database.history(profileID: expected.deletedProfile).analyses.count, expected.deletedProfileAnalyses)
            XCTAssertNil(try database.draft(profileID: expected.deletedProfile), "v\(version): a draft goes with its profile")
            XCTAssertNil(try database.cardDrafts(profileID: expected.deletedProfile), "v\(version): so do unsaved cards")
            if let sheets = expected.deletedProfileRouteSheets {
                XCTAssertEqual(try database.routeSheets(profileID: expected.deletedProfile).count, sheets, "v\(version): sheets restored")
            }
            for id in expected.deletedAnalyses {
                XCTAssertNil(try database.analysis(id: id), "v\(version): \(id) stays deleted")
                try database.restoreAnalysis(id: id)
                XCTAssertNotNil(try database.analysis(id: id), "v\(version): \(id) restorable")
            }
            XCTAssertEqual(try Data(contentsOf: fixture), original, "the committed fixture is untouched")
        }
    }

    /// Seconds of silence from `damu profiles list` on a large older database would look like a
    /// hang: the command says it is updating the database, once, on stderr beside its answer.
    func testTheCommandLineSaysWhenItUpdatesAnOlderDatabase() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        let url = folder.appendingPathComponent("v5.sqlite")
        try FileManager.default.copyItem(at: Self.fixture(5).database, to: url)
        let expected = try Self.expected(from: Data(contentsOf: Self.fixture(5).expected))

        let first = try damu.run(["profiles", "list", "--db", url.path], home: folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stderr, "damu: Updating the database \(url.path) to this version of Damu; this happens once.\n")
        for profile in expected.profiles {
            XCTAssertTrue(first.stdout.contains(profile.fullName), first.stdout)
        }
        XCTAssertEqual(try AppDatabase.open(at: url, create: false).appliedMigrations(), AppDatabase.knownMigrations)

        let second = try damu.run(["profiles", "list", "--db", url.path], home: folder)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.stderr, "", "updated already")
        XCTAssertEqual(second.stdout, first.stdout)
    }

    /// In a terminal, an update that rewrites every lesson counts them on one line as it goes.
    func testTheCommandLineCountsTheLessonsOnATerminal() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        let url = folder.appendingPathComponent("v4.sqlite")
        try FileManager.default.copyItem(at: Self.fixture(4).database, to: url)
        try FailureFixtures.repeatLessons(in: url, times: 140)
        let piped = folder.appendingPathComponent("piped.sqlite")
        try FileManager.default.copyItem(at: url, to: piped)

        let result = try damu.runWithStderrOnTerminal(["profiles", "list", "--db", url.path], home: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        let note = "damu: Updating the database \(url.path) to this version of Damu; this happens once.\r\n"
        let counts = (0...2).map { "\rdamu: Lessons updated: \($0 * 1000) of 2538" }.joined()
        XCTAssertEqual(result.stderr, note + counts + "\rdamu: Lessons updated: 2538 of 2538\r\n")
        XCTAssertEqual(try AppDatabase.open(at: url, create: false).appliedMigrations(), AppDatabase.knownMigrations)

        // Into a file or a pipe, the note alone: a log is not a terminal.
        let logged = try damu.run(["profiles", "list", "--db", piped.path], home: folder)
        XCTAssertEqual(logged.stderr, "damu: Updating the database \(piped.path) to this version of Damu; this happens once.\n")
        XCTAssertEqual(logged.stdout, result.stdout)
    }

    /// A disk that fills up during an update: the message starts a line of its own, right after
    /// the count if one is on screen, the database is as it was, and with space again the next
    /// start finishes the update. The disk fills once the log has taken 64 KiB: GRDB's first write,
    /// which makes the log exist for readers, fits; the lessons' rewrite and the index do not.
    func testAnUpdateStoppedByAFullDiskSaysSoOnALineOfItsOwn() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        for version in [4, 5] {
            // v4 rewrites every lesson (counted); v5 only builds v6's index (not counted).
            let url = folder.appendingPathComponent("v\(version).sqlite")
            try FileManager.default.copyItem(at: Self.fixture(version).database, to: url)
            try FailureFixtures.repeatLessons(in: url, times: 140)
            let before = try TableDigest.state(of: url)

            let disk = try FullDisk(filesUpTo: 64 * 1024)
            let stopped = try damu.runWithStderrOnTerminal(["profiles", "list", "--db", url.path], home: folder)
            disk.restore()
            XCTAssertEqual(stopped.status, 1, stopped.stderr)
            var lines = stopped.stderr.components(separatedBy: "\r\n")
            XCTAssertEqual(lines.removeFirst(), "damu: Updating the database \(url.path) to this version of Damu; this happens once.")
            XCTAssertEqual(lines.removeLast(), "", "the message ends its line")
            let message = lines.removeLast()
            XCTAssertTrue(message.hasPrefix("damu: Damu could not write to \(url.path): the disk may be full"), message)
            XCTAssertTrue(message.hasSuffix("Nothing was saved."), message)
            if version == 4 {
                // The counts share one line, each back at its start; no empty line follows them.
                XCTAssertEqual(lines.count, 1, stopped.stderr.debugDescription)
                XCTAssertTrue(lines.first?.hasPrefix("\rdamu: Lessons updated: 0 of 2538") ?? false, stopped.stderr.debugDescription)
            } else {
                XCTAssertEqual(lines, [], "nothing between the note and the message: \(stopped.stderr.debugDescription)")
            }
            let after = try TableDigest.state(of: url)
            XCTAssertEqual(after.integrity, "ok")
            XCTAssertEqual(after.applied, before.applied, "v\(version): no step of the update was kept")
            XCTAssertEqual(after.digest, before.digest, "v\(version): every row is as it was")

            let again = try damu.run(["profiles", "list", "--db", url.path], home: folder)
            XCTAssertEqual(again.status, 0, again.stderr)
            XCTAssertEqual(try TableDigest.state(of: url).applied, AppDatabase.knownMigrations)
        }
    }
}
