import CGtk
import DamuCore
import DamuStore
import GRDB
import XCTest

@testable import DamuUI

/// A lesson analysis being typed is kept in the database every two seconds, so that when Damu
/// ends without asking (a crash, a power cut, an Xfce logout) the next opening of the profile
/// offers it back, whole; saving or letting it go forgets it.
final class AnalysisDraftTests: GUITestCase, @unchecked Sendable {
    @MainActor
    private func teacher() throws -> Profile {
        try AppDatabase.open(at: databaseURL).save(
            Profile(fullName: "Айгүл Қасымова", school: "№ 12 мектеп", category: .moderator))
    }

    /// Whether the two-second look has written the teacher's draft, waiting up to five seconds.
    @MainActor
    private func draftIsKept(of profile: Profile) -> Bool {
        waitUntil(seconds: 5) { (try? self.storedDatabase().draft(profileID: profile.id)) != nil }
    }

    func testANewAnalysisLeftUnsavedWhenDamuEndsIsOfferedBackWhole() throws {
        try MainActor.assumeIsolated {
            let profile = try teacher()
            var window = try start(opening: profile)
            XCTAssertNil(Dialogs.presented, "nothing kept, nothing asked")
            window.newAnalysis()
            pump()
            let form = try XCTUnwrap(window.editor.form)
            form.topic.text = "Бөлшектерді қосу"
            form.date.text = "2026-12-0"
            form.context[1].text = "Топтық жұмыс жақсы өтті"
            form.sectorScores[2].button(8).emit("clicked")
            window.editor.showStep("scaling")
            XCTAssertTrue(draftIsKept(of: profile), "kept within the two-second look")
            XCTAssertTrue(try storedDatabase().history(profileID: profile.id).isEmpty, "kept, not saved")
            end(window)

            window = try start(opening: profile)
            let question = presentedDialogText()
            XCTAssertTrue(question.contains("Go on with the unsaved lesson analysis?"), question)
            screenshot(of: try XCTUnwrap(Dialogs.presented), "kept-draft-question")
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Go On")
            pump()
            XCTAssertEqual(window.currentPage, "editor")
            XCTAssertTrue(window.editor.isNew)
            let shown = try XCTUnwrap(window.editor.form)
            XCTAssertEqual(shown.topic.text, "Бөлшектерді қосу")
            XCTAssertEqual(shown.date.text, "2026-12-0", "the date as it was typed")
            XCTAssertEqual(shown.context[1].text, "Топтық жұмыс жақсы өтті")
            XCTAssertEqual(shown.sectorScores[2].score, 8)
            XCTAssertEqual(window.editor.currentStep, "scaling")
            XCTAssertTrue(window.editor.isDirty, "still to be saved")

            shown.date.text = "2026-12-04"
            XCTAssertTrue(window.editor.save())
            XCTAssertNil(try storedDatabase().draft(profileID: profile.id), "saved: nothing left to offer")
            XCTAssertEqual(try storedDatabase().history(profileID: profile.id).latest?.lesson.topic, "Бөлшектерді қосу")
            end(window)
            window = try start(opening: profile)
            XCTAssertNil(Dialogs.presented)
            end(window)
        }
    }

    /// Kept work this Damu cannot read (a later Damu's, or damaged) is named on each opening until
    /// the teacher lets it go; Enter keeps it.
    func testAKeptAnalysisThatCannotBeReadIsKeptOrLetGoAsTheTeacherChooses() throws {
        try MainActor.assumeIsolated {
            let profile = try teacher()
            var window = try start(opening: profile)
            window.newAnalysis()
            pump()
            try XCTUnwrap(window.editor.form).topic.text = "Бөлшектерді қосу"
            XCTAssertTrue(draftIsKept(of: profile))
            end(window)
            try DatabaseQueue(path: databaseURL.path).write { db in
                try db.execute(sql: "UPDATE analysisDraft SET body = ? WHERE profileId = ?", arguments: [Data("{\"profileID\":".utf8), profile.id.uuidString])
            }

            window = try start(opening: profile)
            var question = presentedDialogText()
            XCTAssertTrue(question.contains("The unsaved lesson analysis could not be opened"), question)
            XCTAssertTrue(question.contains("cannot be read"), "it says what is wrong: \(question)")
            screenshot(of: try XCTUnwrap(Dialogs.presented), "kept-draft-unreadable-question")
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Keep It")
            pump()
            XCTAssertThrowsError(try storedDatabase().draft(profileID: profile.id), "kept as it was")
            XCTAssertEqual(window.currentPage, "history")
            end(window)

            window = try start(opening: profile)
            question = presentedDialogText()
            XCTAssertTrue(question.contains("The unsaved lesson analysis could not be opened"), "asked again: \(question)")
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertNil(try storedDatabase().draft(profileID: profile.id), "let go")
            end(window)

            window = try start(opening: profile)
            XCTAssertNil(Dialogs.presented, "nothing left to ask about")
            end(window)
        }
    }

    func testEditsOfASavedAnalysisAreKeptUntilTheTeacherLetsThemGo() throws {
        try MainActor.assumeIsolated {
            let profile = try teacher()
            var window = try start(opening: profile)
            window.newAnalysis()
            pump()
            window.editor.form?.topic.text = "Көпмүшелер"
            XCTAssertTrue(window.editor.save())
            let saved = try XCTUnwrap(try storedDatabase().history(profileID: profile.id).latest)
            window.editor.form?.coaching[0].text = "Келесі жолы сұрақты ертерек қоямын"
            XCTAssertTrue(draftIsKept(of: profile))
            end(window)

            // Closing the question keeps the writing: it opens, and leaving it asks as usual.
            window = try start(opening: profile)
            gtk_window_close(try XCTUnwrap(Dialogs.presented).cast())
            pump()
            XCTAssertNil(Dialogs.presented)
            XCTAssertEqual(window.currentPage, "editor")
            XCTAssertFalse(window.editor.isNew, "the saved analysis, edited")
            XCTAssertEqual(window.editor.form?.coaching[0].text, "Келесі жолы сұрақты ертерек қоямын")
            end(window)

            window = try start(opening: profile)
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertNil(try storedDatabase().draft(profileID: profile.id), "let go")
            XCTAssertEqual(try storedDatabase().analysis(id: saved.id), saved, "the saved analysis as it was")
            end(window)
        }
    }

    func testDiscardingOnTheWayOutForgetsWhatWasKept() throws {
        try MainActor.assumeIsolated {
            let profile = try teacher()
            let window = try start(opening: profile)
            window.newAnalysis()
            pump()
            window.editor.form?.topic.text = "Теңдеулер"
            XCTAssertTrue(draftIsKept(of: profile))
            window.goBack()
            pump()
            XCTAssertTrue(presentedDialogText().contains("Save changes to this lesson analysis?"))
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertNil(try storedDatabase().draft(profileID: profile.id))

            // Typed and taken back before leaving: nothing is offered later either.
            window.newAnalysis()
            pump()
            window.editor.form?.topic.text = "Уақытша"
            XCTAssertTrue(draftIsKept(of: profile))
            window.editor.form?.topic.text = ""
            window.goBack()
            pump()
            XCTAssertNil(Dialogs.presented)
            XCTAssertNil(try storedDatabase().draft(profileID: profile.id))
            end(window)
        }
    }
}
