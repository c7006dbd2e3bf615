import DamuCore
import DamuRender

/// Trend lines shaped like a teacher's school year: a lesson a week, scores drifting upwards.
enum TrendFixtures {
    static func series(count: Int, seed: Int, start: LessonDate, everyDays: Int = 7) -> TrendSeries {
        TrendSeries(points: (0..<count).map { index in
            let wave = Double((index * 7 + seed * 3) % 5) - 2
            let value = min(max(3 + Double(seed % 3) + Double(index) * 4 / Double(max(count, 1)) + wave * 0.6, 0), 10)
            return TrendSeries.Point(date: start.adding(days: index * everyDays), value: value.rounded())
        })
    }

    static func schoolYear(palette: Palette, emphasised: Int? = nil) throws -> [TrendRenderer.Line] {
        let start = try LessonDate(year: 2024, month: 9, day: 3)
        var lines = KazakhWheel.sectorNames.enumerated().map { index, name in
            TrendRenderer.Line(
                name: name, series: series(count: 30, seed: index, start: start.adding(days: index % 3)),
                colour: palette.seriesColour(index), emphasised: index == emphasised)
        }
        lines.append(TrendRenderer.Line(
            name: "Шкалалау", series: series(count: 30, seed: 9, start: start), colour: palette.seriesColour(8)))
        return lines
    }

    /// A lesson every other day for eleven years, every sector and the wheel average (emphasised):
    /// more lessons than any chart can draw apart.
    static func tenYears(palette: Palette) throws -> [TrendRenderer.Line] {
        let start = try LessonDate(year: 2015, month: 9, day: 1)
        var lines = KazakhWheel.sectorNames.enumerated().map { index, name in
            TrendRenderer.Line(
                name: name, series: series(count: 2000, seed: index, start: start, everyDays: 2),
                colour: palette.seriesColour(index))
        }
        lines.append(TrendRenderer.Line(
            name: "Дөңгелектің орташасы", series: series(count: 2000, seed: 11, start: start, everyDays: 2),
            colour: palette.text, emphasised: true))
        return lines
    }
}
