import CPangoCairo
import DamuCore
import Foundation

/// Saves the balance wheel as a picture file, drawn by the same routine as the screen.
public enum PictureExport {
    /// A4 portrait in PDF points.
    static let pageSize = (width: 595.0, height: 842.0)

    /// Writes a PNG of `size`×`size` pixels with the title and subtitle above the wheel.
    public static func wheelPNG(_ picture: WheelPicture, size: Int, palette: Palette, to url: URL) throws {
        guard (16...8192).contains(size) else {
            throw DamuError.invalid(
                field: tr("Picture size"), message: String(format: tr("%ld pixels is outside 16–8192"), size))
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(size), Int32(size))!
        defer { cairo_surface_destroy(surface) }
        let created = cairo_surface_status(surface)
        guard created == CAIRO_STATUS_SUCCESS else { throw failure(url, created) }
        let cr = cairo_create(surface)!
        WheelRenderer.draw(picture, on: cr, in: Rect(x: 0, y: 0, width: Double(size), height: Double(size)), palette: palette)
        cairo_destroy(cr)
        cairo_surface_flush(surface)

        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw failure(url, status) }
        try sink.save(to: url)
    }

    /// Writes one A4 portrait page with the wheel centred under its title; fonts are embedded, so the
    /// page prints the same on a PC without DejaVu.
    public static func wheelPDF(_ picture: WheelPicture, palette: Palette, to url: URL) throws {
        let sink = ByteSink()
        let surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), pageSize.width, pageSize.height)!
        // Destroying an unfinished surface still writes to the sink, so the sink must outlive it.
        defer { withExtendedLifetime(sink) { cairo_surface_destroy(surface) } }
        let created = cairo_surface_status(surface)
        guard created == CAIRO_STATUS_SUCCESS else { throw failure(url, created) }
        if let title = picture.title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Damu")

        let cr = cairo_create(surface)!
        let page = Rect(x: 0, y: 0, width: pageSize.width, height: pageSize.height)
        Canvas(cr: cr).fill(page, with: palette.background)
        // Printers cannot reach the paper's edge: ≈ 15 mm margins all round.
        WheelRenderer.draw(picture, on: cr, in: page.insetBy(42), palette: palette)
        cairo_show_page(cr)
        cairo_destroy(cr)
        // The PDF is only complete, and write errors only known, once the surface is finished.
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw failure(url, status) }
        try sink.save(to: url)
    }

    /// Writes a presentation slide as a `width`×`height` PNG, drawn as on the projector.
    public static func slidePNG(_ slide: Slide, width: Int, height: Int, palette: Palette, to url: URL) throws {
        guard (16...8192).contains(width), (16...8192).contains(height) else {
            throw DamuError.invalid(
                field: tr("Picture size"), message: String(format: tr("%ld pixels is outside 16–8192"), min(width, height)))
        }
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let created = cairo_surface_status(surface)
        guard created == CAIRO_STATUS_SUCCESS else { throw failure(url, created) }
        let cr = cairo_create(surface)!
        SlideRenderer.draw(slide, on: cr, in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)), palette: palette)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw failure(url, status) }
        try sink.save(to: url)
    }

    private static func failure(_ url: URL, _ status: cairo_status_t) -> DamuError {
        let reason = String(cString: cairo_status_to_string(status))
        return DamuError.storage(String(format: tr("Cannot write “%@”: %@"), url.path, reason))
    }
}

/// Collects what cairo writes, so the file can be created by Damu with owner-only permissions and
/// replaced in one step (a failed export never leaves half a picture behind).
final class ByteSink {
    private(set) var bytes: [UInt8] = []

    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        if let data, length > 0 { sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length))) }
        return CAIRO_STATUS_SUCCESS
    }

    func save(to url: URL) throws {
        try PrivateFile.write(bytes, to: url)
    }
}
