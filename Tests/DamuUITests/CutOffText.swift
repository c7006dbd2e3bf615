import CGtk
import Foundation

@testable import DamuUI

/// Finds the labels in sight whose text is not shown whole: a GTK parent gives a label at least the
/// size its text needs, so what cuts text off is an ancestor that clips its children and is smaller
/// than the label, in a direction it cannot scroll. Labels that shorten their text with "…" on
/// purpose (list rows) are left out; a label outside a scrolled view's visible part is not cut
/// off, it is scrolled away.
@MainActor
enum CutOffText {
    /// One line per label cut off: its text, its box and the box of the ancestor that clips it.
    static func problems(in root: Widget) -> [String] {
        var found: [String] = []
        root.visitTree { widget in
            guard widget.isA(gtk_label_get_type()), gtk_widget_get_mapped(widget.pointer) != 0,
                  gtk_label_get_ellipsize(widget.opaque) == PANGO_ELLIPSIZE_NONE
            else { return }
            let text = String(cString: gtk_label_get_text(widget.opaque))
            guard !text.isEmpty else { return }
            if let problem = clipping(of: widget, in: root) {
                found.append("«\(text.prefix(60))»: \(problem)")
            }
        }
        return found
    }

    /// The label's box against each ancestor that clips what it holds, in the directions the
    /// ancestor cannot scroll.
    private static func clipping(of label: Widget, in root: Widget) -> String? {
        guard let bounds = bounds(of: label, in: root) else { return nil }
        var ancestor = gtk_widget_get_parent(label.pointer)
        var scrollsAcross = false, scrollsDown = false
        while let current = ancestor, current != root.pointer {
            let widget = Widget(current)
            // A scrolled window clips, and so does what it scrolls (a viewport, a list view); what
            // either hides in a direction it scrolls in can be scrolled into sight.
            for candidate in [current, gtk_widget_get_parent(current)].compactMap({ $0 })
            where Widget(candidate).isA(gtk_scrolled_window_get_type()) {
                var horizontal = GTK_POLICY_NEVER, vertical = GTK_POLICY_NEVER
                gtk_scrolled_window_get_policy(OpaquePointer(candidate), &horizontal, &vertical)
                scrollsAcross = scrollsAcross || horizontal != GTK_POLICY_NEVER
                scrollsDown = scrollsDown || vertical != GTK_POLICY_NEVER
            }
            if gtk_widget_get_overflow(current) == GTK_OVERFLOW_HIDDEN, let clip = self.bounds(of: widget, in: root) {
                let across = !scrollsAcross && (bounds.minX < clip.minX - 1 || bounds.maxX > clip.maxX + 1)
                let down = !scrollsDown && (bounds.minY < clip.minY - 1 || bounds.maxY > clip.maxY + 1)
                if across || down {
                    let type = String(cString: g_type_name_from_instance(UnsafeMutableRawPointer(current).assumingMemoryBound(to: GTypeInstance.self)))
                    return "box \(describe(bounds)) reaches past the \(type) that clips it, \(describe(clip))"
                }
            }
            ancestor = gtk_widget_get_parent(current)
        }
        return nil
    }

    private static func bounds(of widget: Widget, in root: Widget) -> CGRect? {
        var rect = graphene_rect_t()
        guard gtk_widget_compute_bounds(widget.pointer, root.pointer, &rect) != 0 else { return nil }
        return CGRect(x: Double(rect.origin.x), y: Double(rect.origin.y), width: Double(rect.size.width), height: Double(rect.size.height))
    }

    private static func describe(_ rect: CGRect) -> String {
        "\(Int(rect.width))×\(Int(rect.height)) at (\(Int(rect.minX)), \(Int(rect.minY)))"
    }
}
