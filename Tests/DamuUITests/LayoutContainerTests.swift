import CGtk
import GtkShim
import XCTest

@testable import DamuUI

/// The containers that keep wrapped text from being laid out over and over (`Layout.heightForWidth`,
/// `Layout.centered`, and the pages of `Stack` and `Layout.scrolled`): each still gives its
/// content the width it should have and the height its text needs at that width.
final class LayoutContainerTests: GUITestCase, @unchecked Sendable {
    private static let paragraph = String(repeating: "Сабақтың тепе-теңдік дөңгелегін толтырып, өсу нүктесін таңдаңыз. ", count: 8)

    @MainActor
    private func present(_ child: Widget, width: Int32, height: Int32 = 400) -> Widget {
        let window = Widget(gtk_window_new()!)
        gtk_window_set_default_size(window.cast(), width, height)
        gtk_window_set_child(window.cast(), child.pointer)
        gtk_window_present(window.cast())
        pump(milliseconds: 200)
        return window
    }

    @MainActor
    private func bounds(of widget: Widget, in root: Widget) -> graphene_rect_t {
        var rect = graphene_rect_t()
        XCTAssertNotEqual(gtk_widget_compute_bounds(widget.pointer, root.pointer, &rect), 0)
        return rect
    }

    /// The height `label`'s text needs at the width it was given.
    @MainActor
    private func neededHeight(_ label: Widget) -> Int32 {
        var minimum: Int32 = 0
        gtk_widget_measure(label.pointer, GTK_ORIENTATION_VERTICAL, label.width, &minimum, nil, nil, nil)
        return minimum
    }

    func testACenteredColumnIsAtMostItsMaximumWidthCentredAndNarrowerInANarrowWindow() throws {
        MainActor.assumeIsolated {
            let label = Label(Self.paragraph)
            let window = present(Layout.scrolled(Layout.centered(label.widget, maximumWidth: 400)), width: 1000)
            defer { gtk_window_destroy(window.cast()) }
            let wide = bounds(of: label.widget, in: window)
            XCTAssertEqual(wide.size.width, 400, accuracy: 1, "the column keeps to its maximum in a wide window")
            let page = bounds(of: gtk_widget_get_parent(gtk_widget_get_parent(label.widget.pointer)).map(Widget.init)!, in: window)
            XCTAssertEqual(wide.origin.x + wide.size.width / 2, page.origin.x + page.size.width / 2, accuracy: 1, "and is centred")
            XCTAssertGreaterThanOrEqual(label.widget.height, neededHeight(label.widget), "every line of the paragraph is given room")

            gtk_window_set_default_size(window.cast(), 300, 400)
            pump(milliseconds: 200)
            XCTAssertLessThanOrEqual(window.width, 300, "the column does not hold the window at its maximum width")
            XCTAssertLessThanOrEqual(label.widget.width, window.width, "the column is as narrow as the window")
            XCTAssertGreaterThanOrEqual(label.widget.height, neededHeight(label.widget), "the narrower paragraph has its extra lines")
            XCTAssertEqual(CutOffText.problems(in: window), [])
        }
    }

    func testWrappedTextInARowGetsTheLinesItsWidthNeedsAndHidesWithoutLeavingAGap() throws {
        MainActor.assumeIsolated {
            let label = Label(Self.paragraph)
            label.widget.expand(horizontal: true)
            let button = Button("Add") {}
            let row = Layout.horizontal(spacing: 30, [Layout.heightForWidth(label.widget), button.widget])
            let window = present(row, width: 500)
            defer { gtk_window_destroy(window.cast()) }
            XCTAssertGreaterThan(label.widget.width, 300, "the text expands, as it would in the row without its container")
            XCTAssertGreaterThanOrEqual(label.widget.height, neededHeight(label.widget), "every line of the paragraph is given room")
            let rowBounds = bounds(of: row, in: window)
            let buttonBounds = bounds(of: button.widget, in: window)
            XCTAssertEqual(
                buttonBounds.origin.x + buttonBounds.size.width, rowBounds.origin.x + rowBounds.size.width,
                accuracy: 1, "the button stays at the row's end")
            XCTAssertEqual(CutOffText.problems(in: window), [])

            label.widget.isVisible = false
            pump()
            XCTAssertEqual(bounds(of: button.widget, in: window).origin.x, rowBounds.origin.x, accuracy: 1, "no spacing is left for the hidden text")
        }
    }

    func testAPageOfAStackFillsItAndIsRemovedWithTheContainerItWentIn() throws {
        MainActor.assumeIsolated {
            let stack = Stack(homogeneous: false)
            let first = Label(Self.paragraph), second = Label("Екінші бет")
            stack.add(first.widget, name: "first")
            stack.add(second.widget, name: "second")
            let window = present(stack.widget, width: 600)
            defer { gtk_window_destroy(window.cast()) }
            XCTAssertEqual(stack.visibleName, "first")
            XCTAssertEqual(first.widget.width, window.width, "the page fills the stack")
            XCTAssertGreaterThanOrEqual(first.widget.height, neededHeight(first.widget))

            stack.remove(first.widget)
            stack.visibleName = "second"
            pump()
            XCTAssertNil(stack.child(named: "first"), "the page left the stack with its container")
            XCTAssertEqual(stack.widget.children.count, 1)
            XCTAssertEqual(stack.visibleName, "second")
            XCTAssertEqual(second.widget.width, window.width, "the page left fills the stack")
        }
    }
}
