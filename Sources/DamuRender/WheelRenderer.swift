import CPangoCairo
import Foundation

/// The one drawing of the lesson balance wheel, for the screen, PNG, PDF and print alike.
public enum WheelRenderer {
    /// Draws the whole picture (background filled with palette.background) into rect on the cairo context.
    /// A widget that redraws the wheel passes the `cache` it keeps; an export that draws once passes none.
    public static func draw(
        _ picture: WheelPicture, on cr: OpaquePointer, in rect: Rect, palette: Palette, cache: DrawingCache? = nil
    ) {
        draw(picture, on: cr, in: rect, palette: palette, typesetter: cache?.typesetter ?? Typesetter(), cache: cache)
    }

    private static func draw(
        _ picture: WheelPicture, on cr: OpaquePointer, in rect: Rect, palette: Palette, typesetter: Typesetter,
        cache: DrawingCache?
    ) {
        let canvas = Canvas(cr: cr)
        canvas.withSavedState {
            // The path is not part of cairo's saved state: start clean so a caller's path is not clipped in.
            cairo_new_path(cr)
            canvas.clip(to: rect)
            let layout = cache.map { cache in
                cache.wheelLayouts.value(for: .init(picture, rect, palette)) {
                    WheelLayout.make(for: picture, in: rect, palette: palette, typesetter: typesetter)
                }
            } ?? WheelLayout.make(for: picture, in: rect, palette: palette, typesetter: typesetter)
            let style = Strokes(fontSize: layout.fontSize, palette: palette)
            let parts = KeptWheel.Parts(
                underlay: { picture, canvas in
                    drawUnderlay(picture, in: rect, layout: layout, style: style, on: canvas, palette: palette)
                },
                scored: { picture, canvas in
                    drawPolygon(picture, layout: layout, style: style, on: canvas, palette: palette)
                    drawScaleNumbers(layout: layout, on: canvas, palette: palette, typesetter: typesetter)
                },
                numbers: scaleNumbersBounds(layout: layout, palette: palette, typesetter: typesetter))
            let painted = cache.map { cache in
                cache.keptWheel.paint(
                    picture, in: rect, layout: layout, style: style, palette: palette, on: cr,
                    grid: PixelGrid(cr, recordingScale: cache.recordingScale), parts: parts)
            } ?? .nothing
            if painted == .nothing { parts.underlay(picture, canvas) }
            if painted != .scored { parts.scored(picture, canvas) }
            drawText(picture, layout: layout, style: style, on: canvas, palette: palette)
        }
    }

    /// Geometry used by draw and by tests: centre and outer radius of the 0–10 scale inside rect for
    /// this picture (labels need room around the circle; title/subtitle take room at top).
    public static func layout(for picture: WheelPicture, in rect: Rect) -> (center: Point, radius: Double) {
        // Text sizes do not depend on colours, so any palette gives the same geometry.
        let layout = WheelLayout.make(for: picture, in: rect, palette: .light, typesetter: Typesetter())
        return (layout.center, layout.radius)
    }

    /// Where the polygon vertex of `sector` at `score` lies: on the middle of the sector's wedge, sector 0
    /// right of 12 o'clock and going clockwise, `score`/10 of the way out.
    public static func vertex(sector: Int, of count: Int, score: Double, center: Point, radius: Double) -> Point {
        center.moved(by: radius * score / 10, at: WheelLayout.middleAngle(sector: sector, of: count))
    }

    /// Line widths and marker sizes grow with the text, so a projector picture is as bold as a PDF.
    struct Strokes {
        let hairline: Double
        let polygon: Double
        let marker: Double

        init(fontSize: Double, palette: Palette) {
            let unit = max(fontSize / 14, 0.75) * palette.strokeWeight
            hairline = unit
            polygon = unit * 2.2
            marker = max(fontSize * 0.28, 3) * min(palette.strokeWeight, 1.25)
        }
    }

    // MARK: - Parts, in painting order

