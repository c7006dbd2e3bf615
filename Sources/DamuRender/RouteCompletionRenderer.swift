import CPangoCairo
import DamuCore

/// What the team's route-sheet slide shows: per direction of the template, a bar split into the
/// rows marked +, ±, − and not at all, over every chosen teacher's sheet. Only the template's words.
public struct RouteCompletionChart: Sendable {
    public var completion: TeamRouteCompletion
    /// "4 teachers' route sheets, 2025-2026".
    public var caption: String
    /// The four parts of a bar, in order: achieved, partially, not achieved, not marked.
    public var legend: [String]

    public init(completion: TeamRouteCompletion, caption: String, legend: [String]) {
        self.completion = completion
        self.caption = caption
        self.legend = legend
    }

    /// The four counts of a direction, in the legend's order.
    public static func parts(_ progress: RouteSheetProgress) -> [Int] {
        [progress.achieved, progress.partial, progress.notAchieved, progress.unmarked]
    }
}

public enum RouteCompletionRenderer {
    public static func draw(_ chart: RouteCompletionChart, on cr: OpaquePointer, in rect: Rect, palette: Palette) {
        let canvas = Canvas(cr: cr)
        canvas.withSavedState {
            cairo_new_path(cr)
            canvas.clip(to: rect)
            let typesetter = Typesetter()
            let directions = chart.completion.directions
            // Rows share the height: the legend takes two, each direction one.
            let row = rect.height / Double(directions.count + 2)
            let size = min(row * 0.42, rect.width / 48)
            var y = rect.y
            let caption = typesetter.block(chart.caption, TextStyle(size: size, bold: true, colour: palette.text))
            canvas.draw(caption, at: Point(x: rect.x, y: y))
            var x = rect.x + caption.width + size * 2
            for (part, label) in chart.legend.enumerated() {
                let swatch = Rect(x: x, y: y + size * 0.15, width: size, height: size)
                canvas.fill(swatch, with: colour(part, palette))
                let block = typesetter.block(label, TextStyle(size: size * 0.9, colour: palette.text))
                canvas.draw(block, at: Point(x: x + size * 1.4, y: y))
                x += size * 1.4 + block.width + size * 1.5
            }
            y += row * 1.6
            let nameWidth = rect.width * 0.42
            let barX = rect.x + nameWidth + size
            let barWidth = rect.maxX - barX
            let highest = max(directions.map(\.progress.total).max() ?? 1, 1)
            for direction in directions {
                let name = typesetter.block(
                    direction.name, TextStyle(size: size * 0.9, colour: palette.text, alignment: .right, wrapWidth: nameWidth, maxLines: 2))
                canvas.draw(name, at: Point(x: rect.x + nameWidth - name.width, y: y + (row - name.height) / 2))
                var segmentX = barX
                let unit = barWidth / Double(highest)
                for (part, count) in RouteCompletionChart.parts(direction.progress).enumerated() where count > 0 {
                    let segment = Rect(x: segmentX, y: y + row * 0.15, width: unit * Double(count), height: row * 0.7)
                    canvas.fill(segment, with: colour(part, palette))
                    let number = typesetter.block("\(count)", TextStyle(size: size * 0.8, bold: true, colour: numberColour(part, palette)))
                    if number.width < segment.width - 2 {
                        canvas.draw(number, at: Point(x: segment.midX - number.width / 2, y: segment.midY - number.height / 2))
                    }
                    segmentX += segment.width
                }
                y += row
            }
        }
    }

    /// +, ±, − and not marked: green, amber, red and the grid's grey; the counts are printed on them too.
    static func colour(_ part: Int, _ palette: Palette) -> RGBA {
        switch part {
        case 0: palette.increase
        case 1: palette.seriesColour(2)
        case 2: palette.decrease
        default: palette.grid
        }
    }

    private static func numberColour(_ part: Int, _ palette: Palette) -> RGBA {
        part == 3 ? palette.text : palette.background
    }
}
