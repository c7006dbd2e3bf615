import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// The importer meets 10,000 damaged bundles made from valid ones (a teacher's whole year, a
/// small profile, an annual card, the committed version 1 and 2 files), with a fixed seed so every run
/// sees the same files: it never crashes or hangs, refuses with a `DamuError` that says something,
/// and a refused file leaves every table as it was. A damaged file can still be valid; those are
/// imported, counted, and the database must stay whole.
final class BundleFuzzTests: XCTestCase {
    static let seed: UInt64 = 0xDA3B_0D1E_F022_0007
    static let caseCount = 10_000
    /// Far beyond the slowest honest case (a damaged year with a megabyte string, in a debug build
    /// on a busy PC): only a hang or runaway work reaches it.
    static let caseTimeLimit: TimeInterval = 60

    func testTheImporterSurvivesTenThousandMutatedBundles() throws {
        let sources = try Self.sources()
        let mutator = BundleMutator(sources: sources)
        let database = try AppDatabase.inMemory()
        // The database already holds a small profile and the year's annual card: damaged files meet
        // records to update, to keep, and to refuse as another profile's.
        for name in ["small profile", "annual card"] {
            let source = try XCTUnwrap(sources.first { $0.name == name })
            try database.importBundle(try BundleReader.read(source.bytes, origin: name))
        }
        let digest = try TableDigest(database)
        var digesting = 0.0
        func contents() throws -> [String] {
            let clock = Date()
            defer { digesting += Date().timeIntervalSince(clock) }
            return try digest.value()
        }
        var before = try contents()
        var refused = 0, accepted = 0, slowest = (seconds: 0.0, index: 0)
        var messages: [String: Int] = [:]
        var cost: [String: (cases: Int, making: Double, importing: Double)] = [:]
        let started = Date()

        for index in 0..<Self.caseCount {
            // Each case has a generator of its own: case N is the same file whatever the others do.
            var rng = SplitMix64(seed: Self.seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
            let making = Date()
            let (bytes, source, what) = mutator.mutant(&rng)
            cost[source, default: (0, 0, 0)].cases += 1
            cost[source]!.making += Date().timeIntervalSince(making)
            let name = String(format: "case %d of seed 0x%016llX (%@)", index, Self.seed, String(what.prefix(300)))
            let clock = Date()
            guard let outcome = Self.importWithin(Self.caseTimeLimit, bytes, origin: "case-\(index).json", into: database) else {
                XCTFail("\(name) did not finish within \(Int(Self.caseTimeLimit)) s")
                return
            }
            let seconds = Date().timeIntervalSince(clock)
            cost[source]!.importing += seconds
            if seconds > slowest.seconds { slowest = (seconds, index) }
            switch outcome {
            case .success:
                accepted += 1
                before = try contents()
            case let .failure(error):
                refused += 1
                guard let error = error as? DamuError else {
                    XCTFail("\(name) was refused with \(type(of: error)), not a DamuError: \(error)")
                    continue
                }
                let message: String
                switch error {
                case let .invalid(_, text): message = text
                case let .notFound(text), let .storage(text), let .template(text): message = text
                }
                XCTAssertFalse(message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(name): an empty message in \(error)")
                messages[Self.kind(of: message), default: 0] += 1
                let after = try contents()
                XCTAssertEqual(after, before, "\(name) was refused (\(error)) but changed the database")
                before = after
            }
            if index % 1000 == 999 {
                print(String(format: "bundle fuzz: %d cases, %.0f s", index + 1, Date().timeIntervalSince(started)))
                fflush(nil)
            }
        }

        let checks = try database.read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        XCTAssertEqual(checks.0, ["ok"])
        XCTAssertEqual(checks.1, 0, "foreign keys broken")
        XCTAssertEqual(refused + accepted, Self.caseCount)
        print(String(
            format: "bundle fuzz: seed 0x%016llX, %d cases: %d refused, %d accepted (still valid), database intact; slowest case %d took %.2f s, all took %.0f s",
            Self.seed, Self.caseCount, refused, accepted, slowest.index, slowest.seconds, Date().timeIntervalSince(started)))
        for (source, figures) in cost.sorted(by: { $0.key < $1.key }) {
            print(String(
                format: "  %@: %d cases, %.1f s making them, %.1f s reading and importing",
                source, figures.cases, figures.making, figures.importing))
        }
        print(String(format: "  the digest of every table after each case: %.1f s in all", digesting))
        print("bundle fuzz: the most frequent refusals:")
        for (message, count) in messages.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).prefix(12) {
            print("  \(count) × \(message)")
        }
    }

    /// Reads and imports on another thread, so a hang fails the test instead of stopping the suite.
    private static func importWithin(
        _ limit: TimeInterval, _ bytes: Data, origin: String, into database: AppDatabase
    ) -> Result<Void, any Error>? {
        let box = OutcomeBox()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            box.outcome = Result { try database.importBundle(try BundleReader.read(bytes, origin: origin)) }.map { _ in () }
            done.signal()
        }
        guard done.wait(timeout: .now() + limit) == .success else { return nil }
        return box.outcome
    }

