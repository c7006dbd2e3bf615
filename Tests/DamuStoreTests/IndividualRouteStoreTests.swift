import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// The two individual routes (Tables 17 and 18) in the store.
final class IndividualRouteStoreTests: XCTestCase {
    static func routesTemplate() throws -> IndividualRoutesTemplate {
        try IndividualRoutesCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
    }

    static let year = try! AcademicYear(startYear: 2025)

    func testAProfessionalRouteWithCountsReadsBackEqual() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let template = try Self.routesTemplate()
        var route = ProfessionalDevelopmentRoute(
            profileID: profile.id, template: template, academicYear: Self.year, language: "kk", suggestions: true)
        route.topic = "Формативті бағалау арқылы оқу сапасын арттыру"
        let counted = try XCTUnwrap(route.countedItems.first)
        try route.record(actual: 2, quadrant: counted.quadrant, item: counted.index)
        let stored = try database.save(route, template: template)
        XCTAssertEqual(try database.professionalRoutes(profileID: profile.id), [stored])
        XCTAssertEqual(try database.professionalRoute(profileID: profile.id, academicYear: Self.year)?.id, route.id)
        XCTAssertEqual(try database.template(ofRouteTemplate: route.templateID, version: route.templateVersion), template)

        try database.deleteProfessionalRoute(id: route.id)
        XCTAssertTrue(try database.professionalRoutes(profileID: profile.id).isEmpty)
        XCTAssertThrowsError(try database.save(stored, template: template), "a stale copy does not revive it")
        try database.restoreProfessionalRoute(id: route.id)
        XCTAssertEqual(try database.professionalRoutes(profileID: profile.id).count, 1)
    }

    func testAnEducationalRouteReadsBackEqualAndOneLivesPerYear() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let template = try Self.routesTemplate()
        var route = EducationalRoute(
            profileID: profile.id, academicYear: Self.year, template: template, language: "kk",
            header: .init(profile: profile))
        route.header.motivation = "Үйрене жүріп үйретемін"
        route.blocks[0].entries[0] = .init(expectedResult: "Курс сертификаты", product: "Сертификат")
        route.blocks[2].ownEntries = [.init(form: "Подкаст", expectedResult: "3 шығарылым", product: "Аудио")]
        let stored = try database.save(route, template: template)
        XCTAssertEqual(try database.educationalRoute(profileID: profile.id, academicYear: Self.year), stored)

        let twin = EducationalRoute(profileID: profile.id, academicYear: Self.year, template: template, language: "kk")
        XCTAssertThrowsError(try database.save(twin, template: template)) { error in
            XCTAssertTrue("\(error)".contains("2025-2026"), "\(error)")
        }
        var bad = stored
        bad.header.yearsOfService = 99
        XCTAssertThrowsError(try database.save(bad, template: template))
        XCTAssertEqual(try database.educationalRoute(profileID: profile.id, academicYear: Self.year), stored, "nothing half-written")
    }

    func testARestoreDoesNotMakeASecondLiveRouteForTheYear() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let template = try Self.routesTemplate()
        let first = try database.save(EducationalRoute(profileID: profile.id, academicYear: Self.year, template: template, language: "kk"), template: template)
        try database.deleteEducationalRoute(id: first.id)
        let second = try database.save(EducationalRoute(profileID: profile.id, academicYear: Self.year, template: template, language: "kk"), template: template)
        XCTAssertThrowsError(try database.restoreEducationalRoute(id: first.id)) { error in
            XCTAssertTrue("\(error)".contains("2025-2026"), "\(error)")
        }
        XCTAssertEqual(try database.educationalRoutes(profileID: profile.id).map(\.id), [second.id])
    }
}
