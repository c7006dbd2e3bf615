import CGtk
import DamuCore
import DamuStore
import XCTest

@testable import DamuUI

final class ProfileFlowTests: GUITestCase, @unchecked Sendable {
    func testFirstRunShowsWelcomeAndCreatesAProfileThroughTheForm() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            XCTAssertEqual(window.currentPage, "chooser")
            XCTAssertTrue(window.chooser.profiles.isEmpty)
            screenshot(window, "chooser-empty-1024")

            window.chooser.createButton.click()
            pump()
            XCTAssertEqual(window.currentPage, "profile")
            let form = window.profileEditor!
            form.fullName.text = "Айгүл Сәрсенбайқызы Қасымова"
            form.school.text = "№ 12 жалпы білім беретін мектеп"
            form.subjects.text = "Математика"
            form.category.selected = 2  // after "not assigned": Педагог, Педагог-модератор
            form.years.value = 7
            form.newTeacher.isOn = false
            form.topic.text = "Оқушылардың функционалдық сауаттылығын дамыту"
            form.mentor.text = "Ержан Бекұлы"
            screenshot(window, "profile-form-1024")
            form.saveButton.click()
            pump()

            XCTAssertEqual(window.currentPage, "history", "saving a profile opens its lessons")
            let stored = try storedDatabase().profiles()
            XCTAssertEqual(stored.count, 1)
            XCTAssertEqual(stored[0].fullName, "Айгүл Сәрсенбайқызы Қасымова")
            XCTAssertEqual(stored[0].category, .moderator)
            XCTAssertEqual(stored[0].yearsOfService, 7)
            XCTAssertEqual(stored[0].methodologicalTopic, "Оқушылардың функционалдық сауаттылығын дамыту")
            screenshot(window, "history-empty-1024")
        }
    }

    func testAProfileWithoutANameIsRefusedAndTheFormKeepsWhatWasTyped() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            window.chooser.createButton.click()
            pump()
            let form = window.profileEditor!
            form.school.text = "Гимназия № 3"
            form.saveButton.click()
            pump()
            XCTAssertNotNil(Dialogs.presented, "an error dialog says what is wrong")
            XCTAssertEqual(window.currentPage, "profile")
            XCTAssertEqual(form.school.text, "Гимназия № 3")
            XCTAssertEqual(try storedDatabase().profiles().count, 0)
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertNil(Dialogs.presented)
        }
    }

    func testSeveralProfilesAreListedAndOneOpens() throws {
        try MainActor.assumeIsolated {
            let database = try AppDatabase.open(at: databaseURL)
            try database.save(Profile(fullName: "Бауыржан Оспанов", category: .expert))
            try database.save(Profile(fullName: "Анна Ким", school: "Лицей № 1"))
            let window = try makeWindow()
            XCTAssertEqual(window.chooser.profiles.map(\.fullName), ["Анна Ким", "Бауыржан Оспанов"])
            screenshot(window, "chooser-1024")
            window.chooser.open(window.chooser.profiles[1])
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertEqual(window.session.profile?.fullName, "Бауыржан Оспанов")
        }
    }

    /// Deleting a profile takes all its lessons: it asks first, and Enter, pressed once too often
    /// after "Delete Profile…", answers Cancel.
    func testDeletingAProfileAsksAndEnterKeepsIt() throws {
        try MainActor.assumeIsolated {
            let template = Self.templateCatalog.current
            let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 3)
            try AppDatabase.open(at: databaseURL).saveDemo(profile: profile, analyses: analyses, template: template)
            let window = try makeWindow()
            window.showHistory(profile)
            pump()
            window.showProfileForm(profile)
            pump()
            let form = try XCTUnwrap(window.profileEditor)
            form.deleteButton.click()
            pump()
            XCTAssertTrue(presentedDialogText().contains(profile.fullName), presentedDialogText())
            if let question = Dialogs.presented { screenshot(of: question, "profile-delete-question") }
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Cancel")
            pump()
            XCTAssertNil(Dialogs.presented)
            XCTAssertEqual(window.currentPage, "profile")
            XCTAssertEqual(try storedDatabase().history(profileID: profile.id).analyses.count, analyses.count)

            form.deleteButton.click()
            pump()
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "chooser")
            XCTAssertTrue(try storedDatabase().profiles().isEmpty)
            XCTAssertTrue(window.chooser.profiles.isEmpty)
        }
    }

    /// What is typed in the profile form is not lost on the way out: Back, switching profile and
    /// closing the window ask Save / Discard / Cancel when the fields differ from what is stored.
    func testLeavingTheProfileFormWithUnsavedChangesAsksFirst() throws {
        try MainActor.assumeIsolated {
            let stored = try AppDatabase.open(at: databaseURL).save(
                Profile(fullName: "Анна Ким", school: "Лицей № 1", methodologicalTopic: "Сыни тұрғыдан ойлау"))
            let window = try makeWindow()
            window.showHistory(stored)
            pump()
            window.showProfileForm(stored)
            pump()
            let form = try XCTUnwrap(window.profileEditor)
            window.actions.activate("back")
            pump()
            XCTAssertNil(Dialogs.presented, "nothing typed: nothing to ask")
            XCTAssertEqual(window.currentPage, "history")

            window.showProfileForm(stored)
            pump()
            form.topic.text = "Функционалдық сауаттылық"
            window.actions.activate("back")
            pump()
            XCTAssertTrue(presentedDialogText().contains("Save changes to the profile?"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "profile")
            XCTAssertEqual(form.topic.text, "Функционалдық сауаттылық", "cancel keeps what was typed")
            window.actions.activate("back")
            pump()
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertEqual(try storedDatabase().profiles().first?.methodologicalTopic, "Сыни тұрғыдан ойлау", "discarded")

            window.showProfileForm(stored)
            pump()
            form.topic.text = "Функционалдық сауаттылық"
            window.actions.activate("switch-profile")
            pump()
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Save")
            pump()
            XCTAssertEqual(window.currentPage, "chooser")
            XCTAssertEqual(try storedDatabase().profiles().first?.methodologicalTopic, "Функционалдық сауаттылық", "saved")

            // A new profile, half typed, and the window closed.
            window.chooser.createButton.click()
            pump()
            form.fullName.text = "Ержан Бекұлы"
            gtk_window_close(window.window.cast())
            pump()
            XCTAssertNotNil(Dialogs.presented, "closing asks first")
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertNotEqual(gtk_widget_get_mapped(window.window.pointer), 0, "still open")
            XCTAssertEqual(form.fullName.text, "Ержан Бекұлы")
        }
    }
}
