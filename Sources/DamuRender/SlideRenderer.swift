import CPangoCairo
import DamuCore
import Foundation

/// Draws a presentation slide. Every size is a fraction of the slide's height, so the back row of
/// a classroom reads the same slide on a 1024×768 projector and on a 1920×1080 screen.
public enum SlideRenderer {
    /// A widget that redraws the slide passes the `cache` it keeps (see `WheelRenderer.draw`).
    public static func draw(_ slide: Slide, on cr: OpaquePointer, in rect: Rect, palette: Palette, cache: DrawingCache? = nil) {
        draw(slide, on: cr, in: rect, palette: palette, typesetter: cache?.typesetter ?? Typesetter(), cache: cache)
    }

    private static func draw(
        _ slide: Slide, on cr: OpaquePointer, in rect: Rect, palette: Palette, typesetter: Typesetter, cache: DrawingCache?
    ) {
        let canvas = Canvas(cr: cr)
        canvas.withSavedState {
            cairo_new_path(cr)
            canvas.clip(to: rect)
            canvas.fill(rect, with: palette.background)
            let frame = Frame(rect: rect, slide: slide, palette: palette, typesetter: typesetter)
            canvas.draw(frame.heading.block, at: Point(x: frame.heading.frame.x, y: frame.heading.frame.y))
            if let footer = frame.footer {
                canvas.draw(footer.block, at: Point(x: footer.frame.x, y: footer.frame.y))
            }
            let body = frame.body
            switch slide.content {
            case let .prompt(text):
                drawPrompt(text, in: body, on: canvas, palette: palette, typesetter: typesetter)
            case let .wheel(picture):
                WheelRenderer.draw(picture, on: cr, in: body, palette: palette, cache: cache)
            case let .scale(question, score):
                drawScale(question: question, score: score, in: body, on: canvas, palette: palette, typesetter: typesetter)
            case let .comparison(picture, legend):
                let legendBlock = typesetter.block(
                    legend, TextStyle(size: rect.height * 0.03, colour: palette.mutedText, alignment: .centre, wrapWidth: body.width))
                canvas.draw(legendBlock, at: Point(x: body.midX - legendBlock.width / 2, y: body.y))
                let below = legendBlock.height + rect.height * 0.01
                WheelRenderer.draw(
                    picture, on: cr, in: Rect(x: body.x, y: body.y + below, width: body.width, height: body.height - below),
                    palette: palette, cache: cache)
            case let .team(chart):
                TeamRenderer.draw(chart, on: cr, in: body, palette: palette)
            case let .routes(chart):
                RouteCompletionRenderer.draw(chart, on: cr, in: body, palette: palette)
            }
        }
    }

    /// Where the slide's content goes under the heading: the wheel of a wheel slide is laid out in
    /// this rectangle, which is how tests and the screen find its vertices.
    public static func body(of slide: Slide, in rect: Rect) -> Rect {
        Frame(rect: rect, slide: slide, palette: .highContrast, typesetter: Typesetter()).body
    }

    /// The score whose cell of the large 0–10 scale contains `point`, nil outside the scale.
    public static func scaleValue(at point: Point, of slide: Slide, in rect: Rect) -> Int? {
        guard case .scale = slide.content else { return nil }
        let body = body(of: slide, in: rect)
        return Score.range.first { scaleCell($0, in: body).insetBy(-2).contains(point) }
    }

    /// Where the cell of `value` of a scale slide's 0–10 scale is drawn; nil on other slides.
    public static func scaleCell(_ value: Int, of slide: Slide, in rect: Rect) -> Rect? {
        guard case .scale = slide.content, Score.range.contains(value) else { return nil }
        return scaleCell(value, in: body(of: slide, in: rect))
    }

    // MARK: - Parts

    /// Heading at the top, footer at the bottom, body between; sizes follow the slide's height.
    private struct Frame {
        let heading: PlacedText
        let footer: PlacedText?
        let body: Rect

        init(rect: Rect, slide: Slide, palette: Palette, typesetter: Typesetter) {
            let margin = min(rect.width, rect.height) * 0.04
            let content = rect.insetBy(margin)
            let headingBlock = typesetter.block(
                slide.heading,
                TextStyle(size: rect.height * 0.05, bold: true, colour: palette.text, alignment: .centre,
                          wrapWidth: content.width, maxLines: 2))
            heading = PlacedText(
                block: headingBlock,
                frame: Rect(x: content.midX - headingBlock.width / 2, y: content.y, width: headingBlock.width, height: headingBlock.height))
            var bottom = content.maxY
            if slide.footer.isEmpty {
                footer = nil
            } else {
                let block = typesetter.block(
                    slide.footer, TextStyle(size: rect.height * 0.028, colour: palette.mutedText, alignment: .centre,
                                            wrapWidth: content.width, maxLines: 1))
                bottom -= block.height
                footer = PlacedText(block: block, frame: Rect(x: content.midX - block.width / 2, y: bottom, width: block.width, height: block.height))
            }
            let top = content.y + headingBlock.height + rect.height * 0.025
            body = Rect(x: content.x, y: top, width: content.width, height: max(bottom - rect.height * 0.015 - top, 1))
        }
    }

    /// The prompt as large as it can be while fitting: from a tenth of the slide's height down.
    private static func drawPrompt(_ text: String, in body: Rect, on canvas: Canvas, palette: Palette, typesetter: Typesetter) {
        var size = body.height * 0.12
        var block = typesetter.block(text, TextStyle(size: size, colour: palette.text, alignment: .centre, wrapWidth: body.width))
        while (block.height > body.height || block.width > body.width) && size > 8 {
            size *= 0.92
            block = typesetter.block(text, TextStyle(size: size, colour: palette.text, alignment: .centre, wrapWidth: body.width))
        }
        canvas.draw(block, at: Point(x: body.midX - block.width / 2, y: body.midY - block.height / 2))
    }

    /// The question takes the upper part; eleven square cells 0…10 the lower, the chosen one filled.
    private static func drawScale(
        question: String, score: Int?, in body: Rect, on canvas: Canvas, palette: Palette, typesetter: Typesetter
    ) {
        let cells = Score.range.map { scaleCell($0, in: body) }
        let questionArea = Rect(x: body.x, y: body.y, width: body.width, height: max(cells[0].minY - body.y - body.height * 0.05, 1))
        drawPrompt(question, in: questionArea, on: canvas, palette: palette, typesetter: typesetter)
        for (value, cell) in zip(Score.range, cells) {
            let chosen = value == score
            canvas.roundedRectangle(cell, radius: cell.width * 0.12)
            canvas.fillPath(chosen ? palette.polygonStroke : palette.background, preserve: true)
            canvas.setLine(width: max(cell.width * 0.03, 1.5))
            canvas.stroke(chosen ? palette.polygonStroke : palette.text)
            let number = typesetter.block(
                "\(value)", TextStyle(size: cell.height * 0.5, bold: true, colour: chosen ? palette.background : palette.text))
            canvas.draw(number, at: Point(x: cell.midX - number.width / 2, y: cell.midY - number.height / 2))
        }
    }

    static func scaleCell(_ value: Int, in body: Rect) -> Rect {
        let count = Double(Score.range.count)
        let gap = body.width * 0.012
        let side = min((body.width - gap * (count - 1)) / count, body.height * 0.35)
        let total = side * count + gap * (count - 1)
        let x = body.midX - total / 2 + Double(value) * (side + gap)
        return Rect(x: x, y: body.maxY - side - body.height * 0.05, width: side, height: side)
    }
}
