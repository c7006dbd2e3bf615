import CPangoCairo
import Foundation

/// Whole device pixels: a box on the pixel grid a picture is drawn on.
struct PixelBox: Hashable {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    var maxX: Int { x + width }
    var maxY: Int { y + height }

    func contains(_ other: PixelBox) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }

    func intersection(_ other: PixelBox) -> PixelBox? {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return nil }
        return PixelBox(x: left, y: top, width: right - left, height: bottom - top)
    }
}

/// How a cairo context's user space lands on pixels: `device = user × scale + origin`. Pixels drawn
/// once can stand in for drawing the same things again only on the same grid, so a context gets a
/// grid only when its pixels are known: an image surface, or a recording surface (GTK records a
/// widget's drawing) whose playback scale the caller knows. A PDF, a rotated or skewed drawing, or
/// an unknown playback gets none, and is drawn as always.
struct PixelGrid {
    let scale: Double
    let origin: Point

    init?(_ cr: OpaquePointer, recordingScale: Double?) {
        let target = cairo_get_group_target(cr)
        let playback: Double
        switch cairo_surface_get_type(target) {
        case CAIRO_SURFACE_TYPE_IMAGE: playback = 1
        case CAIRO_SURFACE_TYPE_RECORDING:
            guard let recordingScale, recordingScale > 0 else { return nil }
            playback = recordingScale
        default: return nil
        }
        func device(_ x: Double, _ y: Double) -> Point {
            var (x, y) = (x, y)
            cairo_user_to_device(cr, &x, &y)
            return Point(x: x * playback, y: y * playback)
        }
        let zero = device(0, 0), right = device(1, 0), down = device(0, 1)
        let scale = right.x - zero.x
        // Only a uniform scale and a translation: anything else resamples what was kept.
        guard scale > 0, abs(down.y - zero.y - scale) < 1e-9, abs(right.y - zero.y) < 1e-9,
            abs(down.x - zero.x) < 1e-9
        else { return nil }
        self.scale = scale
        origin = zero
    }

    /// Where user space falls inside a pixel: two grids with the same scale and the same fraction
    /// draw the same pixels, shifted by whole pixels.
    var fraction: Point {
        Point(x: origin.x - origin.x.rounded(.down), y: origin.y - origin.y.rounded(.down))
    }

    func device(_ point: Point) -> Point {
        Point(x: point.x * scale + origin.x, y: point.y * scale + origin.y)
    }

    /// The whole pixels `rect` covers completely.
    func pixels(inside rect: Rect) -> PixelBox? {
        let start = device(Point(x: rect.minX, y: rect.minY)), end = device(Point(x: rect.maxX, y: rect.maxY))
        let x = Int((start.x - 1e-6).rounded(.up)), y = Int((start.y - 1e-6).rounded(.up))
        let maxX = Int((end.x + 1e-6).rounded(.down)), maxY = Int((end.y + 1e-6).rounded(.down))
        guard maxX > x, maxY > y else { return nil }
        return PixelBox(x: x, y: y, width: maxX - x, height: maxY - y)
    }

    /// The user-space rectangle of `box`.
    func rect(of box: PixelBox) -> Rect {
        Rect(
            x: (Double(box.x) - origin.x) / scale, y: (Double(box.y) - origin.y) / scale,
            width: Double(box.width) / scale, height: Double(box.height) / scale)
    }

    /// The whole pixels `rect` touches.
    func pixels(around rect: Rect) -> PixelBox {
        let start = device(Point(x: rect.minX, y: rect.minY)), end = device(Point(x: rect.maxX, y: rect.maxY))
        let x = Int(start.x.rounded(.down)), y = Int(start.y.rounded(.down))
        return PixelBox(x: x, y: y, width: Int(end.x.rounded(.up)) - x, height: Int(end.y.rounded(.up)) - y)
    }

    /// User space to the pixels of an image whose top left pixel is `box`'s.
    func matrix(for box: PixelBox) -> cairo_matrix_t {
        var matrix = cairo_matrix_t()
        cairo_matrix_init(&matrix, scale, 0, 0, scale, origin.x - Double(box.x), origin.y - Double(box.y))
        return matrix
    }
}

/// Pixels drawn once into an image of their own, to be painted back where they were drawn.
final class KeptPixels {
    let box: PixelBox
    private let surface: OpaquePointer

    /// Draws `draw` (in the user space of `grid`) into the pixels of `box`, over the pixels of `start`
    /// where given; nil if cairo has no memory for them.
    init?(_ box: PixelBox, on grid: PixelGrid, over start: KeptPixels? = nil, draw: (OpaquePointer) -> Void) {
        // A surface that could not be made is cairo's error surface, which destroying leaves alone.
        let surface: OpaquePointer = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(box.width), Int32(box.height))
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        self.box = box
        self.surface = surface
        let cr = cairo_create(surface)!
        var matrix = grid.matrix(for: box)
        cairo_set_matrix(cr, &matrix)
        start?.paint(on: cr, grid: grid)
        draw(cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
    }

    deinit { cairo_surface_destroy(surface) }

    /// Bytes held, for keeping the memory in check.
    var bytes: Int { box.width * box.height * 4 }

    /// Paints the kept pixels over `cr`, whose grid must be the one they were drawn on: whole pixels
    /// onto whole pixels, so they land unchanged (opaque pixels replace, others blend as drawn).
    func paint(on cr: OpaquePointer, grid: PixelGrid) {
        cairo_save(cr)
        let pattern = cairo_pattern_create_for_surface(surface)!
        var matrix = grid.matrix(for: box)
        cairo_pattern_set_matrix(pattern, &matrix)
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_set_source(cr, pattern)
        cairo_set_operator(cr, CAIRO_OPERATOR_OVER)
        cairo_paint(cr)
        cairo_pattern_destroy(pattern)
        cairo_restore(cr)
    }
}
