import CPangoCairo
import DamuCore
import Foundation

/// The anonymous team picture: the team's mean wheel with the spread drawn as a band around it,
/// how many teachers, and the distribution of the satisfaction scores as bars. Only numbers and the
/// template's own words are drawn.
public enum TeamRenderer {
    public static func draw(_ chart: TeamChart, on cr: OpaquePointer, in rect: Rect, palette: Palette) {
        let canvas = Canvas(cr: cr)
        canvas.withSavedState {
            cairo_new_path(cr)
            canvas.clip(to: rect)
            canvas.fill(rect, with: palette.background)
            let typesetter = Typesetter()
            let parts = split(rect)
            drawWheel(chart, in: parts.wheel, on: canvas, palette: palette, typesetter: typesetter)
            drawDistribution(chart, in: parts.side, on: canvas, palette: palette, typesetter: typesetter)
        }
    }

    /// The wheel as the screen and the tests lay it out: sector names with "mean ± spread".
    public static func wheelPicture(for chart: TeamChart) -> WheelPicture {
        var picture = WheelPicture(sectorNames: chart.sectorNames, scores: [])
        picture.textScale = chart.textScale
        picture.scoreCaptions = chart.sectorNames.indices.map { sector in
            guard chart.team.sectors.indices.contains(sector), let spread = chart.team.sectors[sector] else { return "—" }
            // No-break spaces: "6,0 ± 1,6" is one number and stays on one line.
            return "\(DecimalText.of(spread.mean))\u{00A0}±\u{00A0}\(DecimalText.of(spread.standardDeviation))"
        }
        return picture
    }

    /// Centre and outer radius of the team wheel's 0–10 scale inside rect, as `draw` lays it out.
    public static func layout(for chart: TeamChart, in rect: Rect) -> (center: Point, radius: Double) {
        WheelRenderer.layout(for: wheelPicture(for: chart), in: split(rect).wheel)
    }


    /// The wheel takes the left three fifths (the whole width on a portrait rectangle's top), the bars the rest.
    public static func split(_ rect: Rect) -> (wheel: Rect, side: Rect) {
        if rect.width >= rect.height {
            let wheelWidth = rect.width * 0.62
            return (Rect(x: rect.x, y: rect.y, width: wheelWidth, height: rect.height),
                    Rect(x: rect.x + wheelWidth, y: rect.y, width: rect.width - wheelWidth, height: rect.height))
        }
        let wheelHeight = rect.height * 0.62
        return (Rect(x: rect.x, y: rect.y, width: rect.width, height: wheelHeight),
                Rect(x: rect.x, y: rect.y + wheelHeight, width: rect.width, height: rect.height - wheelHeight))
    }

    private static func drawWheel(_ chart: TeamChart, in rect: Rect, on canvas: Canvas, palette: Palette, typesetter: Typesetter) {
        let picture = wheelPicture(for: chart)
        let layout = WheelLayout.make(for: picture, in: rect, palette: palette, typesetter: typesetter)
        let style = WheelRenderer.Strokes(fontSize: layout.fontSize, palette: palette)
        WheelRenderer.drawScale(picture, layout: layout, style: style, on: canvas, palette: palette)
        let count = picture.sectorCount
        let sectors = (0..<count).map { chart.team.sectors.indices.contains($0) ? chart.team.sectors[$0] : nil }
        func ring(_ value: (ScoreSpread) -> Double) -> [Point] {
            (0..<count).map { sector in
                WheelRenderer.vertex(
                    sector: sector, of: count, score: sectors[sector].map(value) ?? 0, center: layout.center, radius: layout.radius)
            }
        }
        if count > 0, sectors.contains(where: { $0 != nil }) {
            // The band between the polygons of mean − spread and mean + spread, filled even-odd.
            let cr = canvas.cr
            canvas.polyline(ring { $0.band.upperBound }, closed: true)
            canvas.polyline(ring { $0.band.lowerBound }.reversed(), closed: true)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
            canvas.fillPath(palette.polygonFill)
            cairo_set_fill_rule(cr, CAIRO_FILL_RULE_WINDING)
            canvas.setLine(width: style.hairline, dash: [style.hairline * 4, style.hairline * 3])
            canvas.polyline(ring { $0.band.upperBound }, closed: true)
            canvas.stroke(palette.polygonStroke)
            canvas.polyline(ring { $0.band.lowerBound }, closed: true)
            canvas.stroke(palette.polygonStroke)
            let means = ring(\.mean)
            canvas.setLine(width: style.polygon)
            canvas.polyline(means, closed: true)
            canvas.stroke(palette.polygonStroke)
            for (sector, point) in means.enumerated() where sectors[sector] != nil {
                canvas.marker(at: point, radius: style.marker, colour: palette.polygonStroke, ring: palette.background)
            }
        }
        WheelRenderer.drawScaleNumbers(layout: layout, on: canvas, palette: palette, typesetter: typesetter)
        for label in layout.labels { canvas.draw(label.block, at: Point(x: label.frame.x, y: label.frame.y)) }
    }

