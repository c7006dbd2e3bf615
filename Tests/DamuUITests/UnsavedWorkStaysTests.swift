import CGtk
import DamuCore
import DamuStore
import DamuTestSupport
import Foundation
import XCTest

@testable import DamuUI

/// A save that cannot be written (a full disk; a read-only data folder is `SaveFailureTests`'s)
/// on the pages besides the lesson analysis: the reflection cards, the profile form and the route
/// sheet. Each says what was not saved, keeps every word typed so the same button saves it once
/// there is room, and leaves the database as it was.
final class UnsavedWorkStaysTests: GUITestCase, @unchecked Sendable {
    @MainActor
    private func windowOnCards(newTeacher: Bool) throws -> (AppWindow, Profile, ReflectionCardsPage) {
        let window = try makeWindow(width: 1024, height: 768)
        let profile = try window.session.database.save(
            Profile(fullName: "Жанар Бекқызы Сейітова", school: "№ 5 мектеп", subjects: "Физика", isNewTeacher: newTeacher))
        window.showHistory(profile)
        pump()
        window.showCards()
        pump(milliseconds: 300)
        return (window, profile, try XCTUnwrap(window.cards))
    }

    /// Runs `save` while the disk is full, then checks the message: it names `what` was not
    /// saved and says nothing was. The message is closed; the disk has room again.
    @MainActor
    private func onAFullDisk(_ what: String, file: StaticString = #filePath, line: UInt = #line, _ save: () -> Void) throws {
        let disk = try FullDisk()
        save()
        pump()
        disk.restore()
        let text = presentedDialogText()
        XCTAssertTrue(text.contains(what), "the message says what: \(text)", file: file, line: line)
        XCTAssertTrue(text.contains("Nothing was saved"), "and why: \(text)", file: file, line: line)
        Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
        pump()
        XCTAssertNil(Dialogs.presented, file: file, line: line)
    }

