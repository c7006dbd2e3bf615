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
    root.visitTree { widget in
        if String(cString: gtk_widget_get_css_name(widget.pointer)) == "label" {
            texts.append(String(cString: gtk_label_get_text(widget.opaque)))
        }
    }
    return texts
}