    /// Everything under the polygon: what a new score leaves as it was (see `KeptWheel`).
    private static func drawUnderlay(
        _ picture: WheelPicture, in rect: Rect, layout: WheelLayout, style: Strokes, on canvas: Canvas, palette: Palette
    ) {
        canvas.fill(rect, with: palette.background)
        if let sector = picture.highlightedSector, picture.sectorNames.indices.contains(sector) {
            drawFocusWedge(sector, of: picture.sectorCount, layout: layout, on: canvas, palette: palette)
        }
        drawScale(picture, layout: layout, style: style, on: canvas, palette: palette)
        for (index, _) in picture.earlierOverlays.enumerated() {
            drawOverlay(
                { picture.earlierScore(index, $0) }, count: picture.sectorCount, dash: 0.35 + 0.3 * Double(index),
                layout: layout, style: style, on: canvas, palette: palette)
        }
        if picture.overlayScores != nil {
            drawOverlay(
                picture.overlayScore, count: picture.sectorCount, dash: 1, layout: layout, style: style, on: canvas,
                palette: palette)
        }
    }

    private static func drawFocusWedge(
        _ sector: Int, of count: Int, layout: WheelLayout, on canvas: Canvas, palette: Palette
    ) {
        let cr = canvas.cr
        let start = WheelLayout.boundaryAngle(sector, of: count)
        let end = WheelLayout.boundaryAngle(sector + 1, of: count)
        cairo_move_to(cr, layout.center.x, layout.center.y)
        cairo_arc(cr, layout.center.x, layout.center.y, layout.radius, start, end)
        cairo_close_path(cr)
        canvas.fillPath(palette.polygonStroke.withAlpha(0.08))
    }

    static func drawScale(
        _ picture: WheelPicture, layout: WheelLayout, style: Strokes, on canvas: Canvas, palette: Palette
    ) {
        let count = picture.sectorCount
        for ring in stride(from: 2, through: 10, by: 2) {
            canvas.setLine(width: ring == 10 ? style.hairline * 1.6 : style.hairline)
            canvas.circle(layout.center, radius: layout.radius * Double(ring) / 10)
            canvas.stroke(ring == 10 ? palette.grid.withAlpha(min(palette.grid.a * 2, 1)) : palette.grid)
        }
        guard count > 1 else { return }
        for index in 0..<count {
            let angle = WheelLayout.boundaryAngle(index, of: count)
            let focused = picture.highlightedSector.map { index == $0 || index == ($0 + 1) % count } ?? false
            canvas.setLine(width: focused ? style.hairline * 1.8 : style.hairline)
            canvas.line(from: layout.center, to: layout.center.moved(by: layout.radius, at: angle))
            canvas.stroke(focused ? palette.polygonStroke : palette.grid)
        }
    }

    /// Unscored sectors sit at 0, so the polygon always has a vertex per sector.
    private static func polygon(_ score: (Int) -> Int?, count: Int, layout: WheelLayout) -> [Point] {
        (0..<count).map {
            vertex(sector: $0, of: count, score: Double(score($0) ?? 0), center: layout.center, radius: layout.radius)
        }
    }

    /// `dash` scales the dashes: 1 for the overlay, shorter for older wheels, so each stays
    /// distinguishable in black and white.
    private static func drawOverlay(
        _ score: (Int) -> Int?, count: Int, dash: Double, layout: WheelLayout, style: Strokes, on canvas: Canvas,
        palette: Palette
    ) {
        guard count > 0, (0..<count).contains(where: { score($0) != nil }) else { return }
        let points = polygon(score, count: count, layout: layout)
        canvas.polyline(points, closed: true)
        canvas.fillPath(palette.overlayFill, preserve: true)
        let width = style.polygon * 0.75
        canvas.setLine(width: width, dash: [width * 3 * dash, width * 2.2])
        canvas.stroke(palette.overlayStroke)
        canvas.setLine(width: width)
        for (sector, point) in points.enumerated() where score(sector) != nil {
            canvas.circle(point, radius: style.marker * 0.55)
            canvas.fillPath(palette.overlayStroke)
        }
    }

