import CPangoCairo

/// One laid-out page: what to draw and where, in PDF points from the page's top-left corner.
struct FormPage {
    enum Item {
        /// `clip` keeps a one-line text (a footer) out of its neighbour's room.
        case text(TextBlock, origin: Point, clip: Rect? = nil)
        case fill(Rect, RGBA)
        case border(Rect)
        case wheel(WheelPicture, Rect)
        case trend([TrendRenderer.Line], String?, Rect)
    }

    var items: [Item] = []

    func draw(on cr: OpaquePointer, palette: Palette) {
        let canvas = Canvas(cr: cr)
        for item in items {
            switch item {
            case let .text(block, origin, clip):
                canvas.withSavedState {
                    if let clip {
                        cairo_new_path(cr)
                        canvas.clip(to: clip)
                    }
                    canvas.draw(block, at: origin)
                }
            case let .fill(rect, colour):
                canvas.fill(rect, with: colour)
            case let .border(rect):
                canvas.withSavedState {
                    cairo_new_path(cr)
                    canvas.setLine(width: FormMetrics.rule)
                    cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
                    canvas.stroke(palette.text)
                }
            case let .wheel(picture, rect):
                WheelRenderer.draw(picture, on: cr, in: rect, palette: palette)
            case let .trend(lines, title, rect):
                TrendRenderer.draw(lines: lines, on: cr, in: rect, palette: palette, title: title)
            }
        }
    }
}

/// The measures of every form, in PDF points: A4, ≈15 mm margins, sizes that print legibly.
enum FormMetrics {
    static let pageWidth = 595.0
    static let pageHeight = 842.0
    static let margin = 42.0
    static let footerHeight = 18.0
    static let body = 9.0
    static let small = 7.5
    static let heading = 11.5
    static let title = 14.0
    static let padding = 3.5
    static let rule = 0.6
    static let gap = 8.0
    static let shade = RGBA(0, 0, 0, 0.08)
    static let muted = RGBA(0.25, 0.25, 0.28)

    static var content: Rect {
        Rect(x: margin, y: margin, width: pageWidth - 2 * margin, height: pageHeight - 2 * margin - footerHeight)
    }
}
