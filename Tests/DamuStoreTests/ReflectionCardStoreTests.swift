import DamuCore
@testable import DamuStore
import Foundation
import XCTest

final class ReflectionCardStoreTests: XCTestCase {
    static func cardsTemplate() throws -> ReflectionCardsTemplate {
        try ReflectionCardsCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
    }

    func testADraftIsSavedResumedAndFinished() throws {
        let database = try AppDatabase.inMemory()
        let template = try Self.cardsTemplate()
        let profile = try database.save(StoreFixtures.profile())
        let year = try AcademicYear(startYear: 2025)
        var card = ReflectionCard(profileID: profile.id, kind: .annual, academicYear: year, template: template, language: "kk")
        card.answers[1][0] = "Жоба қорғау"
        card.score = 7
        let draft = try database.save(card, template: template)
        XCTAssertTrue(draft.isDraft)

        var resumed = try XCTUnwrap(try database.annualCard(profileID: profile.id, academicYear: year))
        XCTAssertEqual(resumed, draft)
        XCTAssertEqual(resumed.answers[1], ["Жоба қорғау", "", ""])
        resumed.answers[10] = ["Әр сабақ — жаңа мүмкіндік."]
        resumed.isDraft = false
        try database.save(resumed, template: template)
        let finished = try XCTUnwrap(try database.annualCard(profileID: profile.id, academicYear: year))
        XCTAssertFalse(finished.isDraft)
        XCTAssertEqual(finished.answers[10], ["Әр сабақ — жаңа мүмкіндік."])
        XCTAssertEqual(finished.id, card.id)
        XCTAssertEqual(try StoreFixtures.rowCount("reflectionCard", in: database), 1)
        XCTAssertEqual(try database.template(of: finished), template, "answered against the stored snapshot")
        XCTAssertNil(try database.annualCard(profileID: profile.id, academicYear: try year.next()))
    }

    func testAnInvalidCardIsNotSavedAndNothingChanges() throws {
        let database = try AppDatabase.inMemory()
        let template = try Self.cardsTemplate()
        let profile = try database.save(StoreFixtures.profile())
        var card = ReflectionCard(
            profileID: profile.id, kind: .weekly, academicYear: try AcademicYear(startYear: 2025), week: 4,
            template: template, language: "kk")
        card.score = 12
        XCTAssertThrowsError(try database.save(card, template: template))
        XCTAssertEqual(try StoreFixtures.rowCount("reflectionCard", in: database), 0)
        XCTAssertEqual(try StoreFixtures.rowCount("templateSnapshot", in: database), 0, "the transaction rolled back")
    }

    func testWeeklyCardsAreListedByWeekAndDeletionsAreTombstones() throws {
        let database = try AppDatabase.inMemory()
        let template = try Self.cardsTemplate()
        let profile = try database.save(StoreFixtures.profile())
        let year = try AcademicYear(startYear: 2025)
        var ids: [UUID] = []
        for week in [5, 2, 9] {
            var card = ReflectionCard(profileID: profile.id, kind: .weekly, academicYear: year, week: week, template: template, language: "kk")
            card.score = week
            ids.append(try database.save(card, template: template).id)
        }
        XCTAssertEqual(try database.weeklyCards(profileID: profile.id, academicYear: year).map(\.week), [2, 5, 9])
        try database.deleteReflectionCard(id: ids[0])
        XCTAssertEqual(try database.weeklyCards(profileID: profile.id, academicYear: year).map(\.week), [2, 9])
        XCTAssertEqual(try StoreFixtures.rowCount("reflectionCard", in: database), 3, "kept as a tombstone")
        var stale = ReflectionCard(profileID: profile.id, kind: .weekly, academicYear: year, week: 5, template: template, language: "kk")
        stale.id = ids[0]
        XCTAssertThrowsError(try database.save(stale, template: template), "a deleted card is not brought back")

        try database.deleteProfile(id: profile.id)
        XCTAssertTrue(try database.reflectionCards(profileID: profile.id).isEmpty)
        try database.restoreProfile(id: profile.id)
        XCTAssertEqual(try database.reflectionCards(profileID: profile.id).map(\.week), [2, 9],
                       "the restore brings back the cards the profile deletion took, not the one deleted before")
    }

    func testTheYearSummaryComesFromTheStoredAnalyses() throws {
        let database = try AppDatabase.inMemory()
        let template = try StoreFixtures.template()
        let profile = try database.save(StoreFixtures.profile())
        for (date, score) in [("2025-09-15", 2), ("2026-04-20", 6), ("2026-10-01", 0)] {
            try database.save(try StoreFixtures.analysis(of: profile, template: template, date: date, score: score), template: template)
        }
        let summary = try database.yearSummary(profileID: profile.id, academicYear: try AcademicYear(startYear: 2025))
        XCTAssertEqual(summary.analysisCount, 2)
        XCTAssertEqual(summary.firstTerm?.term, 1)
        XCTAssertEqual(summary.lastTerm?.term, 4)
        XCTAssertNotNil(summary.termChange)
    }

    func testTheYearSummaryCarriesTheYearsRouteSheetProgress() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let year = try AcademicYear(startYear: 2025)
        XCTAssertNil(try database.yearSummary(profileID: profile.id, academicYear: year).routeSheet, "no sheet, nothing to show")
        let template = try RouteSheetStoreTests.routeTemplate()
        var sheet = RouteSheet(profileID: profile.id, academicYear: year, category: .moderator, template: template, language: "kk")
        try sheet.mark(.template(0), .achieved, on: try LessonDate(iso: "2025-10-01"))
        try sheet.mark(.template(1), .partial, on: try LessonDate(iso: "2025-10-01"))
        try database.save(sheet, template: template)
        let progress = try XCTUnwrap(try database.yearSummary(profileID: profile.id, academicYear: year).routeSheet)
        XCTAssertEqual([progress.achieved, progress.partial, progress.notAchieved, progress.unmarked], [1, 1, 0, 5])
        XCTAssertNil(try database.yearSummary(profileID: profile.id, academicYear: try year.next()).routeSheet)
    }
}
