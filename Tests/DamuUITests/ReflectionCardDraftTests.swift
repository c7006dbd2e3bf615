import CGtk
import DamuCore
import DamuStore
import XCTest

@testable import DamuUI

/// Reflection cards being typed are kept in the database every two seconds, as a lesson analysis
/// is, so that when Damu ends without asking the next opening of the profile offers them back in
/// their year and week; saving or letting them go forgets them.
final class ReflectionCardDraftTests: GUITestCase, @unchecked Sendable {
    /// Whether the two-second look has written the teacher's cards, waiting up to five seconds.
    @MainActor
    private func cardsAreKept(of profile: Profile, _ condition: @escaping (ReflectionCardDrafts) -> Bool = { _ in true }) -> Bool {
        waitUntil(seconds: 5) { (try? self.storedDatabase().cardDrafts(profileID: profile.id)).flatMap { $0 }.map { condition($0.drafts) } ?? false }
    }

    func testCardsLeftUnsavedWhenDamuEndsAreOfferedBackInTheirYearAndWeek() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(
                Profile(fullName: "Жанар Бекқызы Сейітова", school: "№ 5 мектеп", isNewTeacher: true))
            let lastYear = try AcademicYear.current.previous()
            var window = try start(opening: profile)
            XCTAssertNil(Dialogs.presented, "nothing kept, nothing asked")
            window.showCards()
            pump(milliseconds: 300)
            var page = try XCTUnwrap(window.cards)
            // Last year's cards, a week of which is not this week.
            page.load(profile: profile, year: lastYear)
            page.weekChoice?.selected = 4
            pump()
            XCTAssertEqual(page.weeklyCard?.week, 5)
            try XCTUnwrap(page.weeklyForm).fields[0][1].text = "Жоспарды уақытында жаздым"
            try XCTUnwrap(page.weeklyForm).scale.button(7).emit("clicked")
            try XCTUnwrap(page.annualForm).fields[0][0].text = "Диалог"
            XCTAssertTrue(cardsAreKept(of: profile) { $0.annual != nil && $0.weekly != nil }, "kept within the two-second look")
            XCTAssertTrue(try storedDatabase().reflectionCards(profileID: profile.id).isEmpty, "kept, not saved")
            end(window)

            window = try start(opening: profile)
            let question = presentedDialogText()
            XCTAssertTrue(question.contains("Go on with the unsaved reflection cards?"), question)
            XCTAssertTrue(question.contains(lastYear.description), question)
            screenshot(of: try XCTUnwrap(Dialogs.presented), "kept-cards-question")
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Go On")
            pump(milliseconds: 300)
            XCTAssertEqual(window.currentPage, "cards")
            page = try XCTUnwrap(window.cards)
            XCTAssertEqual(page.year, lastYear)
            XCTAssertEqual(page.yearChoice?.selected, 0, "the year chooser shows it, the first of two")
            XCTAssertEqual(page.weeklyCard?.week, 5)
            XCTAssertEqual(page.weekChoice?.selected, 4)
            XCTAssertEqual(page.weeklyForm?.fields[0][1].text, "Жоспарды уақытында жаздым")
            XCTAssertEqual(page.weeklyForm?.scale.score, 7)
            XCTAssertEqual(page.annualForm?.fields[0][0].text, "Диалог")
            XCTAssertEqual(page.visibleTab, "annual")
            XCTAssertTrue(page.isDirty, "still to be saved")
            XCTAssertEqual(page.annualStatus.text, "Not started · changes not saved", "and the status says so")
            XCTAssertEqual(page.weeklyStatus.text, "Not started · changes not saved")
            screenshot(window, "kept-cards-resumed-1024")

            // Saving one card keeps the other; saving both leaves nothing to offer.
            XCTAssertTrue(page.saveWeekly(finish: false))
            XCTAssertEqual(page.weeklyStatus.text, "Draft: you can finish it later")
            let left = try XCTUnwrap(try storedDatabase().cardDrafts(profileID: profile.id)?.drafts)
            XCTAssertNil(left.weekly)
            XCTAssertEqual(left.annual?.answers[0][0], "Диалог")
            XCTAssertTrue(page.saveAnnual(finish: false))
            XCTAssertNil(try storedDatabase().cardDrafts(profileID: profile.id), "saved: nothing left to offer")
            XCTAssertEqual(try storedDatabase().weeklyCards(profileID: profile.id, academicYear: lastYear).map(\.week), [5])
            end(window)
            window = try start(opening: profile)
            XCTAssertNil(Dialogs.presented)
            end(window)
        }
    }

    func testCardsLetGoAreNotOfferedAgain() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Ержан Мұратұлы Сейітов", school: "№ 5 мектеп"))
            var window = try start(opening: profile)
            window.showCards()
            pump(milliseconds: 300)
            try XCTUnwrap(window.cards.annualForm).fields[0][0].text = "Төзімділік"
            XCTAssertTrue(cardsAreKept(of: profile))
            // Discarded on the way out: forgotten at once.
            window.goBack()
            pump()
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertNil(try storedDatabase().cardDrafts(profileID: profile.id))

            window.showCards()
            pump(milliseconds: 300)
            try XCTUnwrap(window.cards.annualForm).fields[0][0].text = "Төзімділік"
            XCTAssertTrue(cardsAreKept(of: profile))
            end(window)
            window = try start(opening: profile)
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Go On")
            pump(milliseconds: 300)
            // Typed back to what is stored (a blank card): the next look forgets it.
            try XCTUnwrap(window.cards.annualForm).fields[0][0].text = ""
            XCTAssertTrue(waitUntil(seconds: 5) { ((try? self.storedDatabase().cardDrafts(profileID: profile.id)) ?? nil) == nil })
            try XCTUnwrap(window.cards.annualForm).fields[0][0].text = "Тағы да"
            XCTAssertTrue(cardsAreKept(of: profile))
            end(window)

            window = try start(opening: profile)
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history", "Discard stays on the lessons")
            XCTAssertNil(try storedDatabase().cardDrafts(profileID: profile.id))
            XCTAssertTrue(try storedDatabase().reflectionCards(profileID: profile.id).isEmpty)
            end(window)
        }
    }
}
