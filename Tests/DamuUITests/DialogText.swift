import CGtk
import XCTest

@testable import DamuUI

/// The words of the dialog on screen: every label in it, in order (message, detail, buttons).
@MainActor
func presentedDialogText() -> String {
    guard let dialog = Dialogs.presented else { return "" }
    return labelTexts(in: dialog).joined(separator: "\n")
}

/// The text of every label in `root` and under it, in order.
@MainActor
func labelTexts(in root: Widget) -> [String] {
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
    walk(root.pointer)
    return texts
}
