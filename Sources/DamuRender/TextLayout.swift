import CPangoCairo
import Foundation

/// How a piece of text looks: DejaVu Sans, because it has every Kazakh letter (ә ғ қ ң ө ұ ү һ і)
/// on every Debian PC, sized in user-space units so a picture scales as one piece.
struct TextStyle: Hashable {
    enum Alignment { case left, centre, right }

    var size: Double
    var bold = false
    var colour: RGBA
    var alignment: Alignment = .left
    /// Wrap width; nil lays the text out on as few lines as its newlines allow.
    var wrapWidth: Double? = nil
    /// At most this many lines, the last ending in "…"; nil shows every line.
    var maxLines: Int? = nil

    static let family = "DejaVu Sans"
}

/// Makes text layouts that measure the same whether measured before drawing, drawn on screen,
/// into a PNG or into a PDF: metrics are unhinted and glyphs unrounded, so geometry computed
/// without a cairo context (`WheelRenderer.layout`) matches what `draw` paints.
///
/// A typesetter kept between frames (`DrawingCache`) remembers the blocks it laid out: shaping
/// text is most of what fitting the wheel's labels costs, and a redraw asks for the same texts
/// again. Its layouts depend on nothing but the markup and the style (the font options are fixed
/// here, not taken from the surface drawn on), so a remembered block draws exactly as a new one.
final class Typesetter {
    private let context: OpaquePointer
    /// Blocks by markup and style; nil for a typesetter used once. Fitting a wheel's labels asks
    /// for some sixty, so a few wheels' worth are kept.
    private let remembered: RecentMemo<BlockKey, TextBlock>?

    private struct BlockKey: Hashable {
        let markup: String
        let style: TextStyle
    }

    /// `remembering`: keep the blocks laid out for the next frames.
    init(remembering: Bool = false) {
        remembered = remembering ? RecentMemo(limit: 256) : nil
        let fontMap = pango_cairo_font_map_get_default()
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(context)) }

    /// Plain text, shown exactly as given.
    func block(_ text: String, _ style: TextStyle) -> TextBlock {
        block(markup: TextBlock.escape(text), style)
    }

    /// Pango markup; callers escape any teacher-written text with `TextBlock.escape`.
    func block(markup: String, _ style: TextStyle) -> TextBlock {
        guard let remembered else { return layOut(markup, style) }
        return remembered.value(for: BlockKey(markup: markup, style: style)) { layOut(markup, style) }
    }

    private func layOut(_ markup: String, _ style: TextStyle) -> TextBlock {
        let layout = pango_layout_new(context)!
        let font = pango_font_description_from_string(TextStyle.family)
        pango_font_description_set_absolute_size(font, max(style.size, 1) * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        switch style.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .centre: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        }
        if let width = style.wrapWidth {
            pango_layout_set_width(layout, Int32(max(width, 1) * Double(PANGO_SCALE)))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        if let lines = style.maxLines {
            pango_layout_set_height(layout, -Int32(max(lines, 1)))
            pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
            if style.wrapWidth == nil { pango_layout_set_width(layout, -1) }
        }
        setMarkup(markup, on: layout)
        return TextBlock(layout: layout, colour: style.colour)
    }

    /// Parses first, because `pango_layout_set_markup` silently leaves the layout empty on bad markup:
    /// a label must never vanish, so it falls back to showing the text as written.
    private func setMarkup(_ markup: String, on layout: OpaquePointer) {
        var attributes: OpaquePointer? = nil
        var text: UnsafeMutablePointer<CChar>? = nil
        var error: UnsafeMutablePointer<GError>? = nil
        if pango_parse_markup(markup, -1, 0, &attributes, &text, nil, &error) != 0, let text {
            pango_layout_set_text(layout, text, -1)
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
            g_free(text)
        } else {
            if let error { g_error_free(error) }
            pango_layout_set_text(layout, markup, -1)
        }
    }
}

/// One laid-out piece of text: its size is known before it is drawn.
final class TextBlock {
    private let layout: OpaquePointer
    let colour: RGBA
    /// The logical extents: `x`/`y` is where the ink box starts inside the layout (non-zero when a
    /// wrapped layout is right-aligned or centred), `width`/`height` the room the text takes.
    let extents: Rect

    fileprivate init(layout: OpaquePointer, colour: RGBA) {
        self.layout = layout
        self.colour = colour
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE)
        extents = Rect(
            x: Double(logical.x) / scale, y: Double(logical.y) / scale,
            width: Double(logical.width) / scale, height: Double(logical.height) / scale)
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(layout)) }

    var width: Double { extents.width }
    var height: Double { extents.height }
    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Each line's end, measured from the top of the text, and where its text starts (a UTF-8
    /// offset): the places a text may be split when it continues on the next page, so that no
    /// line is sliced through and every word is printed once.
    var lines: [(bottom: Double, start: Int)] {
        guard let iterator = pango_layout_get_iter(layout) else { return [(height, 0)] }
        defer { pango_layout_iter_free(iterator) }
        var lines: [(bottom: Double, start: Int)] = []
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            lines.append((Double(logical.y + logical.height) / Double(PANGO_SCALE) - extents.y, Int(pango_layout_iter_get_index(iterator))))
        } while pango_layout_iter_next_line(iterator) != 0
        return lines
    }

    /// Distance from the top of the text to the first line's baseline, for aligning numbers to text.
    var baseline: Double { Double(pango_layout_get_baseline(layout)) / Double(PANGO_SCALE) }

    /// Draws so the text's logical box starts at `origin`.
    func draw(on cr: OpaquePointer, at origin: Point) {
        cairo_save(cr)
        cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, colour.a)
        cairo_move_to(cr, origin.x - extents.x, origin.y - extents.y)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
    }

    /// Draws with an outline in `halo` first, so the text stays legible over lines and fills.
    func draw(on cr: OpaquePointer, at origin: Point, halo: RGBA, width: Double) {
        cairo_save(cr)
        cairo_move_to(cr, origin.x - extents.x, origin.y - extents.y)
        pango_cairo_layout_path(cr, layout)
        cairo_set_source_rgba(cr, halo.r, halo.g, halo.b, halo.a)
        cairo_set_line_width(cr, width)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_stroke(cr)
        cairo_restore(cr)
        draw(on: cr, at: origin)
    }

    /// By scalar, not by character: an "&" carrying a combining accent is one character, and
    /// still markup. Walking Kazakh text by character also costs several times as much.
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&#39;".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }
}
