import CGtk
import XCTest

@testable import DamuUI

/// The words of the dialog on screen: every label in it, in order (message, detail, buttons).
@MainActor
func presentedDialogText() -> String {
    guard let dialog = Dialogs.presented else { return "" }
    var texts: [String] = []
    func walk(_ widget: UnsafeMutablePointer<GtkWidget>) {
        if String(cString: gtk_widget_get_css_name(widget)) == "label" {
            texts.append(String(cString: gtk_label_get_text(OpaquePointer(widget))))
        }
        var child = gtk_widget_get_first_child(widget)
        while let current = child {
            walk(current)
            child = gtk_widget_get_next_sibling(current)
        }
    }
    walk(dialog.pointer)
    return texts.joined(separator: "\n")
}
