import DamuCore
import DamuStore
import Foundation
import XCTest

/// A window (or the CLI) may hold a copy of a record that was deleted elsewhere: saving that copy
/// must be refused with a message, not bring the record back unnoticed.
final class StaleSaveTests: XCTestCase {
    func testSavingADeletedAnalysisIsRefusedAndItStaysDeleted() throws {
        let template = try StoreFixtures.template()
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        var analysis = try database.save(StoreFixtures.analysis(of: profile, template: template), template: template)
        try database.deleteAnalysis(id: analysis.id)
        analysis.lesson.topic = "Өзгертілген тақырып"
        XCTAssertThrowsError(try database.save(analysis, template: template)) { error in
            guard case DamuError.notFound(let message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("deleted"), message)
        }
        XCTAssertNil(try database.analysis(id: analysis.id))
        XCTAssertTrue(try database.history(profileID: profile.id).isEmpty)
    }

    func testSavingADeletedProfileIsRefusedAndItStaysDeleted() throws {
        let database = try AppDatabase.inMemory()
        var profile = try database.save(StoreFixtures.profile())
        try database.deleteProfile(id: profile.id)
        profile.school = "Басқа мектеп"
        XCTAssertThrowsError(try database.save(profile))
        XCTAssertTrue(try database.profiles().isEmpty)
    }
}
