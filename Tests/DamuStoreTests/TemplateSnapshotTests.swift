import DamuCore
@testable import DamuStore
import Foundation
import XCTest

final class TemplateSnapshotTests: XCTestCase {
    func testAnalysisReadsBackTheTemplateItWasFilledAgainst() throws {
        let original = try StoreFixtures.template()
        var revised = original
        revised.version = 2
        revised.wheel.sectors[0].name = LocalizedText(["kk": "Мақсат", "ru": "Цель", "en": "Aim"])
        revised.coaching.questions[4] = LocalizedText(["kk": "Бүгін не үйрендім?", "ru": "Чему я научился?", "en": "What did I learn?"])

        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let old = try database.save(StoreFixtures.analysis(of: profile, template: original), template: original)
        let new = try database.save(
            StoreFixtures.analysis(of: profile, template: revised, date: "2025-11-04"), template: revised)
        XCTAssertEqual(new.templateVersion, 2)
        XCTAssertEqual(new.wheel.sectors[0].name, "Мақсат")

        let readNew = try XCTUnwrap(database.analysis(id: new.id))
        XCTAssertEqual(try database.template(of: readNew), revised)
        XCTAssertEqual(try database.template(of: readNew).coaching.questions[4].text(in: "en"), "What did I learn?")
        XCTAssertEqual(try database.template(of: XCTUnwrap(database.analysis(id: old.id))), original)
        XCTAssertEqual(try StoreFixtures.rowCount("templateSnapshot", in: database), 2)
    }

    func testFirstSnapshotOfAVersionIsKept() throws {
        // A data file edited in place without a new version must not rewrite history.
        let original = try StoreFixtures.template()
        var tampered = original
        tampered.title = LocalizedText(["kk": "Басқа", "ru": "Другое", "en": "Other"])
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let first = try database.save(StoreFixtures.analysis(of: profile, template: original), template: original)
        try database.save(StoreFixtures.analysis(of: profile, template: tampered, date: "2025-10-08"), template: tampered)
        XCTAssertEqual(try database.template(of: first), original)
        XCTAssertEqual(try StoreFixtures.rowCount("templateSnapshot", in: database), 1)
    }

    func testMissingSnapshotIsATemplateError() throws {
        var template = try StoreFixtures.template()
        template.version = 7
        let database = try AppDatabase.inMemory()
        let analysis = try StoreFixtures.analysis(of: StoreFixtures.profile(), template: template)
        XCTAssertThrowsError(try database.template(of: analysis)) { error in
            guard case DamuError.template = error else { return XCTFail("\(error)") }
        }
    }
}
