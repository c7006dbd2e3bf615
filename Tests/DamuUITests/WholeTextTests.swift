import CGtk
import DamuCore
import Foundation
import XCTest

@testable import DamuUI

/// On a 1024×768 screen, in Kazakh and in Russian, every page of the window shows every label's
/// text whole: no line cut off at the bottom of a box, no word past its right edge.
final class WholeTextTests: TranslatedGUITestCase, @unchecked Sendable {
    func testEveryPageShowsItsTextsWholeAt1024InKazakhAndRussian() throws {
        try MainActor.assumeIsolated {
            for language in ["kk", "ru"] {
                try tourEveryPage(in: language) { window, page in
                    guard case let .lesson(row) = page else { return check(window, "\(language) \(page)") }
                    pump(milliseconds: 40)
                    let problems = CutOffText.problems(in: window.window)
                    XCTAssertTrue(problems.isEmpty, "\(language) lessons, row \(row):\n" + problems.joined(separator: "\n"))
                }
            }
        }
    }

    /// The finder itself, on the way GTK 4.8 cut a growth point off before: a scrolled window
    /// without scrollbars measures a wrapped text's height at the text's natural width, so at a
    /// narrower width its last lines fall outside. Once the box scrolls, nothing is cut off.
    func testTextCutOffByABoxThatDoesNotScrollIsFound() {
        MainActor.assumeIsolated {
            let label = Label("Келесі сабақта әлсіз оқушыларды қолдау үшін топтық жұмысты жоспарлап, әр топқа нақты рөл беремін.")
            let box = Widget(gtk_scrolled_window_new())
            gtk_scrolled_window_set_policy(box.opaque, GTK_POLICY_NEVER, GTK_POLICY_NEVER)
            gtk_scrolled_window_set_propagate_natural_width(box.opaque, 1)
            gtk_scrolled_window_set_propagate_natural_height(box.opaque, 1)
            gtk_scrolled_window_set_child(box.opaque, label.widget.pointer)
            let window = Widget(gtk_window_new())
            defer { gtk_window_destroy(window.cast()) }
            gtk_window_set_child(window.cast(), box.pointer)
            gtk_window_set_default_size(window.cast(), 200, -1)
            gtk_window_present(window.cast())
            pump()
            let found = CutOffText.problems(in: window)
            XCTAssertEqual(found.count, 1, found.joined(separator: "\n"))
            XCTAssertTrue(found.first?.contains("Келесі сабақта") ?? false, found.joined(separator: "\n"))

            gtk_scrolled_window_set_policy(box.opaque, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC)
            pump()
            XCTAssertEqual(CutOffText.problems(in: window), [], "what scrolls is not cut off")
        }
    }

    @MainActor
    private func check(_ window: AppWindow, _ page: String) {
        pump(milliseconds: 250)
        XCTAssertLessThanOrEqual(window.window.width, 1024, "\(page): the window fits the screen")
        XCTAssertLessThanOrEqual(window.window.height, 768, "\(page): the window fits the screen")
        let problems = CutOffText.problems(in: window.window)
        XCTAssertTrue(problems.isEmpty, "\(page):\n" + problems.joined(separator: "\n"))
        screenshot(window, "whole-\(page.replacingOccurrences(of: ", ", with: "-").replacingOccurrences(of: " ", with: "-"))-1024")
    }
}
