import CGtk
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
            XCTAssertEqual(choices(of: dropDown), ["d", "e"])

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

            XCTAssertEqual(openMenu(dropDown), ["a", "b", "c", "d"])
            XCTAssertEqual(openings, 1)
            XCTAssertEqual(dropDown.selected, 1, "the choice stays")
            XCTAssertEqual(heard, 0)
        }
    }
}
