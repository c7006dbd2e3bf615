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
            let model = gtk_drop_down_get_model(dropDown.widget.opaque)
            XCTAssertEqual((0..<g_list_model_get_n_items(model)).map { String(cString: gtk_string_list_get_string(model, $0)) }, ["d", "e"])

            dropDown.selected = 1
            XCTAssertEqual(heard, 2)
        }
    }
}
