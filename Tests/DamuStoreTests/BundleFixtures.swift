import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// The databases and files the bundle tests share.
enum BundleFixtures {
    static let bundles = StoreFixtures.dataDirectory.deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/bundles", isDirectory: true)

    static let year = try! AcademicYear(startYear: 2025)

    /// A database with the demo year of a new teacher: analyses, an annual card, weekly cards, the
    /// route sheet with its development wheel, both individual routes, and a deletion of each kind.
    static func demoDatabase() throws -> (AppDatabase, Profile) {
        let database = try AppDatabase.inMemory()
        let template = try StoreFixtures.template()
        let cardsTemplate = try ReflectionCardStoreTests.cardsTemplate()
        let routesTemplate = try IndividualRouteStoreTests.routesTemplate()
        var (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 7)
        profile.isNewTeacher = true
        let cards = DemoReflectionCards.make(
            profile: profile, analyses: analyses, template: cardsTemplate, language: "kk", academicYear: year, seed: 7)
        let routes = DemoRoutes.make(
            profile: profile, lessonDates: analyses.map(\.lesson.date), sheetTemplate: try RouteSheetStoreTests.routeTemplate(),
            routesTemplate: routesTemplate, language: "kk", startingYear: 2025, seed: 7)
        try database.saveDemo(
            profile: profile, analyses: analyses, template: template, routes: routes, cards: cards, cardsTemplate: cardsTemplate)
        try database.deleteAnalysis(id: analyses[3].id)
        try database.deleteReflectionCard(id: cards[2].id)
        // A route begun and thrown away, and last year's sheet deleted: their deletions travel too.
        var discarded = ProfessionalDevelopmentRoute(
            profileID: profile.id, template: routesTemplate, academicYear: year, language: "kk")
        discarded.topic = "Бас тартылған тақырып"
        try database.save(discarded, template: routesTemplate)
        try database.deleteProfessionalRoute(id: discarded.id)
        let sheetTemplate = try RouteSheetStoreTests.routeTemplate()
        let lastYear = RouteSheet(
            profileID: profile.id, academicYear: try year.previous(), category: .moderator, template: sheetTemplate, language: "kk")
        try database.save(lastYear, template: sheetTemplate)
        try database.deleteRouteSheet(id: lastYear.id)
        return (database, try XCTUnwrap(try database.profile(id: profile.id)))
    }

    static let tables = [
        "profile", "templateSnapshot", "lessonAnalysis", "reflectionCard", "routeSheet", "routeSheetRow", "routeMark",
        "developmentWheelSector", "professionalRoute", "educationalRoute",
    ]

    /// Every row of every table, to tell that nothing changed.
    static func dump(_ database: AppDatabase) throws -> [String] {
        try database.read { db in
            var rows: [String] = []
            for table in tables {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1, 2").map { "\(table) \($0)" }
            }
            return rows
        }
    }

    static func read(_ database: AppDatabase, profileID: UUID, scope: DamuBundle.Scope, origin: String) throws -> ImportableBundle {
        try BundleReader.read(try database.exportBundle(profileID: profileID, scope: scope).encoded(), origin: origin)
    }
}
