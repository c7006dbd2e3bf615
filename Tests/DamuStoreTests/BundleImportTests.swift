import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Export and import through the store: a demo year leaves and comes back whole; a file is merged
/// by id and update time in one transaction; every bad file changes nothing.
final class BundleImportTests: XCTestCase {
    static let bundles = StoreFixtures.dataDirectory.deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/bundles", isDirectory: true)

    /// A database with the demo year of a new teacher: analyses, an annual card, weekly cards, a deletion.
    func demoDatabase() throws -> (AppDatabase, Profile) {
        let database = try AppDatabase.inMemory()
        let template = try StoreFixtures.template()
        let cardsTemplate = try ReflectionCardStoreTests.cardsTemplate()
        var (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 7)
        profile.isNewTeacher = true
        let cards = DemoReflectionCards.make(
            profile: profile, analyses: analyses, template: cardsTemplate, language: "kk",
            academicYear: try AcademicYear(startYear: 2025), seed: 7)
        try database.saveDemo(profile: profile, analyses: analyses, template: template, cards: cards, cardsTemplate: cardsTemplate)
        try database.deleteAnalysis(id: analyses[3].id)
        try database.deleteReflectionCard(id: cards[2].id)
        return (database, try XCTUnwrap(try database.profile(id: profile.id)))
    }

