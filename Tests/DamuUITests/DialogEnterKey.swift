import CGtk
import XCTest

@testable import DamuUI

extension GUITestCase {
    /// Presses Enter in the dialog on screen, as the keyboard does: the focused button is
    /// activated (GTK binds Enter and Space on a button to its "activate" signal, which clicks it a
    /// moment later, once its pressed look has shown), and the dialog closes with its answer.
    /// Returns that button's label, after checking it is also the dialog's default, so that Enter
    /// pressed elsewhere in the dialog answers the same.
    @MainActor
    @discardableResult
    func pressEnterInPresentedDialog(file: StaticString = #filePath, line: UInt = #line) -> String? {
        guard let dialog = Dialogs.presented, let focus = gtk_window_get_focus(dialog.cast()) else {
            XCTFail("no dialog with a focused widget", file: file, line: line)
            return nil
        }
        XCTAssertEqual(focus, gtk_window_get_default_widget(dialog.cast()), "the focused button is the default", file: file, line: line)
        let button = Widget(focus)
        // Damu's dialog buttons hold their mnemonic label as a child, as its other buttons do.
        let child = button.children.first { $0.isA(gtk_label_get_type()) }
        let label = child.map { String(cString: gtk_label_get_label($0.opaque)) }
        gtk_widget_activate(focus)
        XCTAssertTrue(waitUntil(seconds: 2) { Dialogs.presented != dialog }, "Enter answered the dialog", file: file, line: line)
        return label
    }
}