    func testAnAnnualCardThatCannotBeFinishedStaysInItsFields() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page) = try windowOnCards(newTeacher: false)
            let form = try XCTUnwrap(page.annualForm)
            form.fields[0][0].text = "Диалог"
            form.fields[1][1].text = "Ашық сабақ"
            form.fields[10][0].text = "Әр сабақ — жаңа мүмкіндік."
            form.scale.button(7).emit("clicked")
            pump()

            try onAFullDisk("The card was not saved") { page.annualFinishButton.click() }
            XCTAssertEqual(window.currentPage, "cards")
            XCTAssertTrue(page.isDirty, "the card is still unsaved in the window")
            XCTAssertEqual(page.annualForm?.fields[0][0].text, "Диалог")
            XCTAssertEqual(page.annualForm?.fields[1][1].text, "Ашық сабақ")
            XCTAssertEqual(page.annualForm?.fields[10][0].text, "Әр сабақ — жаңа мүмкіндік.")
            XCTAssertEqual(page.annualForm?.scale.score, 7)
            XCTAssertNil(try storedDatabase().annualCard(profileID: profile.id, academicYear: page.year), "nothing stored")
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")

            // Room again: the same button finishes the same words.
            page.annualFinishButton.click()
            pump()
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            let card = try XCTUnwrap(try storedDatabase().annualCard(profileID: profile.id, academicYear: page.year))
            XCTAssertFalse(card.isDraft)
            XCTAssertEqual(card.answers[0], ["Диалог"])
            XCTAssertEqual(card.answers[10], ["Әр сабақ — жаңа мүмкіндік."])
            XCTAssertEqual(card.score, 7)
        }
    }

    func testAWeeklyCardThatCannotBeSavedStaysInItsFields() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page) = try windowOnCards(newTeacher: true)
            XCTAssertEqual(page.visibleTab, "weekly")
            let form = try XCTUnwrap(page.weeklyForm)
            form.fields[0][0].text = "Сабақ жоспарын құрдым"

            try onAFullDisk("The card was not saved") { page.weeklyDraftButton.click() }
            XCTAssertEqual(window.currentPage, "cards")
            XCTAssertTrue(page.isDirty)
            XCTAssertEqual(page.weeklyForm?.fields[0][0].text, "Сабақ жоспарын құрдым")
            XCTAssertEqual(try storedDatabase().weeklyCards(profileID: profile.id, academicYear: page.year), [], "nothing stored")

            page.weeklyDraftButton.click()
            pump()
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            let stored = try storedDatabase().weeklyCards(profileID: profile.id, academicYear: page.year)
            XCTAssertEqual(stored.first?.answers[0].first, "Сабақ жоспарын құрдым")
        }
    }

    func testAProfileThatCannotBeSavedStaysInTheForm() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Дәурен Сапаров"))
            let window = try makeWindow()
            window.showProfileForm(profile)
            pump()
            let form = try XCTUnwrap(window.profileEditor)
            form.school.text = "№ 12 мектеп-лицей"
            form.goal.text = "Зерттеу сабағын меңгеру"

            try onAFullDisk("The profile was not saved") { form.saveButton.click() }
            XCTAssertEqual(window.currentPage, "profile", "the form stays open")
            XCTAssertTrue(form.isDirty)
            XCTAssertEqual(form.school.text, "№ 12 мектеп-лицей")
            XCTAssertEqual(form.goal.text, "Зерттеу сабағын меңгеру")
            XCTAssertEqual(try storedDatabase().profiles(), [profile], "the profile is as it was")

            form.saveButton.click()
            pump()
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            XCTAssertEqual(try storedDatabase().profiles().first?.school, "№ 12 мектеп-лицей")
        }
    }

    func testARowMarkThatCannotBeSavedKeepsItsEvidence() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "sheet")
            let before = try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)
            let day = DateText.of(min(LessonDate.today, year.lastDay))
            page.rows.select(row: 2)
            page.rows.markChoice.selected = 1
            page.rows.date.text = day
            page.rows.evidence.text = "Әдістемелік бірлестікте баяндама"
            page.rows.newAction.text = "Әріптестерге шеберлік сыныбы"
            page.rows.newRow.text = "Цифрлық сауаттылық"

            for button in [page.rows.markButton, page.rows.addActionButton, page.rows.addButton] {
                try onAFullDisk("The route sheet was not saved") { button.click() }
            }

            XCTAssertEqual(window.currentPage, "route-sheet")
            XCTAssertEqual(page.rows.selectedIndex, 2, "the chosen row stays chosen")
            XCTAssertEqual(page.rows.markChoice.selected, 1)
            XCTAssertEqual(page.rows.date.text, day)
            XCTAssertEqual(page.rows.evidence.text, "Әдістемелік бірлестікте баяндама")
            XCTAssertEqual(page.rows.newAction.text, "Әріптестерге шеберлік сыныбы")
            XCTAssertEqual(page.rows.newRow.text, "Цифрлық сауаттылық")
            XCTAssertEqual(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year), before, "the sheet is as it was")
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")

            page.rows.markButton.click()
            pump()
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            let stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            let id = page.rows.rowIDs[2]
            XCTAssertEqual(stored.marks(of: id)?.latest?.evidence, .text("Әдістемелік бірлестікте баяндама"))
        }
    }

    func testASectorNameThatCannotBeSavedStaysInItsField() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "wheel")
            let before = try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)
            let field = page.wheel.sectorNames[3]
            field.text = "Менің зерттеуім"

            try onAFullDisk("The route sheet was not saved") { pressEnter(in: field) }
            XCTAssertEqual(window.currentPage, "route-sheet")
            XCTAssertEqual(page.wheel.sectorNames[3].text, "Менің зерттеуім", "what the teacher typed stays")
            screenshot(window, "wheel-sector-not-saved-1024")
            XCTAssertEqual(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year), before)

            // A score chosen meanwhile redraws the tab; the unsaved name stays in its field.
            page.wheel.scoreChoices[0].selected = 6  // score 5
            pump()
            let scored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(scored.wheel.sectors[0][page.wheel.chosenMoment], 5, "the score was saved and the tab shown again")
            XCTAssertEqual(scored.wheel.sectors[3].name, before?.wheel.sectors[3].name)
            XCTAssertEqual(page.wheel.sectorNames[3].text, "Менің зерттеуім")

            // Room again: Enter in the same field saves the same name.
            pressEnter(in: field)
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            let stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.wheel.sectors[3].name, "Менің зерттеуім")
            XCTAssertEqual(page.wheel.view.picture.sectorNames[3], "Менің зерттеуім")
        }
    }
}
