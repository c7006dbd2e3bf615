import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Export and import through the store: a demo year leaves and comes back whole, route sheets and
/// individual routes included; a file is merged by id and update time in one transaction; every
/// bad file changes nothing.
final class BundleImportTests: XCTestCase {
    static let bundles = BundleFixtures.bundles

    func demoDatabase() throws -> (AppDatabase, Profile) { try BundleFixtures.demoDatabase() }
    func dump(_ database: AppDatabase) throws -> [String] { try BundleFixtures.dump(database) }

    func testTheDemoYearRoundTripsThroughAnEmptyDatabase() throws {
        let (database, profile) = try demoDatabase()
        let exported = try database.exportBundle(profileID: profile.id, scope: .init(kind: .profile))
        XCTAssertEqual(exported.count(.lessonAnalysis), DemoYear.lessonCount)
        XCTAssertEqual(exported.count(.routeSheet), 2)
        XCTAssertEqual(exported.count(.professionalRoute), 2)
        XCTAssertEqual(exported.count(.educationalRoute), 1)
        XCTAssertEqual(exported.deletionCount, 4, "deletions travel")
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

        // The route sheet comes back whole: every row's mark history with dates and evidence, the
        // teacher's own rows and added actions, the development wheel's three scorings.
        let sheet = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: BundleFixtures.year))
        XCTAssertEqual(try empty.routeSheet(profileID: profile.id, academicYear: BundleFixtures.year), sheet)
        XCTAssertTrue(sheet.templateRows.contains { $0.marks.entries.count >= 3 }, "a history of several marks")
        XCTAssertTrue(sheet.templateRows.contains { !$0.addedActions.isEmpty })
        XCTAssertFalse(sheet.ownRows.isEmpty)
        XCTAssertNotNil(sheet.wheel.mean(at: .start))
        XCTAssertNotNil(sheet.wheel.mean(at: .end))
        XCTAssertEqual(try empty.routeSheets(profileID: profile.id), try database.routeSheets(profileID: profile.id))
        XCTAssertEqual(try empty.professionalRoutes(profileID: profile.id), try database.professionalRoutes(profileID: profile.id))
        XCTAssertEqual(try empty.educationalRoutes(profileID: profile.id), try database.educationalRoutes(profileID: profile.id))
        XCTAssertEqual(try StoreFixtures.rowCount("routeMark", in: empty), try StoreFixtures.rowCount("routeMark", in: database))
        XCTAssertEqual(
            try StoreFixtures.rowCount("developmentWheelSector", in: empty),
            try StoreFixtures.rowCount("developmentWheelSector", in: database))
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