    private static func drawPolygon(
        _ picture: WheelPicture, layout: WheelLayout, style: Strokes, on canvas: Canvas, palette: Palette
    ) {
        let count = picture.sectorCount
        guard count > 0 else { return }
        let points = polygon(picture.score, count: count, layout: layout)
        if (0..<count).contains(where: { picture.score($0) != nil }) {
            canvas.polyline(points, closed: true)
            canvas.fillPath(palette.polygonFill, preserve: true)
            canvas.setLine(width: style.polygon)
            canvas.stroke(palette.polygonStroke)
        }
        for sector in 0..<count {
            if picture.score(sector) != nil {
                canvas.marker(at: points[sector], radius: style.marker, colour: palette.polygonStroke,
                              ring: palette.background)
            } else {
                // Just off the centre on the sector's own ray, so several unscored sectors stay distinguishable.
                let spot = vertex(sector: sector, of: count, score: 0.7, center: layout.center, radius: layout.radius)
                canvas.marker(at: spot, radius: style.marker * 0.8, colour: palette.mutedText,
                              ring: palette.background, hollow: true)
            }
        }
    }

    /// Small 2…10 up the 12 o'clock spoke, so a score can be read off the rings.
    static func drawScaleNumbers(
        layout: WheelLayout, on canvas: Canvas, palette: Palette, typesetter: Typesetter
    ) {
        for (number, origin, size) in scaleNumbers(layout: layout, palette: palette, typesetter: typesetter) {
            number.draw(on: canvas.cr, at: origin, halo: palette.background.withAlpha(0.85), width: size * 0.3)
        }
    }

    private static func scaleNumbers(
        layout: WheelLayout, palette: Palette, typesetter: Typesetter
    ) -> [(block: TextBlock, origin: Point, size: Double)] {
        guard layout.radius > layout.fontSize * 3 else { return [] }
        let size = layout.fontSize * 0.62
        return stride(from: 2, through: 10, by: 2).map { ring in
            let number = typesetter.block("\(ring)", TextStyle(size: size, colour: palette.mutedText))
            let y = layout.center.y - layout.radius * Double(ring) / 10
            return (number, Point(x: layout.center.x + size * 0.35, y: y + size * 0.1), size)
        }
    }

    /// Where the scale's numbers are drawn, with room to spare for their outline and any overhang.
    private static func scaleNumbersBounds(layout: WheelLayout, palette: Palette, typesetter: Typesetter) -> Rect {
        var bounds = Rect(x: layout.center.x, y: layout.center.y, width: 0, height: 0)
        for (number, origin, size) in scaleNumbers(layout: layout, palette: palette, typesetter: typesetter) {
            bounds = bounds.union(Rect(
                x: origin.x - size, y: origin.y - size, width: number.width + 2 * size, height: number.height + 2 * size))
        }
        return bounds
    }

    private static func drawText(
        _ picture: WheelPicture, layout: WheelLayout, style: Strokes, on canvas: Canvas, palette: Palette
    ) {
        if let title = layout.title { canvas.draw(title.block, at: Point(x: title.frame.x, y: title.frame.y)) }
        if let subtitle = layout.subtitle {
            canvas.draw(subtitle.block, at: Point(x: subtitle.frame.x, y: subtitle.frame.y))
        }
        for (sector, label) in layout.labels.enumerated() {
            if sector == picture.highlightedSector {
                // A GNOME-style focus ring: the label keeps its size, so focus never moves the layout.
                let pad = layout.fontSize * 0.3
                canvas.roundedRectangle(label.frame.insetBy(-pad), radius: pad * 1.5)
                canvas.fillPath(palette.polygonStroke.withAlpha(0.10), preserve: true)
                canvas.setLine(width: style.hairline * 2)
                canvas.stroke(palette.polygonStroke)
            }
            canvas.draw(label.block, at: Point(x: label.frame.x, y: label.frame.y))
        }
    }
}
