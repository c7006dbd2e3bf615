import DamuCore
import DamuStore
import Foundation
import XCTest

/// The reflection cards being typed are kept, one set per teacher, until they are saved or let
/// go; like an analysis being typed, they leave with a deleted profile and are never restored.
final class ReflectionCardDraftStoreTests: XCTestCase {
    private func drafts(of profile: Profile, answer: String, weekly: Bool = false) throws -> ReflectionCardDrafts {
        let template = try ReflectionCardStoreTests.cardsTemplate()
        let year = try AcademicYear(startYear: 2025)
        var card = ReflectionCard(
            profileID: profile.id, kind: weekly ? .weekly : .annual, academicYear: year, week: weekly ? 7 : nil,
            template: template, language: "kk")
        card.answers[0][0] = answer
        card.score = 6
        return try XCTUnwrap(ReflectionCardDrafts(
            profileID: profile.id, academicYear: year, annual: weekly ? nil : card, weekly: weekly ? card : nil))
    }

    func testCardsAreKeptReplacedAndDroppedForTheirTeacherAlone() throws {
        let database = try AppDatabase.inMemory()
        let first = try database.save(StoreFixtures.profile())
        let second = try database.save(StoreFixtures.profile("Ержан Мұратұлы Сейітов"))
        XCTAssertNil(try database.cardDrafts(profileID: first.id))

        let typed = try drafts(of: first, answer: "Топтық жұмыс")
        try database.keepCardDrafts(typed)
        let kept = try XCTUnwrap(try database.cardDrafts(profileID: first.id))
        XCTAssertEqual(kept.drafts, typed, "every answer and the score as typed")
        XCTAssertLessThan(abs(kept.writtenAt.timeIntervalSinceNow), 60)
        XCTAssertNil(try database.cardDrafts(profileID: second.id))

        var both = typed
        both.weekly = try drafts(of: first, answer: "Кері байланыс", weekly: true).weekly
        try database.keepCardDrafts(both)
        XCTAssertEqual(try database.cardDrafts(profileID: first.id)?.drafts, both, "one set per teacher: the latest")
        try database.keepCardDrafts(try drafts(of: second, answer: "Рефлексия"))

        try database.dropCardDrafts(profileID: first.id)
        XCTAssertNil(try database.cardDrafts(profileID: first.id))
        XCTAssertEqual(try database.cardDrafts(profileID: second.id)?.drafts.annual?.answers[0][0], "Рефлексия")
        XCTAssertTrue(try database.reflectionCards(profileID: first.id).isEmpty, "kept cards are not saved cards")
    }

    func testCardsLeaveWithTheirProfileAndDoNotComeBackWithARestore() throws {
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        try database.keepCardDrafts(try drafts(of: profile, answer: "Жеке жауап"))
        try database.deleteProfile(id: profile.id)
        try database.restoreProfile(id: profile.id)
        XCTAssertNil(try database.cardDrafts(profileID: profile.id))
    }

    func testCardsOfATeacherWithNoProfileAreRefused() throws {
        let database = try AppDatabase.inMemory()
        let stranger = StoreFixtures.profile()
        XCTAssertThrowsError(try database.keepCardDrafts(try drafts(of: stranger, answer: "—")))
        XCTAssertNil(try database.cardDrafts(profileID: stranger.id))
    }

    func testNothingUnsavedIsNoDrafts() throws {
        XCTAssertNil(ReflectionCardDrafts(profileID: UUID(), academicYear: .current, annual: nil, weekly: nil))
    }
}
