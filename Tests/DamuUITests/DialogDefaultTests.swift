import CGtk
import XCTest

@testable import DamuUI

/// Which button Enter presses in a question: the suggested one, else the last one, but never
/// one that destroys work.
final class DialogDefaultTests: GUITestCase, @unchecked Sendable {
    func testEnterPressesTheSuggestedChoiceWhereverItStands() {
        MainActor.assumeIsolated {
            XCTAssertEqual(answerWithEnter([
                .init("_Cancel", GTK_RESPONSE_CANCEL.rawValue),
                .init("_Everything", 1, style: "suggested-action"),
                .init("The _Year", 2),
            ]), 1)
        }
    }

    func testEnterNeverPressesAChoiceThatDestroysWork() {
        MainActor.assumeIsolated {
            XCTAssertEqual(answerWithEnter([
                .init("_Cancel", GTK_RESPONSE_CANCEL.rawValue),
                .init("_Delete", GTK_RESPONSE_ACCEPT.rawValue, style: "destructive-action"),
            ]), GTK_RESPONSE_CANCEL.rawValue)
            XCTAssertEqual(answerWithEnter([
                .init("_Cancel", GTK_RESPONSE_CANCEL.rawValue),
                .init("_Discard", GTK_RESPONSE_REJECT.rawValue, style: "destructive-action"),
                .init("_Save", GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action"),
            ]), GTK_RESPONSE_ACCEPT.rawValue)
        }
    }

    func testWithoutAStyleEnterPressesTheLastChoice() {
        MainActor.assumeIsolated {
            XCTAssertEqual(answerWithEnter([
                .init("_Cancel", GTK_RESPONSE_CANCEL.rawValue), .init("_Go On", GTK_RESPONSE_ACCEPT.rawValue),
            ]), GTK_RESPONSE_ACCEPT.rawValue)
        }
    }

    @MainActor
    private func answerWithEnter(_ choices: [Dialogs.Choice]) -> Int32? {
        let window = Widget(gtk_window_new())
        gtk_window_present(window.cast())
        defer { gtk_window_destroy(window.cast()) }
        var answer: Int32?
        Dialogs.ask(parent: window, message: "Question", detail: "", choices: choices) { answer = $0 }
        pump()
        pressEnterInPresentedDialog()
        return answer
    }
}
