import DamuCore
@testable import DamuStore
import Foundation
import XCTest

final class RoundTripTests: XCTestCase {
    private var template: LessonAnalysisTemplate!

    override func setUpWithError() throws { template = try StoreFixtures.template() }

    func testProfileSaveEditReopen() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        var stored: Profile
        do {
            let database = try AppDatabase.open(at: url)
            stored = try database.save(StoreFixtures.profile())
            XCTAssertEqual(try database.profile(id: stored.id), stored)
            stored.school = "№ 7 мектеп-гимназия"
            stored.category = .expert
            let edited = try database.save(stored)
            XCTAssertEqual(edited.createdAt, stored.createdAt)
            XCTAssertGreaterThanOrEqual(edited.updatedAt, stored.updatedAt)
            stored = edited
            XCTAssertEqual(try database.profile(id: stored.id), stored)
        }
        let reopened = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try reopened.profiles(), [stored])
    }

    func testProfilesAreListedByName() throws {
        let database = try AppDatabase.inMemory()
        for name in ["Жанар", "айгүл", "Бауыржан"] { try database.save(StoreFixtures.profile(name)) }
        XCTAssertEqual(try database.profiles().map(\.fullName), ["айгүл", "Бауыржан", "Жанар"])
    }

    func testProfilesFollowTheKazakhAlphabetAndNamesakesKeepTheirPlaces() throws {
        let database = try AppDatabase.inMemory()
        var namesakes: [UUID] = []
        for name in ["Ілияс Оспанов", "Үміт Сейітова", "Ұлан Ахметов", "Игорь Ким", "Үміт Сейітова", "Ыбырай Алтынсарин"] {
            let profile = try database.save(StoreFixtures.profile(name))
            if name == "Үміт Сейітова" { namesakes.append(profile.id) }
        }
        let listed = try database.profiles()
        XCTAssertEqual(listed.map(\.fullName), [
            "Игорь Ким", "Ұлан Ахметов", "Үміт Сейітова", "Үміт Сейітова", "Ыбырай Алтынсарин", "Ілияс Оспанов",
        ])
        let namesakesListed = listed.filter { $0.fullName == "Үміт Сейітова" }.map(\.id)
        XCTAssertEqual(namesakesListed, namesakes.sorted { $0.uuidString < $1.uuidString })
        XCTAssertEqual(try database.profiles().map(\.id), listed.map(\.id))
    }

    func testAnalysisSaveEditReopenAreEqual() throws {
        let url = try StoreFixtures.temporaryFolder(for: self).appendingPathComponent("damu.sqlite")
        var stored: LessonAnalysis
        do {
            let database = try AppDatabase.open(at: url)
            let profile = try database.save(StoreFixtures.profile())
            var first = try database.save(StoreFixtures.analysis(of: profile, template: template), template: template)
            XCTAssertEqual(try database.analysis(id: first.id), first)
            var second = try StoreFixtures.analysis(of: profile, template: template, date: "2025-10-14", score: 3)
            second.followUp = GrowthFollowUp(
                previousAnalysisID: first.id, plannedSteps: first.growthSentences(template: template),
                outcome: .partly, note: "Жартылай")
            stored = try database.save(second, template: template)
            XCTAssertEqual(try database.analysis(id: stored.id), stored)

            first.lesson.topic = "Бірмүшелер"
            first.wheel.sectors[3].score = 10
            first.wheel.sectors[3].name = "Сынып ахуалы"
            first = try database.save(first, template: template)
            XCTAssertEqual(try database.analysis(id: first.id), first)
            XCTAssertEqual(try database.history(profileID: profile.id).analyses, [first, stored])
        }
        let reopened = try AppDatabase.open(at: url, create: false)
        XCTAssertEqual(try reopened.analysis(id: stored.id), stored)
        XCTAssertEqual(try reopened.analysis(id: stored.id)?.followUp?.outcome, .partly)
        XCTAssertEqual(try reopened.history(profileID: stored.profileID).analyses.first?.wheel.sectors[3].name, "Сынып ахуалы")
    }

    func testDeleteAndRestoreAnalysis() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let stored = try database.save(StoreFixtures.analysis(of: profile, template: template), template: template)
        try database.deleteAnalysis(id: stored.id)
        XCTAssertNil(try database.analysis(id: stored.id))
        XCTAssertTrue(try database.history(profileID: profile.id).isEmpty)
        XCTAssertEqual(try StoreFixtures.rowCount("lessonAnalysis", in: database), 1, "a tombstone, not gone")
        try database.restoreAnalysis(id: stored.id)
        var restored = try XCTUnwrap(database.analysis(id: stored.id))
        XCTAssertGreaterThanOrEqual(restored.updatedAt, stored.updatedAt)
        restored.updatedAt = stored.updatedAt
        XCTAssertEqual(restored, stored)
        XCTAssertThrowsError(try database.deleteAnalysis(id: UUID())) { error in
            guard case DamuError.notFound = error else { return XCTFail("\(error)") }
        }
    }

    func testDeletingAProfileHidesItsAnalysesAndRestoreBringsBackOnlyThose() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let other = try database.save(StoreFixtures.profile("Жанар"))
        let kept = try database.save(StoreFixtures.analysis(of: profile, template: template), template: template)
        let deletedBefore = try database.save(
            StoreFixtures.analysis(of: profile, template: template, date: "2025-10-21"), template: template)
        let othersLesson = try database.save(StoreFixtures.analysis(of: other, template: template), template: template)
        try database.deleteAnalysis(id: deletedBefore.id)

        try database.deleteProfile(id: profile.id)
        XCTAssertNil(try database.profile(id: profile.id))
        XCTAssertEqual(try database.profiles().map(\.id), [other.id])
        XCTAssertNil(try database.analysis(id: kept.id))
        XCTAssertNotNil(try database.analysis(id: othersLesson.id))

        try database.restoreProfile(id: profile.id)
        XCTAssertEqual(try database.profile(id: profile.id)?.fullName, profile.fullName)
        XCTAssertEqual(try database.history(profileID: profile.id).analyses.map(\.id), [kept.id])
        XCTAssertNil(try database.analysis(id: deletedBefore.id), "deleted on its own before: stays deleted")
        XCTAssertThrowsError(try database.deleteProfile(id: UUID()))
        XCTAssertThrowsError(try database.restoreProfile(id: UUID()))
        XCTAssertNoThrow(try database.restoreProfile(id: profile.id), "restoring a live profile is harmless")
    }

    func testInvalidOrOrphanAnalysisIsNotSaved() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        var invalid = try StoreFixtures.analysis(of: profile, template: template)
        invalid.wheel.sectors[6].score = 11
        XCTAssertThrowsError(try database.save(invalid, template: template)) { error in
            XCTAssertEqual("\(error)".hasPrefix("Sector 7: "), true, "\(error)")
        }
        let orphan = try StoreFixtures.analysis(of: StoreFixtures.profile("Ешкім"), template: template)
        XCTAssertThrowsError(try database.save(orphan, template: template)) { error in
            guard case DamuError.notFound = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try StoreFixtures.rowCount("lessonAnalysis", in: database), 0)
        XCTAssertEqual(try StoreFixtures.rowCount("templateSnapshot", in: database), 0)
    }

    func testIdsAreStoredAsText() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        let stored = try database.save(StoreFixtures.analysis(of: profile, template: template), template: template)
        let (profileID, analysisID) = try database.read { db in
            (try String.fetchOne(db, sql: "SELECT id FROM profile"),
             try String.fetchOne(db, sql: "SELECT id || ' ' || profileId FROM lessonAnalysis"))
        }
        XCTAssertEqual(profileID, profile.id.uuidString)
        XCTAssertEqual(analysisID, "\(stored.id.uuidString) \(profile.id.uuidString)")
    }
}