    private final class OutcomeBox: @unchecked Sendable {
        // Written before the semaphore is signalled, read after it is waited for.
        var outcome: Result<Void, any Error>?
    }

    /// A message without the numbers, names and excerpts that differ between files.
    private static func kind(of message: String) -> String {
        String(message.prefix(60)).replacingOccurrences(of: "[0-9]+", with: "N", options: .regularExpression)
    }

    /// Valid bundles made by the real export: the demo year (with deletions), a small profile of
    /// another teacher, the year's annual card alone, and the committed version 1 and 2 files.
    static func sources() throws -> [BundleMutator.Source] {
        let template = try FailureFixtures.template()
        let cardsTemplate = try ReflectionCardsCatalog.load(dataDirectory: FailureFixtures.dataDirectory).current
        let year = try AcademicYear(startYear: 2025)
        let database = try AppDatabase.inMemory()

        var (teacher, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 7)
        teacher.isNewTeacher = true  // a new teacher also keeps weekly cards
        let cards = DemoReflectionCards.make(
            profile: teacher, analyses: analyses, template: cardsTemplate, language: "kk", academicYear: year, seed: 7)
        try database.saveDemo(profile: teacher, analyses: analyses, template: template, cards: cards, cardsTemplate: cardsTemplate)
        try database.deleteAnalysis(id: analyses[3].id)
        try database.deleteReflectionCard(id: cards[2].id)

        var (colleague, lessons) = DemoYear.make(template: template, language: "ru", startingYear: 2025, seed: 11)
        colleague.fullName = "Мария Ивановна Петрова"
        colleague.isNewTeacher = true
        lessons = Array(lessons.prefix(4))
        let colleagueCards = Array(DemoReflectionCards.make(
            profile: colleague, analyses: lessons, template: cardsTemplate, language: "ru", academicYear: year, seed: 11).prefix(3))
        try database.saveDemo(profile: colleague, analyses: lessons, template: template, cards: colleagueCards, cardsTemplate: cardsTemplate)

        func exported(_ profile: Profile, _ scope: DamuBundle.Scope) throws -> Data {
            try database.exportBundle(profileID: profile.id, scope: scope, exportedAt: Date(timeIntervalSince1970: 1_790_000_000)).encoded()
        }
        let fixture = { (name: String) in
            try Data(contentsOf: FailureFixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles/\(name)"))
        }
        // The year is a megabyte: picked less often, so 10,000 cases stay a matter of minutes.
        let files: [(String, Data, Int)] = [
            ("demo year", try exported(teacher, .init(kind: .profile)), 1),
            ("small profile", try exported(colleague, .init(kind: .profile)), 6),
            ("small year", try exported(colleague, .init(kind: .academicYear, academicYear: year)), 4),
            ("annual card", try exported(teacher, .init(kind: .annualCard, academicYear: year)), 4),
            ("version 1 file", try fixture("valid-v1.json"), 5),
            // Route sheets with mark histories and wheels, and both individual routes.
            ("version 2 file", try fixture("valid-v2.json"), 4),
        ]
        return try files.map { name, bytes, weight in
            BundleMutator.Source(
                name: name, bytes: bytes, tree: MutableJSON(try JSONDecoder().decode(JSONValue.self, from: bytes)), weight: weight)
        }
    }
}
