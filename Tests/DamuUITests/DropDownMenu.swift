import CGtk
import XCTest

@testable import DamuUI

extension GUITestCase {
    /// The choices the drop-down holds now.
    @MainActor
    func choices(of dropDown: DropDown) -> [String] {
        let model = gtk_drop_down_get_model(dropDown.widget.opaque)
        return (0..<g_list_model_get_n_items(model)).map { String(cString: gtk_string_list_get_string(model, $0)) }
    }

    /// Opens the drop-down's menu as Space or a click does, then closes it; the choices it held
    /// while it was open.
    @MainActor
    func openMenu(_ dropDown: DropDown, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        dropDown.widget.emit("activate")
        // The button shows itself pressed for a quarter of a second before it opens the menu.
        pump(milliseconds: 400)
        let menu = dropDown.menu
        XCTAssertEqual(menu.map { gtk_widget_get_mapped($0.pointer) }, 1, "the menu is open", file: file, line: line)
        let shown = choices(of: dropDown)
        if let menu { gtk_popover_popdown(menu.cast()) }
        pump()
        return shown
    }
}
