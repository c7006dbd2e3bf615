import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// Schema v4 gives route sheets and individual routes the language of their texts. Each test
/// writes records with today's store, takes the column away again so the file is as schema v3
/// left it, and opens it to run the migration.
final class RecordLanguageMigrationTests: XCTestCase {
    private static let year = try! AcademicYear(startYear: 2025)

    /// Reopens `url` after turning it back into a schema-v3 database.
    private func migratedFromV3(_ database: AppDatabase, at url: URL) throws -> AppDatabase {
        try StoreFixtures.undo(
            migration: "v4", columns: ["routeSheet", "professionalRoute", "educationalRoute"].map { ($0, "language") },
            in: database)
        let reopened = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try reopened.appliedMigrations(), AppDatabase.knownMigrations)
        XCTAssertEqual(try reopened.integrityCheck(), "ok")
        return reopened
    }

    func testEachRecordTakesTheLanguageItsTextsAreWrittenIn() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        let sheetTemplate = try RouteSheetCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
        let routesTemplate = try IndividualRoutesCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
        var database: AppDatabase? = try AppDatabase.open(at: url)
        let profile = try database!.save(StoreFixtures.profile())
        // Stored as Kazakh, written in Russian: the texts decide.
        var sheet = RouteSheet(
            profileID: profile.id, academicYear: Self.year, category: .moderator, template: sheetTemplate, language: "ru")
        try sheet.addOwnRow(direction: "Наставничество", content: "Провести два открытых урока")
        sheet.language = "kk"
        sheet = try database!.save(sheet, template: sheetTemplate)
        var professional = ProfessionalDevelopmentRoute(
            profileID: profile.id, template: routesTemplate, academicYear: Self.year, language: "en", suggestions: true)
        professional.topic = "Formative assessment"
        professional.language = "kk"
        professional = try database!.save(professional, template: routesTemplate)
        var educational = EducationalRoute(
            profileID: profile.id, academicYear: Self.year, template: routesTemplate, language: "ru")
        educational.header.fullName = "Айгүл Серікқызы Омарова"
        educational.header.motivation = "Учусь сам и учу других"
        educational = try database!.save(educational, template: routesTemplate)

        let migrated = try migratedFromV3(database!, at: url)
        database = nil
        XCTAssertEqual(try migrated.routeSheet(id: sheet.id)?.language, "ru", "a sheet started in Russian")
        XCTAssertEqual(try migrated.professionalRoutes(profileID: profile.id).map(\.language), ["en"])
        XCTAssertEqual(
            try migrated.educationalRoutes(profileID: profile.id).map(\.language), ["ru"],
            "a Kazakh name in the header does not make a Russian route Kazakh")
        var migratedSheet = try XCTUnwrap(try migrated.routeSheet(id: sheet.id))
        XCTAssertEqual(migratedSheet.ownRows.map(\.direction), ["Наставничество"], "nothing else changed")
        migratedSheet.wheel.sectors[0].name = "Өзгертілді"
        XCTAssertEqual(try migrated.save(migratedSheet, template: sheetTemplate).language, "ru", "and it saves as before")
    }

    func testARecordWithoutWordsTakesTheLanguageOfTheTeachersLatestLesson() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        let routesTemplate = try IndividualRoutesCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
        let template = try StoreFixtures.template()
        var database: AppDatabase? = try AppDatabase.open(at: url)
        let russian = try database!.save(StoreFixtures.profile("Ольга Петрова"))
        for (date, language) in [("2025-09-10", "kk"), ("2025-10-20", "ru")] {
            var analysis = try StoreFixtures.analysis(of: russian, template: template, date: date)
            analysis.language = language
            try database!.save(analysis, template: template)
        }
        let newcomer = try database!.save(StoreFixtures.profile("Жаңа мұғалім"))
        for profile in [russian, newcomer] {
            try database!.save(
                EducationalRoute(profileID: profile.id, academicYear: Self.year, template: routesTemplate, language: "en"),
                template: routesTemplate)
        }

        let migrated = try migratedFromV3(database!, at: url)
        database = nil
        XCTAssertEqual(try migrated.educationalRoutes(profileID: russian.id).map(\.language), ["ru"], "the latest lesson's")
        XCTAssertEqual(
            try migrated.educationalRoutes(profileID: newcomer.id).map(\.language), ["kk"],
            "no lessons: the instruments' language")
    }
}
