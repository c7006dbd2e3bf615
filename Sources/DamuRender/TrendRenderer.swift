import CPangoCairo
import DamuCore
import Foundation

/// Scores over time: one line per sector (and scaling, and the wheel mean) on a 0–10 scale.
public enum TrendRenderer {
    public struct Line: Sendable {
        public var name: String
        public var series: TrendSeries
        public var colour: RGBA
        /// Drawn thicker and on top, the other lines fading back.
        public var emphasised: Bool

        public init(name: String, series: TrendSeries, colour: RGBA, emphasised: Bool = false) {
            self.name = name
            self.series = series
            self.colour = colour
            self.emphasised = emphasised
        }
    }

    /// Time on x (dates), 0–10 on y with grid lines, a legend, axis labels; `emptyText` when no
    /// line has points. Lessons too close together to draw apart are drawn as averages, said under the
    /// plot (`TrendSampling`).
    public static func draw(
        lines: [Line], on cr: OpaquePointer, in rect: Rect, palette: Palette, title: String?, emptyText: String = tr("No lessons yet")
    ) {
        let canvas = Canvas(cr: cr)
        canvas.withSavedState {
            // The path is not part of cairo's saved state: start clean so a caller's path is not clipped in.
            cairo_new_path(cr)
            canvas.clip(to: rect)
            canvas.fill(rect, with: palette.background)
            let typesetter = Typesetter()
            let shortSide = max(min(rect.width, rect.height), 1)
            let size = min(max(shortSide * 0.03, min(11, shortSide / 16)), 24)
            var content = rect.insetBy(size)

            if let title {
                let block = typesetter.block(
                    title, TextStyle(size: size * 1.25, bold: true, colour: palette.text, alignment: .centre,
                                     wrapWidth: content.width, maxLines: 2))
                canvas.draw(block, at: Point(x: content.midX - block.width / 2, y: content.y))
                content = Rect(x: content.x, y: content.y + block.height + size * 0.8,
                               width: content.width, height: max(content.height - block.height - size * 0.8, 0))
            }

            let visible = lines.filter { !$0.series.points.isEmpty }
            guard !visible.isEmpty else {
                let empty = typesetter.block(
                    emptyText, TextStyle(size: size * 1.15, colour: palette.mutedText, alignment: .centre,
                                                    wrapWidth: content.width))
                canvas.draw(empty, at: Point(x: content.midX - empty.width / 2, y: content.midY - empty.height / 2))
                return
            }

            let legend = Legend(lines: visible, width: content.width, size: size, palette: palette, typesetter: typesetter)
            let legendTop = content.maxY - legend.height
            legend.draw(on: canvas, top: legendTop, centreX: content.midX, size: size, palette: palette)

            let plotArea = Rect(x: content.x, y: content.y, width: content.width,
                                height: max(legendTop - size * 0.8 - content.y, 0))
            drawPlot(visible, in: plotArea, size: size, palette: palette, canvas: canvas, typesetter: typesetter)
        }
    }

    /// The width of a grid line; the chart's other strokes are multiples of it.
    fileprivate static func strokeUnit(size: Double, palette: Palette) -> Double {
        max(size / 14, 0.75) * palette.strokeWeight
    }

    /// A line's stroke, in the plot and in the legend alike.
    fileprivate static func lineWidth(emphasised: Bool, unit: Double) -> Double {
        unit * (emphasised ? 3.6 : 2.2)
    }

    /// A line's colour, in the plot and in the legend alike: beside an emphasised line the others
    /// fade, and their swatches with them, so the legend matches what it names.
    fileprivate static func colour(of line: Line, besideEmphasis anyEmphasised: Bool) -> RGBA {
        anyEmphasised && !line.emphasised ? line.colour.withAlpha(line.colour.a * 0.4) : line.colour
    }

    private static func drawPlot(
        _ lines: [Line], in area: Rect, size: Double, palette: Palette, canvas: Canvas, typesetter: Typesetter
    ) {
        let small = TextStyle(size: size * 0.88, colour: palette.mutedText)
        let yLabels = stride(from: 0, through: 10, by: 2).map { (value: $0, block: typesetter.block("\($0)", small)) }
        let yLabelWidth = yLabels.map(\.block.width).max() ?? 0
        let lineHeight = yLabels[0].block.height
        let plotX = area.x + yLabelWidth + size * 0.6
        let plotWidth = max(area.width - yLabelWidth - size * 1.2, 1)
        let unit = strokeUnit(size: size, palette: palette)

        let axis = TimeAxis(days: lines.flatMap { $0.series.points.map { TimeAxis.day($0.date) } })
        // Points closer than two widths of a line run into one solid zigzag.
        let sampling = TrendSampling(
            pointCount: lines.map(\.series.points.count).max() ?? 0, spanDays: axis.end - axis.start,
            width: plotWidth, apart: lineWidth(emphasised: false, unit: unit) * 2)
        let caption = sampling.caption.map {
            typesetter.block($0, TextStyle(size: size * 0.88, colour: palette.mutedText, alignment: .centre,
                                           wrapWidth: area.width, maxLines: 2))
        }
        let captionRoom = caption.map { $0.height + size * 0.3 } ?? 0
        let plot = Rect(
            x: plotX, y: area.y + lineHeight / 2, width: plotWidth,
            height: max(area.height - lineHeight * 2 - size * 0.4 - captionRoom, 1))
        func y(_ value: Double) -> Double { plot.maxY - min(max(value, 0), 10) / 10 * plot.height }
        if let caption {
            canvas.draw(caption, at: Point(x: area.midX - caption.width / 2, y: area.maxY - caption.height))
        }

        for (value, block) in yLabels {
            canvas.setLine(width: value == 0 ? unit * 1.4 : unit)
            canvas.line(from: Point(x: plot.minX, y: y(Double(value))), to: Point(x: plot.maxX, y: y(Double(value))))
            canvas.stroke(value == 0 ? palette.grid.withAlpha(min(palette.grid.a * 2, 1)) : palette.grid)
            canvas.draw(block, at: Point(x: plot.minX - size * 0.6 - block.width, y: y(Double(value)) - block.height / 2))
        }

        let sample = typesetter.block(axis.widestLabel(), small)
        var lastLabelEnd = -Double.infinity
        for tick in axis.ticks(width: plot.width, minimumSpacing: sample.width + size * 1.5) {
            let x = axis.x(tick.day, in: plot)
            canvas.setLine(width: unit)
            canvas.line(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY + size * 0.25))
            canvas.stroke(palette.grid.withAlpha(palette.grid.a * 0.6))
            let label = typesetter.block(tick.label, small)
            let left = min(max(x - label.width / 2, area.minX), area.maxX - label.width)
            guard left > lastLabelEnd + size * 0.5 else { continue }
            canvas.draw(label, at: Point(x: left, y: plot.maxY + size * 0.4))
            lastLabelEnd = left + label.width
        }

