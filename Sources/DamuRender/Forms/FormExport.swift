import CPangoCairo
import DamuCore
import Foundation

/// Writes a `FormDocument` as an A4 PDF (every page, fonts embedded) or one page of it as a PNG,
/// both drawn by the same layout; files are created 0600 and replaced in one step.
public enum FormExport {
    /// How many A4 pages the form takes.
    public static func pageCount(_ document: FormDocument) -> Int {
        FormLayout.pages(for: document).count
    }

    /// Every page as a PDF; returns how many. With `language`, the form's own words ("page 1 of
    /// 2") are in that language, the language of its texts, whatever the interface speaks; a file
    /// that cannot be written is still told in the interface's.
    @discardableResult
    public static func pdf(_ document: FormDocument, to url: URL, language: String? = nil) throws -> Int {
        let pages = language.map { language in Localization.speaking(language) { FormLayout.pages(for: document) } }
            ?? FormLayout.pages(for: document)
        let sink = ByteSink()
        let surface = cairo_pdf_surface_create_for_stream(
            ByteSink.write, Unmanaged.passUnretained(sink).toOpaque(), FormMetrics.pageWidth, FormMetrics.pageHeight)!
        defer { withExtendedLifetime(sink) { cairo_surface_destroy(surface) } }
        let created = cairo_surface_status(surface)
        guard created == CAIRO_STATUS_SUCCESS else { throw failure(url, created) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Damu")
        let cr = cairo_create(surface)!
        for page in pages {
            draw(page, on: cr, scale: 1)
            cairo_show_page(cr)
        }
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw failure(url, status) }
        try sink.save(to: url)
        return pages.count
    }

    /// Page `page` (from 0) as a PNG, `pixelsPerPoint` pixels per PDF point (1 ≈ 72 dpi).
    public static func png(_ document: FormDocument, page: Int, pixelsPerPoint: Double = 1.5, to url: URL) throws {
        let pages = FormLayout.pages(for: document)
        guard pages.indices.contains(page) else {
            throw DamuError.invalid(
                field: tr("Page"), message: String(format: tr("the form has %ld pages, not %ld"), pages.count, page + 1))
        }
        guard (0.25...8).contains(pixelsPerPoint) else {
            throw DamuError.invalid(field: tr("Picture size"), message: tr("the scale must be from 0.25 to 8"))
        }
        let width = Int32((FormMetrics.pageWidth * pixelsPerPoint).rounded())
        let height = Int32((FormMetrics.pageHeight * pixelsPerPoint).rounded())
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height)!
        defer { cairo_surface_destroy(surface) }
        let created = cairo_surface_status(surface)
        guard created == CAIRO_STATUS_SUCCESS else { throw failure(url, created) }
        let cr = cairo_create(surface)!
        draw(pages[page], on: cr, scale: pixelsPerPoint)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(surface, ByteSink.write, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else { throw failure(url, status) }
        try sink.save(to: url)
    }

    /// Draws page `page` of the form scaled into `width` (the height follows A4's proportions), for
    /// an on-screen preview; returns false when the form has no such page.
    @discardableResult
    public static func draw(_ document: FormDocument, page: Int, on cr: OpaquePointer, width: Double) -> Bool {
        let pages = FormLayout.pages(for: document)
        guard pages.indices.contains(page) else { return false }
        draw(pages[page], on: cr, scale: width / FormMetrics.pageWidth)
        return true
    }

    private static func draw(_ page: FormPage, on cr: OpaquePointer, scale: Double) {
        cairo_save(cr)
        cairo_scale(cr, scale, scale)
        let palette = Palette.print
        Canvas(cr: cr).fill(Rect(x: 0, y: 0, width: FormMetrics.pageWidth, height: FormMetrics.pageHeight), with: palette.background)
        page.draw(on: cr, palette: palette)
        cairo_restore(cr)
    }

    private static func failure(_ url: URL, _ status: cairo_status_t) -> DamuError {
        let reason = String(cString: cairo_status_to_string(status))
        return DamuError.storage(String(format: tr("Cannot write “%@”: %@"), url.path, reason))
    }
}
