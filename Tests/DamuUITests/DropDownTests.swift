import CGtk
import GtkShim
import XCTest

@testable import DamuUI

final class DropDownTests: GUITestCase, @unchecked Sendable {
    /// New choices put in by the page itself are not a change by the teacher: `onChange` hears
    /// nothing while they go in, and hears every later change of the choice.
    func testReplacedChoicesAreQuietAndLaterChangesAreHeard() throws {
        MainActor.assumeIsolated {
            let dropDown = DropDown(items: ["a", "b", "c"], accessibleName: "Test")
            var heard = 0
            dropDown.onChange { heard += 1 }
            dropDown.selected = 2
            XCTAssertEqual(heard, 1)

            dropDown.replaceItems(["d", "e"])
            XCTAssertEqual(heard, 1, "the refill moved the choice from the third to the first without telling")
            XCTAssertEqual(dropDown.selected, 0)
            let model = gtk_drop_down_get_model(dropDown.widget.opaque)
            XCTAssertEqual((0..<g_list_model_get_n_items(model)).map { String(cString: gtk_string_list_get_string(model, $0)) }, ["d", "e"])

            dropDown.selected = 1
            XCTAssertEqual(heard, 2)
        }
    }

    /// Choices handed over as the menu opens are in it when it shows; the choice made stays, and
    /// `onChange` hears nothing of them.
    func testChoicesAddedOnOpeningAreInTheOpenMenu() throws {
        MainActor.assumeIsolated {
            let dropDown = DropDown(items: ["a", "b"], accessibleName: "Test")
            let window = Widget(gtk_window_new()!)
            gtk_window_set_child(window.cast(), dropDown.widget.pointer)
            gtk_window_present(window.cast())
            defer { gtk_window_destroy(window.cast()) }
            dropDown.selected = 1
            var heard = 0, openings = 0
            dropDown.onChange { heard += 1 }
            dropDown.onOpening {
                openings += 1
                dropDown.appendItems(["c", "d"])
            }
            pump()
            XCTAssertEqual(openings, 0)

            damu_shim_emit(dropDown.widget.raw, "activate")
            // The button shows itself pressed for a quarter of a second before it opens the menu.
            pump(milliseconds: 400)
            XCTAssertEqual(openings, 1)
            let model = gtk_drop_down_get_model(dropDown.widget.opaque)
            XCTAssertEqual((0..<g_list_model_get_n_items(model)).map { String(cString: gtk_string_list_get_string(model, $0)) }, ["a", "b", "c", "d"])
            XCTAssertEqual(dropDown.selected, 1, "the choice stays")
            XCTAssertEqual(heard, 0)
            let popover = gtk_widget_get_last_child(dropDown.widget.pointer)
            XCTAssertEqual(popover.map { gtk_widget_get_mapped($0) }, 1, "the menu is open")
        }
    }
}