    /// The teacher count in large type, then eleven bars 0…10 with their counts above them.
    private static func drawDistribution(
        _ chart: TeamChart, in rect: Rect, on canvas: Canvas, palette: Palette, typesetter: Typesetter
    ) {
        let area = rect.insetBy(min(rect.width, rect.height) * 0.04)
        let unit = min(area.height / 18, area.width / 12)
        var y = area.y
        let countBlock = typesetter.block(
            chart.countCaption, TextStyle(size: unit * 1.6, bold: true, colour: palette.text, alignment: .centre, wrapWidth: area.width))
        canvas.draw(countBlock, at: Point(x: area.midX - countBlock.width / 2, y: y))
        y += countBlock.height + unit * 0.4
        let bandBlock = typesetter.block(
            chart.bandCaption, TextStyle(size: unit * 0.8, colour: palette.mutedText, alignment: .centre, wrapWidth: area.width))
        canvas.draw(bandBlock, at: Point(x: area.midX - bandBlock.width / 2, y: y))
        y += bandBlock.height + unit * 1.2
        var title = chart.distributionTitle
        if let satisfaction = chart.team.satisfaction {
            // On a line of its own: run on after " · ", a narrow slide broke the line at the dot.
            // No-break space: the mean stays with its word.
            title += "\n" + String(format: tr("mean %@"), DecimalText.of(satisfaction.mean)).replacingOccurrences(of: " ", with: "\u{00A0}")
        }
        let titleBlock = typesetter.block(
            title, TextStyle(size: unit, bold: true, colour: palette.text, alignment: .centre, wrapWidth: area.width))
        canvas.draw(titleBlock, at: Point(x: area.midX - titleBlock.width / 2, y: y))
        y += titleBlock.height + unit * 0.6

        let counts = chart.team.satisfactionCounts
        let highest = max(counts.max() ?? 0, 1)
        let columns = Double(counts.count)
        let slot = area.width / columns
        let numberSize = min(unit * 0.9, slot * 0.55)
        let axisTop = area.maxY - numberSize * 1.4
        let barTop = y + numberSize * 1.4
        let barSpace = max(axisTop - barTop, 1)
        canvas.setLine(width: max(unit * 0.06, 1))
        canvas.line(from: Point(x: area.x, y: axisTop), to: Point(x: area.maxX, y: axisTop))
        canvas.stroke(palette.text)
        for (value, count) in counts.enumerated() {
            let x = area.x + Double(value) * slot
            let height = barSpace * Double(count) / Double(highest)
            if count > 0 {
                canvas.fill(Rect(x: x + slot * 0.15, y: axisTop - height, width: slot * 0.7, height: height), with: palette.polygonStroke)
                let countBlock = typesetter.block("\(count)", TextStyle(size: numberSize, bold: true, colour: palette.text))
                canvas.draw(countBlock, at: Point(x: x + slot / 2 - countBlock.width / 2, y: axisTop - height - countBlock.height))
            }
            let label = typesetter.block("\(value)", TextStyle(size: numberSize, colour: palette.text))
            canvas.draw(label, at: Point(x: x + slot / 2 - label.width / 2, y: axisTop + numberSize * 0.2))
        }
    }
}
