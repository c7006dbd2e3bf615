import Foundation
import CPangoCairo
import DamuRender

/// A picture drawn into an ARGB32 image surface, with its pixels read back for checking.
final class RenderedImage {
    let width: Int
    let height: Int
    private let surface: OpaquePointer

    /// `scale` device pixels to a unit, as on a HiDPI screen: the image is `scale` times `width` × `height`.
    init(width: Int, height: Int, scale: Int = 1, draw: (OpaquePointer, Rect) -> Void) {
        self.width = width * scale
        self.height = height * scale
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width * scale), Int32(height * scale))
        cairo_surface_set_device_scale(surface, Double(scale), Double(scale))
        let cr = cairo_create(surface)!
        draw(cr, Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
        cairo_destroy(cr)
        cairo_surface_flush(surface)
    }

    deinit { cairo_surface_destroy(surface) }

    /// Straight (un-premultiplied) colour of a pixel, components 0…255.
    func pixel(_ x: Int, _ y: Int) -> (r: Int, g: Int, b: Int, a: Int) {
        precondition(x >= 0 && y >= 0 && x < width && y < height, "pixel (\(x), \(y)) outside the image")
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        // ARGB32 is a native-endian 32-bit word, premultiplied.
        let word = data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        let a = Int(word >> 24), r = Int((word >> 16) & 0xFF), g = Int((word >> 8) & 0xFF), b = Int(word & 0xFF)
        guard a > 0 else { return (0, 0, 0, 0) }
        return (r * 255 / a, g * 255 / a, b * 255 / a, a)
    }

    func pixel(at point: Point) -> (r: Int, g: Int, b: Int, a: Int) {
        pixel(Int(point.x.rounded(.down)), Int(point.y.rounded(.down)))
    }

    /// True when the pixel is within `tolerance` (0…255 per component) of `colour` drawn opaque.
    func pixel(at point: Point, isNear colour: RGBA, tolerance: Int = 24) -> Bool {
        Self.near(pixel(at: point), colour, tolerance: tolerance)
    }

    func count(where predicate: ((r: Int, g: Int, b: Int, a: Int)) -> Bool) -> Int {
        var total = 0
        for y in 0..<height {
            for x in 0..<width where predicate(pixel(x, y)) { total += 1 }
        }
        return total
    }

    /// Saves the image as `name`.png in DAMU_SCREENSHOT_DIR when that is set, for a person to look at.
    func save(as name: String) {
        guard let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        cairo_surface_write_to_png(surface, "\(directory)/\(name).png")
    }


    /// How many pixels differ from `other`'s (of the same size), and by how much at most in one
    /// component: (0, 0) for the very same pixels.
    func differences(from other: RenderedImage) -> (pixels: Int, largest: Int) {
        precondition(width == other.width && height == other.height, "images of different sizes")
        let stride = Int(cairo_image_surface_get_stride(surface))
        let mine = cairo_image_surface_get_data(surface)!, theirs = cairo_image_surface_get_data(other.surface)!
        var pixels = 0, largest = 0
        for y in 0..<height where memcmp(mine + y * stride, theirs + y * stride, width * 4) != 0 {
            for x in 0..<width {
                let offset = y * stride + x * 4
                var differs = false
                for byte in 0..<4 {
                    let difference = abs(Int(mine[offset + byte]) - Int(theirs[offset + byte]))
                    largest = max(largest, difference)
                    differs = differs || difference > 0
                }
                if differs { pixels += 1 }
            }
        }
        return (pixels, largest)
    }

    static func near(_ pixel: (r: Int, g: Int, b: Int, a: Int), _ colour: RGBA, tolerance: Int = 24) -> Bool {
        abs(pixel.r - Int(colour.r * 255)) <= tolerance && abs(pixel.g - Int(colour.g * 255)) <= tolerance
            && abs(pixel.b - Int(colour.b * 255)) <= tolerance
    }

    /// `colour` with its alpha composited over `background`, as it appears once drawn.
    static func composite(_ colour: RGBA, over background: RGBA) -> RGBA {
        RGBA(
            colour.r * colour.a + background.r * (1 - colour.a), colour.g * colour.a + background.g * (1 - colour.a),
            colour.b * colour.a + background.b * (1 - colour.a))
    }
}
