import CGtk
import DamuCore
import DamuStore
import GRDB
import XCTest

@testable import DamuUI

/// The profile form being typed is kept every two seconds, like a lesson analysis, so when Damu
/// ends without asking the next start offers it back, whole; saving or letting it go forgets it.
final class ProfileDraftTests: GUITestCase, @unchecked Sendable {
    /// Damu as it starts: the window, then the question about a profile form left unsaved.
    @MainActor
    private func startDamu() throws -> AppWindow {
        let window = try makeWindow()
        window.offerKeptProfile()
        pump()
        return window
    }

    @MainActor
    private func profileFormIsKept(_ condition: @escaping (ProfileDraft) -> Bool) -> Bool {
        waitUntil(seconds: 5) { (try? self.storedDatabase().profileDraft()).flatMap { $0 }.map { condition($0.draft) } ?? false }
    }

    func testANewProfileLeftUnsavedWhenDamuEndsIsOfferedBackAndSaved() throws {
        try MainActor.assumeIsolated {
            var window = try startDamu()
            XCTAssertNil(Dialogs.presented, "nothing kept, nothing asked")
            window.showProfileForm(nil)
            window.profileEditor.fullName.text = "Әлия Нұрланқызы Сейітова"
            window.profileEditor.school.text = "№ 7 гимназия"
            window.profileEditor.topic.text = "Функционалдық сауаттылықты дамыту арқылы"
            window.profileEditor.years.value = 4
            XCTAssertTrue(profileFormIsKept { $0.shown.methodologicalTopic.hasSuffix("арқылы") }, "kept within the two-second look")
            XCTAssertEqual(try storedDatabase().profiles(), [], "kept, not saved")
            end(window)

            window = try startDamu()
            let question = presentedDialogText()
            XCTAssertTrue(question.contains("Go on with the unsaved profile?"), question)
            XCTAssertTrue(question.contains("the profile of Әлия Нұрланқызы Сейітова"), question)
            screenshot(of: try XCTUnwrap(Dialogs.presented), "kept-profile-question")
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Go On")
            pump()
            XCTAssertEqual(window.currentPage, "profile")
            let form = window.profileEditor!
            XCTAssertEqual(form.fullName.text, "Әлия Нұрланқызы Сейітова")
            XCTAssertEqual(form.school.text, "№ 7 гимназия")
            XCTAssertEqual(form.topic.text, "Функционалдық сауаттылықты дамыту арқылы")
            XCTAssertEqual(form.years.value, 4)
            XCTAssertTrue(form.isDirty, "still to be saved")
            XCTAssertEqual(window.title, "New profile")

            form.topic.text = "Функционалдық сауаттылықты дамыту арқылы оқу сапасын арттыру"
            form.save()
            pump()
            XCTAssertEqual(try storedDatabase().profiles().map(\.methodologicalTopic), ["Функционалдық сауаттылықты дамыту арқылы оқу сапасын арттыру"])
            XCTAssertNil(try storedDatabase().profileDraft(), "saved at once, before the next look: nothing left to offer")
            end(window)
            window = try startDamu()
            XCTAssertNil(Dialogs.presented)
            end(window)
        }
    }

    func testAnEditLetGoAtStartOrOnTheWayOutIsForgotten() throws {
        try MainActor.assumeIsolated {
            let saved = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Ольга Петрова", school: "Гимназия № 5"))
            var window = try startDamu()
            window.showProfileForm(saved)
            window.profileEditor.goal.text = "Освоить формативное оценивание"
            XCTAssertTrue(profileFormIsKept { $0.original == saved && $0.shown.developmentGoal.hasPrefix("Освоить") })
            end(window)

            window = try startDamu()
            XCTAssertTrue(presentedDialogText().contains("the profile of Ольга Петрова"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "chooser")
            XCTAssertNil(try storedDatabase().profileDraft(), "let go")
            XCTAssertEqual(try storedDatabase().profile(id: saved.id), saved, "what was saved is untouched")

            window.showProfileForm(saved)
            window.profileEditor.mentor.text = "Сауле Маратовна"
            XCTAssertTrue(profileFormIsKept { $0.shown.mentor == "Сауле Маратовна" })
            window.goBack()
            pump()
            XCTAssertTrue(presentedDialogText().contains("Save changes to the profile?"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertNil(try storedDatabase().profileDraft(), "discarded on the way out")
            end(window)
        }
    }

    func testAKeptProfileThatCannotBeReadIsKeptUntilLetGo() throws {
        try MainActor.assumeIsolated {
            var window = try startDamu()
            window.showProfileForm(nil)
            window.profileEditor.fullName.text = "Жанар Бекқызы"
            XCTAssertTrue(profileFormIsKept { $0.shown.fullName == "Жанар Бекқызы" })
            end(window)
            try DatabaseQueue(path: databaseURL.path).write { db in
                try db.execute(sql: "UPDATE profileDraft SET body = ?", arguments: [Data("{\"shown\":".utf8)])
            }

            window = try startDamu()
            let question = presentedDialogText()
            XCTAssertTrue(question.contains("The unsaved profile could not be opened") && question.contains("next time Damu starts"), question)
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Keep It")
            pump()
            XCTAssertThrowsError(try storedDatabase().profileDraft(), "kept as it was")
            end(window)

            window = try startDamu()
            XCTAssertTrue(presentedDialogText().contains("The unsaved profile could not be opened"), "asked again")
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertNil(try storedDatabase().profileDraft(), "let go")
            end(window)
        }
    }
}
