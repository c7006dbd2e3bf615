import CPangoCairo
import Foundation

/// The cairo context a picture is drawn on, with the few operations the pictures need.
/// Every drawing routine saves and restores the context, so the caller's state survives.
struct Canvas {
    let cr: OpaquePointer

    func withSavedState<T>(_ body: () throws -> T) rethrows -> T {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        return try body()
    }

    func setColour(_ colour: RGBA) {
        cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a)
    }

    func fill(_ rect: Rect, with colour: RGBA) {
        setColour(colour)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(cr)
    }

    func clip(to rect: Rect) {
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(cr)
    }

    func setLine(width: Double, dash: [Double] = []) {
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
    }

    func circle(_ center: Point, radius: Double) {
        cairo_new_sub_path(cr)
        cairo_arc(cr, center.x, center.y, radius, 0, 2 * Double.pi)
    }

    func polyline(_ points: [Point], closed: Bool) {
        guard let first = points.first else { return }
        cairo_move_to(cr, first.x, first.y)
        for point in points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
        if closed { cairo_close_path(cr) }
    }

    func line(from start: Point, to end: Point) {
        cairo_move_to(cr, start.x, start.y)
        cairo_line_to(cr, end.x, end.y)
    }

    func roundedRectangle(_ rect: Rect, radius: Double) {
        let r = min(radius, rect.width / 2, rect.height / 2)
        cairo_new_sub_path(cr)
        cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(cr, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(cr, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(cr)
    }

    func stroke(_ colour: RGBA) {
        setColour(colour)
        cairo_stroke(cr)
    }

    func fillPath(_ colour: RGBA, preserve: Bool = false) {
        setColour(colour)
        if preserve { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
    }

    /// A filled dot with a thin ring in the background colour, so neighbouring dots and lines stay apart.
    func marker(at point: Point, radius: Double, colour: RGBA, ring: RGBA, hollow: Bool = false) {
        setLine(width: max(1, radius * 0.45))
        circle(point, radius: radius)
        if hollow {
            fillPath(ring, preserve: true)
            stroke(colour)
        } else {
            fillPath(colour, preserve: true)
            setLine(width: max(0.75, radius * 0.3))
            stroke(ring)
        }
    }

    func draw(_ text: TextBlock, at origin: Point) {
        text.draw(on: cr, at: origin)
    }
}
