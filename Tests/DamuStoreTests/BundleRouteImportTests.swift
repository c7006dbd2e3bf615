import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Route sheets (with their development wheels) and individual routes through a bundle: merged by
/// id and update time with the rest, the newer copy whole, and a file that would leave a teacher
/// two live sheets or routes for one year refused with nothing changed.
final class BundleRouteImportTests: XCTestCase {
    private let year = BundleFixtures.year
    private var yearScope: DamuBundle.Scope { .init(kind: .academicYear, academicYear: year) }

    func testANewerSheetAndRoutesReplaceTheOlderCopiesAndAnOlderFileChangesNothing() throws {
        let (database, profile) = try BundleFixtures.demoDatabase()
        let oldFile = try BundleFixtures.read(database, profileID: profile.id, scope: yearScope, origin: "old.json")
        let elsewhere = try AppDatabase.inMemory()
        try elsewhere.importBundle(oldFile)

        // Here the teacher marks a row again, drops their own row for a new one, rescores the
        // wheel and counts progress on both routes.
        let template = try RouteSheetStoreTests.routeTemplate()
        var sheet = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: year))
        try sheet.mark(.template(3), .achieved, on: try LessonDate(iso: "2026-05-28"), evidence: .text("Аттестация қорытындысы"))
        let dropped = try XCTUnwrap(sheet.ownRows.first?.id)
        sheet.removeOwnRow(dropped)
        try sheet.addOwnRow(direction: "Инклюзивті білім беру", actions: ["Семинарға қатысу"])
        try sheet.wheel.setScore(10, sector: 0, at: .end)
        sheet = try database.save(sheet, template: template)
        let routesTemplate = try IndividualRouteStoreTests.routesTemplate()
        var professional = try XCTUnwrap(try database.professionalRoute(profileID: profile.id, academicYear: year))
        let counted = try XCTUnwrap(professional.countedItems.first)
        try professional.record(actual: counted.item.actual + 1, quadrant: counted.quadrant, item: counted.index)
        professional = try database.save(professional, template: routesTemplate)
        var educational = try XCTUnwrap(try database.educationalRoute(profileID: profile.id, academicYear: year))
        educational.blocks[7].entries[1].done.toggle()
        educational = try database.save(educational, template: routesTemplate)

        let newFile = try BundleFixtures.read(database, profileID: profile.id, scope: yearScope, origin: "new.json")
        let preview = try elsewhere.importPreview(newFile)
        for kind in [ImportReport.Kind.routeSheet, .professionalRoute, .educationalRoute] {
            XCTAssertEqual(preview.count(.updated, of: kind), 1, "\(kind)")
        }
        XCTAssertEqual(try elsewhere.importBundle(newFile), preview)
        XCTAssertEqual(try elsewhere.routeSheet(profileID: profile.id, academicYear: year), sheet)
        XCTAssertEqual(try elsewhere.professionalRoute(profileID: profile.id, academicYear: year), professional)
        XCTAssertEqual(try elsewhere.educationalRoute(profileID: profile.id, academicYear: year), educational)
        let tombstone = try elsewhere.read { db in
            try Bool.fetchOne(db, sql: "SELECT deletedAt IS NOT NULL FROM routeSheetRow WHERE id = ?", arguments: [dropped.uuidString])
        }
        XCTAssertEqual(tombstone, true, "the dropped own row keeps its marks under a tombstone")

        // The older file brought back changes nothing: here is newer.
        let before = try BundleFixtures.dump(elsewhere)
        let back = try elsewhere.importBundle(oldFile)
        XCTAssertFalse(back.changesSomething)
        XCTAssertEqual(try BundleFixtures.dump(elsewhere), before)
    }

    func testWhenMarksDivergeTheNewerFilesHistoryWins() throws {
        let (database, profile) = try BundleFixtures.demoDatabase()
        let template = try RouteSheetStoreTests.routeTemplate()
        let elsewhere = try AppDatabase.inMemory()
        try elsewhere.importBundle(try BundleFixtures.read(database, profileID: profile.id, scope: yearScope, origin: "a.json"))

        // The same row marked on both PCs, here last: this PC's history is the newer copy.
        var there = try XCTUnwrap(try elsewhere.routeSheet(profileID: profile.id, academicYear: year))
        try there.mark(.template(1), .notAchieved, on: try LessonDate(iso: "2026-05-02"))
        try elsewhere.save(there, template: template)
        var here = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: year))
        try here.mark(.template(1), .achieved, on: try LessonDate(iso: "2026-05-03"), evidence: .link("https://example.kz/sertifikat"))
        here = try database.save(here, template: template)

        let report = try elsewhere.importBundle(try BundleFixtures.read(database, profileID: profile.id, scope: yearScope, origin: "b.json"))
        XCTAssertEqual(report.count(.updated, of: .routeSheet), 1)
        XCTAssertEqual(try elsewhere.routeSheet(profileID: profile.id, academicYear: year), here)
    }

    func testAnotherLiveSheetForTheSameYearRefusesTheWholeImport() throws {
        let (database, profile) = try BundleFixtures.demoDatabase()
        let template = try RouteSheetStoreTests.routeTemplate()
        let elsewhere = try AppDatabase.inMemory()
        try elsewhere.importBundle(try BundleFixtures.read(database, profileID: profile.id, scope: yearScope, origin: "a.json"))
        // There the teacher deleted the sheet and began another for the same year…
        let imported = try XCTUnwrap(try elsewhere.routeSheet(profileID: profile.id, academicYear: year))
        try elsewhere.deleteRouteSheet(id: imported.id)
        try elsewhere.save(
            RouteSheet(profileID: profile.id, academicYear: year, category: .moderator, template: template, language: "kk"),
            template: template)
        // …and here marked the first one again, which makes it the newer copy.
        var sheet = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: year))
        try sheet.mark(.template(2), .achieved, on: try LessonDate(iso: "2026-05-30"))
        try database.save(sheet, template: template)

        let file = try BundleFixtures.read(database, profileID: profile.id, scope: yearScope, origin: "b.json")
        let before = try BundleFixtures.dump(elsewhere)
        XCTAssertThrowsError(try elsewhere.importPreview(file))
        XCTAssertThrowsError(try elsewhere.importBundle(file)) { error in
            XCTAssertTrue("\(error)".contains("Route sheet 2025-2026: this database holds another one for the same school year"), "\(error)")
        }
        XCTAssertEqual(try BundleFixtures.dump(elsewhere), before)
    }

    func testAnOwnRowIdHeldByAnotherSheetHereRefusesTheWholeImport() throws {
        let (database, profile) = try BundleFixtures.demoDatabase()
        let template = try RouteSheetStoreTests.routeTemplate()
        let target = try AppDatabase.inMemory()
        let other = try target.save(StoreFixtures.profile("Жанар"))
        var othersSheet = RouteSheet(profileID: other.id, academicYear: year, category: .expert, template: template, language: "kk")
        try othersSheet.addOwnRow(direction: "Жоба")
        try target.save(othersSheet, template: template)

        var bundle = try database.exportBundle(profileID: profile.id, scope: yearScope)
        let index = try XCTUnwrap(bundle.records.firstIndex { $0.kind == .routeSheet })
        guard case var .routeSheet(body) = bundle.records[index].data else { return XCTFail("not a route sheet") }
        body.ownRows[0].id = try XCTUnwrap(othersSheet.ownRows.first?.id)
        bundle.records[index].data = .routeSheet(body)
        let file = try BundleReader.read(try bundle.encoded(), origin: "clash.json")

        let before = try BundleFixtures.dump(target)
        XCTAssertThrowsError(try target.importBundle(file)) { error in
            XCTAssertTrue("\(error)".contains("belongs to another route sheet"), "\(error)")
        }
        XCTAssertEqual(try BundleFixtures.dump(target), before)
    }

    func testTheCommittedVersion2FileImportsOnceAndOnlyOnce() throws {
        let database = try AppDatabase.inMemory()
        let file = try BundleReader.read(contentsOf: BundleFixtures.bundles.appendingPathComponent("valid-v2.json"))
        let report = try database.importBundle(file)
        XCTAssertEqual(report.count(.added), 8)
        XCTAssertEqual(report.kinds, [.profile, .lessonAnalysis, .reflectionCard, .routeSheet, .professionalRoute, .educationalRoute])
        for kind in [ImportReport.Kind.routeSheet, .professionalRoute, .educationalRoute] {
            XCTAssertEqual(report.count(.added, of: kind), 1, "\(kind)")
        }
        XCTAssertEqual(report.counts(of: .routeSheet), "1 added, 0 updated, 0 unchanged")
        var sheet = try XCTUnwrap(try database.routeSheets(profileID: file.profile.id).first)
        let expected = try XCTUnwrap(file.routeSheets.first?.value)
        // The file's timestamps are parsed by a formatter, the database's by SQLite: equal to the millisecond.
        XCTAssertEqual(BundleTimestamp.string(sheet.updatedAt), BundleTimestamp.string(expected.updatedAt))
        sheet.updatedAt = expected.updatedAt
        XCTAssertEqual(sheet, expected)
        XCTAssertEqual(sheet.ownRows.first?.carriedFrom?.description, "2024-2025")

        let before = try BundleFixtures.dump(database)
        let again = try database.importBundle(file)
        XCTAssertEqual(again.count(.unchanged), again.entries.count)
        XCTAssertEqual(try BundleFixtures.dump(database), before)
    }
}
