import CGtk
import DamuCore
import Foundation
import XCTest

@testable import DamuUI

final class MainMenuTests: GUITestCase, @unchecked Sendable {
    /// The labels of a menu model's items, section by section.
    @MainActor
    private func labels(of model: UnsafeMutablePointer<GMenuModel>) -> [String] {
        var labels: [String] = []
        for section in 0..<g_menu_model_get_n_items(model) {
            guard let items = g_menu_model_get_item_link(model, section, "section") else { continue }
            for item in 0..<g_menu_model_get_n_items(items) {
                if let value = g_menu_model_get_item_attribute_value(items, item, "label", nil) {
                    labels.append(String(cString: g_variant_get_string(value, nil)))
                    g_variant_unref(value)
                }
            }
            g_object_unref(items)
        }
        return labels
    }

    func testTheMainMenuIsBuiltWhenFirstOpenedAndF10IsItsKey() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            let button = try XCTUnwrap(window.mainMenuButton)
            XCTAssertEqual(gtk_menu_button_get_primary(button.opaque), 1, "F10 opens the primary menu")
            XCTAssertEqual(gtk_widget_is_sensitive(button.pointer), 1)
            XCTAssertNil(gtk_menu_button_get_menu_model(button.opaque), "nothing is built before the menu is opened")

            gtk_menu_button_popup(button.opaque)
            pump()
            let model = try XCTUnwrap(gtk_menu_button_get_menu_model(button.opaque))
            let popover = try XCTUnwrap(gtk_menu_button_get_popover(button.opaque))
            XCTAssertEqual(gtk_widget_get_mapped(gcast(popover)), 1, "the menu is on screen")
            let menu = Widget(gcast(popover) as UnsafeMutablePointer<GtkWidget>)
            let drawn = try Snapshot.pixels(of: menu)
            XCTAssertGreaterThan(drawn.height, 16 * 20, "sixteen items drawn, one under another")
            XCTAssertGreaterThan(Set(drawn.bytes).count, 16, "text, not an empty box")
            if let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] {
                try Snapshot.png(of: menu, to: "\(directory)/main-menu-1024.png")
            }
            let shown = labels(of: model)
            XCTAssertEqual(shown.count, 16)
            XCTAssertEqual(shown.first, tr("_New Lesson Analysis"))
            XCTAssertEqual(shown.last, tr("_About Damu"))
            XCTAssertTrue(shown.contains(tr("_Import Work from a File…")))

            gtk_menu_button_popdown(button.opaque)
            pump()
            gtk_menu_button_popup(button.opaque)
            pump()
            XCTAssertEqual(gtk_menu_button_get_menu_model(button.opaque), model, "opened again, the same menu")
            gtk_menu_button_popdown(button.opaque)
        }
    }
}