    /// Every row of every table, to tell that nothing changed.
    func dump(_ database: AppDatabase) throws -> [String] {
        try database.read { db in
            var rows: [String] = []
            for table in ["profile", "templateSnapshot", "lessonAnalysis", "reflectionCard"] {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
            return rows
        }
    }

    func testTheDemoYearRoundTripsThroughAnEmptyDatabase() throws {
        let (database, profile) = try demoDatabase()
        let exported = try database.exportBundle(profileID: profile.id, scope: .init(kind: .profile))
        XCTAssertEqual(exported.records.filter { $0.kind == .lessonAnalysis }.count, DemoYear.lessonCount)
        XCTAssertEqual(exported.records.filter { $0.deletedAt != nil }.count, 2, "deletions travel")
        let file = try exported.encoded()

        let empty = try AppDatabase.inMemory()
        let importable = try BundleReader.read(file, origin: "year.json")
        let preview = try empty.importPreview(importable)
        XCTAssertEqual(preview.count(.added), exported.records.count + 1)
        XCTAssertTrue(try dump(empty).isEmpty, "a preview changes nothing")
        let report = try empty.importBundle(importable)
        XCTAssertEqual(report, preview)

        var again = try empty.exportBundle(profileID: profile.id, scope: .init(kind: .profile))
        again.exportedAt = exported.exportedAt
        XCTAssertEqual(try again.encoded(), file, "the same file apart from exportedAt")
        XCTAssertEqual(try empty.history(profileID: profile.id).analyses, try database.history(profileID: profile.id).analyses)
        XCTAssertEqual(try empty.reflectionCards(profileID: profile.id), try database.reflectionCards(profileID: profile.id))
    }

    func testImportingTheSameFileTwiceChangesNothingTheSecondTime() throws {
        let (database, profile) = try demoDatabase()
        let importable = try BundleReader.read(
            try database.exportBundle(profileID: profile.id, scope: .init(kind: .profile)).encoded(), origin: "a.json")
        let target = try AppDatabase.inMemory()
        try target.importBundle(importable)
        let before = try dump(target)
        let second = try target.importBundle(importable)
        XCTAssertFalse(second.changesSomething)
        XCTAssertEqual(second.count(.unchanged), second.entries.count)
        XCTAssertEqual(try dump(target), before)
    }

    func testMergeKeepsWhicheverSideWasUpdatedLast() throws {
        let (database, profile) = try demoDatabase()
        let cardsTemplate = try ReflectionCardStoreTests.cardsTemplate()
        let year = try AcademicYear(startYear: 2025)
        let oldFile = try database.exportBundle(profileID: profile.id, scope: .init(kind: .academicYear, academicYear: year)).encoded()

        // A copy elsewhere imports the year, then the teacher edits the annual card here.
        let elsewhere = try AppDatabase.inMemory()
        try elsewhere.importBundle(try BundleReader.read(oldFile, origin: "old.json"))
        var annual = try XCTUnwrap(try database.annualCard(profileID: profile.id, academicYear: year))
        annual.answers[10] = ["Жаңа ұран"]
        try database.save(annual, template: cardsTemplate)
        let newFile = try database.exportBundle(profileID: profile.id, scope: .init(kind: .annualCard, academicYear: year)).encoded()
        let newBundle = try BundleReader.read(newFile, origin: "new.json")
        XCTAssertEqual(newBundle.cards.count, 1)
        XCTAssertTrue(newBundle.analyses.isEmpty)

        let report = try elsewhere.importBundle(newBundle)
        XCTAssertEqual(report.entries.first { $0.id == annual.id }?.action, .updated)
        XCTAssertEqual(try elsewhere.annualCard(profileID: profile.id, academicYear: year)?.answers[10], ["Жаңа ұран"])

        // The older file brought back to the newer database updates nothing.
        let back = try database.importPreview(try BundleReader.read(oldFile, origin: "old.json"))
        XCTAssertEqual(back.count(.updated), 0)
        XCTAssertEqual(back.count(.added), 0)
        XCTAssertEqual(try database.importBundle(try BundleReader.read(oldFile, origin: "old.json")).count(.updated), 0)
        XCTAssertEqual(try database.annualCard(profileID: profile.id, academicYear: year)?.answers[10], ["Жаңа ұран"])
    }

    func testARecordOfAnotherProfileHereRefusesTheWholeImport() throws {
        let (database, profile) = try demoDatabase()
        let valid = try BundleReader.read(contentsOf: Self.bundles.appendingPathComponent("valid-v1.json"))
        // Give the file's first analysis the id of one of this database's analyses (another profile's).
        var bundle = valid.bundle
        let here = try XCTUnwrap(try database.history(profileID: profile.id).analyses.first)
        bundle.records[0].id = here.id
        if case var .lessonAnalysis(body)? = Optional(bundle.records[1].data), body.followUp != nil {
            body.followUp?.previousAnalysisID = here.id
            bundle.records[1].data = .lessonAnalysis(body)
        }
        let before = try dump(database)
        XCTAssertThrowsError(try database.importBundle(try BundleReader.read(try bundle.encoded(), origin: "clash.json"))) { error in
            XCTAssertTrue("\(error)".contains("another profile"), "\(error)")
        }
        XCTAssertEqual(try dump(database), before)
    }

    func testEveryBadFileIsRefusedAndTheDatabaseIsUntouched() throws {
        let (database, _) = try demoDatabase()
        let before = try dump(database)
        let folder = Self.bundles.appendingPathComponent("bad", isDirectory: true)
        let expected = try JSONDecoder().decode(
            [String: String].self, from: Data(contentsOf: folder.appendingPathComponent("expected-messages.json")))
        for (file, message) in expected.sorted(by: { $0.key < $1.key }) {
            XCTAssertThrowsError(try database.importBundle(try BundleReader.read(contentsOf: folder.appendingPathComponent(file)))) { error in
                XCTAssertTrue("\(error)".contains(message), "\(file): \(error)")
            }
            XCTAssertEqual(try dump(database), before, "\(file) changed nothing")
        }
    }

    func testTheCommittedVersion1FileImports() throws {
        let database = try AppDatabase.inMemory()
        let report = try database.importBundle(try BundleReader.read(contentsOf: Self.bundles.appendingPathComponent("valid-v1.json")))
        XCTAssertEqual(report.count(.added), 5)
        let profile = try XCTUnwrap(try database.profiles().first)
        XCTAssertEqual(try database.history(profileID: profile.id).analyses.count, 2)
        XCTAssertEqual(try database.reflectionCards(profileID: profile.id).map(\.kind), [.annual, .weekly])
    }

    func testAnAnnualCardExportNeedsACard() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        XCTAssertThrowsError(try database.exportBundle(
            profileID: profile.id, scope: .init(kind: .annualCard, academicYear: try AcademicYear(startYear: 2025))))
    }
}