        let anyEmphasised = lines.contains(where: \.emphasised)
        let marker = max(size * 0.26, 2.5)
        canvas.withSavedState {
            canvas.clip(to: plot.insetBy(-marker * 2))
            for line in lines.sorted(by: { !$0.emphasised && $1.emphasised }) {
                let colour = colour(of: line, besideEmphasis: anyEmphasised)
                let points = sampling.points(of: line.series).points.map {
                    Point(x: axis.x(TimeAxis.day($0.date), in: plot), y: y($0.value))
                }
                canvas.setLine(width: lineWidth(emphasised: line.emphasised, unit: unit))
                canvas.polyline(points, closed: false)
                canvas.stroke(colour)
                // Dots help read a few lessons; on hundreds they would only blot the line.
                if points.count == 1 || Double(points.count) <= plot.width / (marker * 5) {
                    let radius = line.emphasised ? marker * 1.25 : marker
                    for point in points {
                        canvas.marker(at: point, radius: radius, colour: colour, ring: palette.background)
                    }
                }
            }
        }
    }
}

/// The chart's key: a coloured stroke and the line's name, flowing in centred rows under the plot.
private struct Legend {
    struct Item {
        let line: TrendRenderer.Line
        let name: TextBlock
        var width: Double
    }

    let rows: [[Item]]
    let height: Double
    private let swatch: Double
    private let spacing: Double

    init(lines: [TrendRenderer.Line], width: Double, size: Double, palette: Palette, typesetter: Typesetter) {
        let swatch = size * 1.6, spacing = size * 1.2
        (self.swatch, self.spacing) = (swatch, spacing)
        let nameWidth = max(min(width * 0.45, size * 26) - swatch - size * 0.4, size * 4)
        let items = lines.map { line -> Item in
            let name = typesetter.block(
                line.name, TextStyle(size: size * 0.9, colour: palette.text, wrapWidth: nameWidth, maxLines: 2))
            return Item(line: line, name: name, width: swatch + size * 0.4 + name.width)
        }
        var flow: [[Item]] = [[]]
        var used = 0.0
        for item in items {
            if !flow[flow.count - 1].isEmpty && used + spacing + item.width > width {
                flow.append([])
                used = 0
            }
            used += (flow[flow.count - 1].isEmpty ? 0 : spacing) + item.width
            flow[flow.count - 1].append(item)
        }
        rows = flow
        height = flow.reduce(0) { $0 + ($1.map(\.name.height).max() ?? 0) } + Double(flow.count - 1) * size * 0.4
    }

    func draw(on canvas: Canvas, top: Double, centreX: Double, size: Double, palette: Palette) {
        var y = top
        let unit = TrendRenderer.strokeUnit(size: size, palette: palette)
        let anyEmphasised = rows.joined().contains { $0.line.emphasised }
        for row in rows {
            let rowHeight = row.map(\.name.height).max() ?? 0
            let rowWidth = row.map(\.width).reduce(0, +) + Double(row.count - 1) * spacing
            var x = centreX - rowWidth / 2
            for item in row {
                let lineY = y + min(item.name.height, size * 1.2) / 2
                canvas.setLine(width: TrendRenderer.lineWidth(emphasised: item.line.emphasised, unit: unit))
                canvas.line(from: Point(x: x, y: lineY), to: Point(x: x + swatch, y: lineY))
                let colour = TrendRenderer.colour(of: item.line, besideEmphasis: anyEmphasised)
                canvas.stroke(colour)
                canvas.marker(at: Point(x: x + swatch / 2, y: lineY), radius: max(size * 0.26, 2.5),
                              colour: colour, ring: palette.background)
                canvas.draw(item.name, at: Point(x: x + swatch + size * 0.4, y: y))
                x += item.width + spacing
            }
            y += rowHeight + size * 0.4
        }
    }
}
