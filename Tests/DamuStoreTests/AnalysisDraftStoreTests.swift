import DamuCore
import DamuStore
import Foundation
import XCTest

/// The lesson analysis being typed is kept, one per teacher, until it is saved or let go; it is
/// not the teacher's record, so it leaves with a deleted profile and is never restored with it.
final class AnalysisDraftStoreTests: XCTestCase {
    private func draft(of profile: Profile, template: LessonAnalysisTemplate, topic: String) throws -> AnalysisDraft {
        let base = LessonAnalysis(profileID: profile.id, template: template, language: "kk")
        var shown = try StoreFixtures.analysis(of: profile, template: template)
        shown.id = base.id
        shown.lesson.topic = topic
        return AnalysisDraft(base: base, isNew: true, shown: shown, dateText: "2025-10-0", step: "scaling")
    }

    func testADraftIsKeptReplacedAndDroppedForItsTeacherAlone() throws {
        let template = try StoreFixtures.template()
        let database = try AppDatabase.inMemory()
        let first = try database.save(StoreFixtures.profile())
        let second = try database.save(StoreFixtures.profile("Ержан Мұратұлы Сейітов"))
        XCTAssertNil(try database.draft(profileID: first.id))

        let typed = try draft(of: first, template: template, topic: "Көпмүшелер")
        try database.keepDraft(typed, template: template)
        let kept = try XCTUnwrap(try database.draft(profileID: first.id))
        XCTAssertEqual(kept.draft, typed, "every field as it was typed, the unparsed date too")
        XCTAssertLessThan(abs(kept.writtenAt.timeIntervalSinceNow), 60)
        XCTAssertNoThrow(try database.template(of: kept.draft.base), "the template is kept with it, though nothing is saved")
        XCTAssertNil(try database.draft(profileID: second.id))

        var more = typed
        more.shown.coachingAnswers[2] = "Сұрақтарды алдын ала дайындау"
        try database.keepDraft(more, template: template)
        XCTAssertEqual(try database.draft(profileID: first.id)?.draft, more, "one draft per teacher: the latest")
        try database.keepDraft(try draft(of: second, template: template, topic: "Дроби"), template: template)

        try database.dropDraft(profileID: first.id)
        XCTAssertNil(try database.draft(profileID: first.id))
        XCTAssertEqual(try database.draft(profileID: second.id)?.draft.shown.lesson.topic, "Дроби")
        XCTAssertTrue(try database.history(profileID: first.id).isEmpty, "a draft is not a saved analysis")
    }

    func testADraftLeavesWithItsProfileAndDoesNotComeBackWithARestore() throws {
        let template = try StoreFixtures.template()
        let database = try AppDatabase.inMemory()
        let profile = try database.save(StoreFixtures.profile())
        try database.keepDraft(try draft(of: profile, template: template, topic: "Жеке тақырып"), template: template)
        try database.deleteProfile(id: profile.id)
        try database.restoreProfile(id: profile.id)
        XCTAssertNil(try database.draft(profileID: profile.id))
    }

    func testADraftOfATeacherWithNoProfileIsRefused() throws {
        let template = try StoreFixtures.template()
        let database = try AppDatabase.inMemory()
        let stranger = StoreFixtures.profile()
        XCTAssertThrowsError(try database.keepDraft(try draft(of: stranger, template: template, topic: "—"), template: template))
        XCTAssertNil(try database.draft(profileID: stranger.id))
    }
}
