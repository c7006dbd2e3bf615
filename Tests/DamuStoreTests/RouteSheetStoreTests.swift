import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// Route sheets in the store: every mark kept with its date and evidence, own rows apart from the
/// template's, the wheel's three scorings, stale copies refused, row 1's weeks from the analyses.
final class RouteSheetStoreTests: XCTestCase {
    static func routeTemplate() throws -> RouteSheetTemplate {
        try RouteSheetCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
    }

    static let year = try! AcademicYear(startYear: 2025)

    private func setUp(_ database: AppDatabase) throws -> (Profile, RouteSheet, RouteSheetTemplate) {
        let profile = try database.save(StoreFixtures.profile())
        let template = try Self.routeTemplate()
        let sheet = RouteSheet(profileID: profile.id, academicYear: Self.year, category: .moderator, template: template, language: "kk")
        return (profile, sheet, template)
    }

    func testASheetWithMarksOwnRowsAndWheelReadsBackEqual() throws {
        let database = try AppDatabase.inMemory()
        var (profile, sheet, template) = try setUp(database)
        try sheet.mark(.template(0), .partial, on: try LessonDate(iso: "2025-10-01"), evidence: .text("Сабақтан кейін талдау"))
        try sheet.mark(.template(0), .achieved, on: try LessonDate(iso: "2026-01-20"), evidence: .link("https://example.kz/talday"))
        try sheet.mark(.template(3), symbol: "-", on: try LessonDate(iso: "2025-11-11"))
        try sheet.addAction("Әріптестермен бірге сабақ жоспарлау", to: .template(2))
        let own = try sheet.addOwnRow(direction: "Цифрлық сауаттылық", content: "Онлайн курс", actions: ["Курс аяқтау"])
        try sheet.mark(own, .partial, on: try LessonDate(iso: "2026-03-02"), evidence: .path("/home/aigul/сертификат.pdf"))
        try sheet.wheel.setScore(4, sector: 0, at: .start)
        try sheet.wheel.setScore(6, sector: 0, at: .middle)
        try sheet.wheel.setScore(8, sector: 0, at: .end)
        let stored = try database.save(sheet, template: template)

        let read = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: Self.year))
        XCTAssertEqual(read, stored)
        XCTAssertEqual(read.marks(of: .template(0))?.entries.map(\.mark), [.partial, .achieved])
        XCTAssertEqual(read.currentMark(of: .template(3)), .notAchieved)
        XCTAssertEqual(read.templateRows[2].addedActions, ["Әріптестермен бірге сабақ жоспарлау"])
        XCTAssertEqual(read.ownRows.map(\.direction), ["Цифрлық сауаттылық"])
        XCTAssertEqual(read.wheel.sectors[0].start, 4)
        XCTAssertEqual(read.wheel.sectors[0].end, 8)
        XCTAssertEqual(read.progress.achieved, 1)
        XCTAssertEqual(read.progress.partial, 1)
        XCTAssertEqual(read.progress.notAchieved, 1)
        XCTAssertEqual(read.progress.unmarked, 5)
        XCTAssertEqual(try database.template(of: read), template)
        XCTAssertEqual(try database.routeSheets(profileID: profile.id).map(\.id), [sheet.id])
        // Own rows are kept apart from the template's: texts stored with the row, none for template rows.
        XCTAssertEqual(try StoreFixtures.rowCount("routeSheetRow", in: database), 8)
        XCTAssertEqual(try StoreFixtures.rowCount("routeMark", in: database), 4)
    }

    func testEveryMarkChangeIsKeptAcrossSaves() throws {
        let database = try AppDatabase.inMemory()
        var (_, sheet, template) = try setUp(database)
        for (mark, date) in [(RouteMark.notAchieved, "2025-09-20"), (.partial, "2025-12-01"), (.achieved, "2026-04-15")] {
            try sheet.mark(.template(1), mark, on: try LessonDate(iso: date), evidence: .text("Дәлел \(date)"))
            sheet = try database.save(sheet, template: template)
        }
        let read = try XCTUnwrap(try database.routeSheet(id: sheet.id))
        XCTAssertEqual(read.marks(of: .template(1))?.entries.map(\.date.iso), ["2025-09-20", "2025-12-01", "2026-04-15"])
        XCTAssertEqual(read.marks(of: .template(1))?.entries.last?.evidence, .text("Дәлел 2026-04-15"))
        XCTAssertEqual(read.currentMark(of: .template(1)), .achieved)
    }

    func testACopyMissingAMarkStoredMeanwhileIsRefusedAndNothingIsLost() throws {
        let database = try AppDatabase.inMemory()
        var (_, sheet, template) = try setUp(database)
        sheet = try database.save(sheet, template: template)
        var window = sheet, terminal = sheet
        try terminal.mark(.template(0), .achieved, on: try LessonDate(iso: "2025-10-10"))
        try database.save(terminal, template: template)
        try window.mark(.template(0), .notAchieved, on: try LessonDate(iso: "2025-10-11"))
        try window.addAction("Жаңа әрекет", to: .template(4))
        XCTAssertThrowsError(try database.save(window, template: template)) { error in
            guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "Row 1")
            XCTAssertTrue(message.contains("meanwhile"), message)
        }
        let read = try XCTUnwrap(try database.routeSheet(id: sheet.id))
        XCTAssertEqual(read.marks(of: .template(0))?.entries.map(\.mark), [.achieved])
        XCTAssertEqual(read.templateRows[4].addedActions, [], "the refused save wrote nothing")
    }

    func testADeletedSheetIsNotRevivedByAStaleSaveAndRestores() throws {
        let database = try AppDatabase.inMemory()
        var (profile, sheet, template) = try setUp(database)
        sheet = try database.save(sheet, template: template)
        try database.deleteRouteSheet(id: sheet.id)
        XCTAssertNil(try database.routeSheet(id: sheet.id))
        XCTAssertThrowsError(try database.save(sheet, template: template)) { error in
            XCTAssertTrue("\(error)".contains("deleted meanwhile"), "\(error)")
        }
        try database.restoreRouteSheet(id: sheet.id)
        XCTAssertEqual(try database.routeSheet(profileID: profile.id, academicYear: Self.year)?.id, sheet.id)
    }

    func testASecondSheetForTheSameYearIsRefused() throws {
        let database = try AppDatabase.inMemory()
        let (profile, sheet, template) = try setUp(database)
        try database.save(sheet, template: template)
        let other = RouteSheet(profileID: profile.id, academicYear: Self.year, category: .expert, template: template, language: "kk")
        XCTAssertThrowsError(try database.save(other, template: template)) { error in
            XCTAssertTrue("\(error)".contains("2025-2026"), "\(error)")
        }
        XCTAssertEqual(try database.routeSheets(profileID: profile.id).count, 1)
    }

    func testARemovedOwnRowIsTombstonedWithItsMarks() throws {
        let database = try AppDatabase.inMemory()
        var (_, sheet, template) = try setUp(database)
        let own = try sheet.addOwnRow(direction: "Өз бағытым")
        try sheet.mark(own, .achieved, on: try LessonDate(iso: "2025-12-12"))
        sheet = try database.save(sheet, template: template)
        guard case let .own(id) = own else { return XCTFail() }
        sheet.removeOwnRow(id)
        sheet = try database.save(sheet, template: template)
        XCTAssertTrue(try XCTUnwrap(try database.routeSheet(id: sheet.id)).ownRows.isEmpty)
        let tombstones = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM routeSheetRow WHERE deletedAt IS NOT NULL") ?? 0
        }
        XCTAssertEqual(tombstones, 1)
        XCTAssertEqual(try StoreFixtures.rowCount("routeMark", in: database), 1, "the mark stays under the tombstone")
    }

    func testAnInvalidSheetWritesNothing() throws {
        let database = try AppDatabase.inMemory()
        var (_, sheet, template) = try setUp(database)
        sheet.wheel.sectors[0].start = 11
        XCTAssertThrowsError(try database.save(sheet, template: template))
        XCTAssertEqual(try StoreFixtures.rowCount("routeSheet", in: database), 0)
        XCTAssertEqual(try StoreFixtures.rowCount("routeSheetRow", in: database), 0)
    }

    func testDeletingTheProfileTombstonesItsSheetAndRestoreBringsItBack() throws {
        let database = try AppDatabase.inMemory()
        var (profile, sheet, template) = try setUp(database)
        sheet = try database.save(sheet, template: template)
        try database.deleteProfile(id: profile.id)
        XCTAssertNil(try database.routeSheet(id: sheet.id))
        try database.restoreProfile(id: profile.id)
        let restored = try XCTUnwrap(try database.routeSheet(id: sheet.id))
        XCTAssertEqual(restored.templateRows, sheet.templateRows)
        XCTAssertEqual(restored.wheel, sheet.wheel)
    }

    func testRowOneWeeklyEvidenceComesFromTheStoredAnalyses() throws {
        let database = try AppDatabase.inMemory()
        let lessonTemplate = try StoreFixtures.template()
        let (profile, _, _) = try setUp(database)
        for date in ["2025-09-02", "2025-09-04", "2025-09-17", "2026-05-20", "2026-09-01"] {
            try database.save(StoreFixtures.analysis(of: profile, template: lessonTemplate, date: date), template: lessonTemplate)
        }
        let deleted = try database.save(StoreFixtures.analysis(of: profile, template: lessonTemplate, date: "2025-10-01"), template: lessonTemplate)
        try database.deleteAnalysis(id: deleted.id)
        let evidence = try database.weeklyEvidence(profileID: profile.id, academicYear: Self.year)
        XCTAssertEqual(evidence.analysesPerWeek.reduce(0, +), 4, "only this year's live analyses")
        XCTAssertEqual(evidence.coveredWeeks.map(\.number), [1, 3, evidence.academicYear.week(containing: try LessonDate(iso: "2026-05-20"))!.number])
        XCTAssertEqual(evidence.analysesPerWeek[0], 2)
    }
}

/// A sheet of the next category moves the teacher with it, in the same transaction.
final class RouteSheetCategoryMoveTests: XCTestCase {
    func testMovingToTheNextCategoryUpdatesTheProfileWithTheSheet() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let catalog = try RouteSheetCatalog.load(dataDirectory: StoreFixtures.dataDirectory)
        var sheet = RouteSheet(
            profileID: profile.id, academicYear: try AcademicYear(startYear: 2025), category: .moderator, template: catalog.current,
            language: "kk")
        try sheet.mark(.template(2), .partial, on: try LessonDate(iso: "2026-01-10"))
        sheet = try database.save(sheet, template: catalog.current)
        let next = try sheet.startNextYear(carryOpenRows: true, category: .expert, catalog: catalog, language: "kk")
        try database.save(next, template: catalog.current, movingProfile: true)
        XCTAssertEqual(try database.profile(id: profile.id)?.category, .expert)
        let stored = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2026)))
        XCTAssertEqual(stored.category, .expert)
        XCTAssertEqual(stored.templateRows.count, 10, "Педагог-сарапшы")
        XCTAssertTrue(stored.progress.marked == 0)
    }
}
