import DamuCore
import DamuStore
import Foundation
import XCTest

/// The profile form being typed is kept, one in all (the window shows one), until it is saved or
/// let go; a new profile's is kept under the id it will be saved with, which no row has yet.
final class ProfileDraftStoreTests: XCTestCase {
    func testTheFormIsKeptReplacedAndDropped() throws {
        let database = try AppDatabase.inMemory()
        XCTAssertNil(try database.profileDraft())

        var typed = Profile(fullName: "Әлия Нұрланқызы")
        typed.methodologicalTopic = "Функционалдық сауаттылықты дамыту"
        let new = ProfileDraft(original: nil, shown: typed)
        try database.keepProfileDraft(new)
        let kept = try XCTUnwrap(try database.profileDraft())
        XCTAssertEqual(kept.draft, new, "every field as typed, of a profile not saved yet")
        XCTAssertLessThan(abs(kept.writtenAt.timeIntervalSinceNow), 60)
        XCTAssertEqual(try database.profiles(), [], "kept, not saved")

        let saved = try database.save(StoreFixtures.profile())
        var edited = saved
        edited.developmentGoal = "Оқушылардың белсенділігін арттыру"
        let edit = ProfileDraft(original: saved, shown: edited)
        try database.keepProfileDraft(edit)
        XCTAssertEqual(try database.profileDraft()?.draft, edit, "one form in all: the latest")

        try database.dropProfileDraft(profileID: new.profileID)
        XCTAssertEqual(try database.profileDraft()?.draft, edit, "dropping another's leaves it")
        try database.dropProfileDraft(profileID: saved.id)
        XCTAssertNil(try database.profileDraft())
    }

    func testAnEditLeavesWithItsDeletedProfileAndIsNotRestored() throws {
        let database = try AppDatabase.inMemory()
        let saved = try database.save(StoreFixtures.profile())
        var edited = saved
        edited.mentor = "Сауле Маратовна"
        try database.keepProfileDraft(ProfileDraft(original: saved, shown: edited))

        try database.deleteProfile(id: saved.id)
        XCTAssertNil(try database.profileDraft())
        try database.restoreProfile(id: saved.id)
        XCTAssertNil(try database.profileDraft(), "unsaved work is not part of what a restore brings back")
    }
}
