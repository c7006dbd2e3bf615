import CPangoCairo
import DamuCore
@testable import DamuRender
import XCTest

final class TrendRendererTests: XCTestCase {
    private let palette = Palette.light

    private func render(_ lines: [TrendRenderer.Line], title: String? = nil, width: Int = 800, height: Int = 500)
        -> RenderedImage
    {
        RenderedImage(width: width, height: height) { cr, rect in
            TrendRenderer.draw(lines: lines, on: cr, in: rect, palette: self.palette, title: title)
        }
    }

    private func inked(_ image: RenderedImage) -> Int {
        image.count { !RenderedImage.near($0, self.palette.background, tolerance: 8) }
    }

    func testWithoutPointsItShowsTheEmptyState() {
        let empty = TrendRenderer.Line(name: "Мақсат пен нәтиже", series: TrendSeries(points: []), colour: palette.seriesColour(0))
        for lines in [[], [empty]] {
            let image = render(lines)
            XCTAssertGreaterThan(inked(image), 100, "the empty-state text is drawn")
            XCTAssertEqual(image.count { RenderedImage.near($0, self.palette.seriesColour(0), tolerance: 30) }, 0)
        }
    }

    /// The empty chart says what is missing: lessons by default, or the words its caller gives
    /// (the weekly cards' chart has no cards yet, whatever the lessons).
    func testTheEmptyChartSaysWhatIsMissing() throws {
        let folder = try FormFixtures.temporaryFolder(for: self)
        for (emptyText, expected) in [(nil, "No lessons yet"), ("Апталық карталар әлі жоқ", "Апталық карталар әлі жоқ")] {
            let url = folder.appendingPathComponent("empty-\(expected.count).pdf")
            let surface = cairo_pdf_surface_create(url.path, 400, 250)!
            let cr = cairo_create(surface)!
            let rect = Rect(x: 0, y: 0, width: 400, height: 250)
            if let emptyText {
                TrendRenderer.draw(lines: [], on: cr, in: rect, palette: .print, title: nil, emptyText: emptyText)
            } else {
                TrendRenderer.draw(lines: [], on: cr, in: rect, palette: .print, title: nil)
            }
            cairo_destroy(cr)
            cairo_surface_finish(surface)
            cairo_surface_destroy(surface)
            XCTAssertEqual(try FormFixtures.pages(of: url), [expected])
        }
    }

    func testASinglePointIsDrawn() throws {
        let line = TrendRenderer.Line(
            name: "Шкалалау", series: TrendSeries(points: [.init(date: try LessonDate(year: 2025, month: 3, day: 14), value: 7)]),
            colour: palette.seriesColour(1))
        let image = render([line], title: "Бір сабақ")
        XCTAssertGreaterThan(image.count { RenderedImage.near($0, self.palette.seriesColour(1), tolerance: 20) }, 20)
    }

    func testTwoThousandPointsDrawAsALine() throws {
        let series = TrendFixtures.series(count: 2000, seed: 4, start: try LessonDate(year: 2015, month: 9, day: 1), everyDays: 2)
        let line = TrendRenderer.Line(name: "Орта мен атмосфера", series: series, colour: palette.seriesColour(3), emphasised: true)
        let image = render([line], width: 1024, height: 600)
        XCTAssertGreaterThan(image.count { RenderedImage.near($0, self.palette.seriesColour(3), tolerance: 20) }, 2000)
    }

    func testLessonsTooCloseToTellApartAreAveragedOverTheShortestPeriodThatFits() {
        // A lesson a week through a school year: every lesson.
        XCTAssertNil(TrendSampling(pointCount: 32, spanDays: 280, width: 900, apart: 6).period)
        // A lesson every school day: weeks in a window, every lesson on a full-screen chart.
        XCTAssertEqual(TrendSampling(pointCount: 200, spanDays: 290, width: 850, apart: 5.7).period, .week)
        XCTAssertNil(TrendSampling(pointCount: 200, spanDays: 290, width: 1700, apart: 7.5).period)
        // Ten years of them: months full screen, years on a narrow chart.
        XCTAssertEqual(TrendSampling(pointCount: 2000, spanDays: 3650, width: 1700, apart: 7.5).period, .month)
        XCTAssertEqual(TrendSampling(pointCount: 2000, spanDays: 3650, width: 300, apart: 5).period, .year)
        XCTAssertEqual(TrendSampling(pointCount: 2000, spanDays: 3650, width: 30, apart: 5).period, .year, "nothing longer")
        XCTAssertNil(TrendSampling(pointCount: 1, spanDays: 7, width: 2, apart: 5).period, "one lesson is itself")
        XCTAssertNil(TrendSampling(pointCount: 32, spanDays: 280, width: 900, apart: 6).caption)
        XCTAssertEqual(TrendSampling(pointCount: 2000, spanDays: 3650, width: 1700, apart: 7.5).caption, "Averages by month")
    }

    /// Scores that swing between 2 and 8 from one lesson to the next: drawn lesson by lesson the
    /// line reaches 8; averaged, it stays near 5.
    func testTenYearsOfLessonsDrawTheirAveragesNotEveryLesson() throws {
        func swinging(_ count: Int, everyDays: Int) throws -> TrendRenderer.Line {
            var day = try LessonDate(year: 2015, month: 9, day: 1)
            var points: [TrendSeries.Point] = []
            for index in 0..<count {
                points.append(.init(date: day, value: index % 2 == 0 ? 2 : 8))
                day = day.adding(days: everyDays)
            }
            return TrendRenderer.Line(name: "Мақсат пен нәтиже", series: TrendSeries(points: points), colour: palette.seriesColour(3))
        }
        func inkedAboveSix(_ line: TrendRenderer.Line) -> Int {
            let image = render([line], width: 1920, height: 1080)
            // The rows where scores from 6 to about 9 are drawn, on a chart without a title.
            return (100..<390).reduce(0) { total, y in
                total + (0..<1920).filter { RenderedImage.near(image.pixel($0, y), self.palette.seriesColour(3), tolerance: 30) }.count
            }
        }
        XCTAssertGreaterThan(inkedAboveSix(try swinging(30, everyDays: 7)), 100, "a year of weekly lessons: each lesson")
        XCTAssertEqual(inkedAboveSix(try swinging(2000, everyDays: 2)), 0, "eleven years: the averages, near 5")
    }

    func testAllSectorsAndScalingGetTheirColours() throws {
        let lines = try TrendFixtures.schoolYear(palette: palette)
        let image = render(lines, title: "Секторлар бойынша өзгеріс", width: 1024, height: 600)
        for line in lines {
            XCTAssertGreaterThan(image.count { RenderedImage.near($0, line.colour, tolerance: 16) }, 30, line.name)
        }
    }

    /// Beside an emphasised line the others fade, in the plot and in the legend alike: a swatch
    /// at full strength would name a line the chart does not draw.
    func testTheLegendFadesWhatThePlotFades() throws {
        let lines = try TrendFixtures.schoolYear(palette: palette)
        let chosen = lines[0], other = lines[1]
        var drawn = Array(lines.prefix(2))
        drawn[0].emphasised = true
        let image = render(drawn, title: nil, width: 1024, height: 600)
        let faded = RenderedImage.composite(other.colour.withAlpha(other.colour.a * 0.4), over: palette.background)
        XCTAssertEqual(image.count { RenderedImage.near($0, other.colour, tolerance: 10) }, 0, "nowhere at full strength")
        XCTAssertGreaterThan(image.count { RenderedImage.near($0, faded, tolerance: 10) }, 30, "faded")
        XCTAssertGreaterThan(image.count { RenderedImage.near($0, chosen.colour, tolerance: 10) }, 30, "the chosen line at full strength")
    }

    func testDrawsInsideItsRectangleOnly() throws {
        let lines = try TrendFixtures.schoolYear(palette: palette)
        let image = RenderedImage(width: 600, height: 300) { cr, _ in
            TrendRenderer.draw(lines: lines, on: cr, in: Rect(x: 0, y: 0, width: 300, height: 300), palette: .dark, title: nil)
        }
        XCTAssertEqual(image.pixel(450, 150).a, 0)
        XCTAssertEqual(image.pixel(5, 5).a, 255)
    }

    func testTicksFollowTheCalendar() throws {
        let start = try LessonDate(year: 2024, month: 9, day: 2), end = try LessonDate(year: 2025, month: 5, day: 30)
        let year = TimeAxis(days: [TimeAxis.day(start), TimeAxis.day(end)])
        let monthly = year.ticks(width: 900, minimumSpacing: 90)
        // The axis is padded a little beyond the first and last lesson, so 1 September and 1 June show.
        XCTAssertEqual(monthly.map(\.label), [
            "09.2024", "10.2024", "11.2024", "12.2024", "01.2025", "02.2025", "03.2025", "04.2025", "05.2025", "06.2025",
        ])
        XCTAssertEqual(year.ticks(width: 450, minimumSpacing: 90).map(\.label), ["09.2024", "11.2024", "01.2025", "03.2025", "05.2025"])
        let week = TimeAxis(days: [TimeAxis.day(start), TimeAxis.day(start.adding(days: 6))])
        XCTAssertEqual(week.ticks(width: 900, minimumSpacing: 60).map(\.label).first, "02.09")
        for tick in monthly + week.ticks(width: 200, minimumSpacing: 60) {
            XCTAssertTrue((year.start...year.end).contains(tick.day) || (week.start...week.end).contains(tick.day))
        }
        XCTAssertLessThanOrEqual(week.ticks(width: 200, minimumSpacing: 60).count, 3)
    }

    /// Weekly cards are dated by their weeks' Mondays: the ticks are those Mondays, never the
    /// days between, however wide the chart.
    func testWeeklyPointsTickOnTheirWeekday() throws {
        let monday = try LessonDate(year: 2026, month: 9, day: 7)
        let weekly = TimeAxis(days: [0, 7, 21].map { TimeAxis.day(monday.adding(days: $0)) })
        for width in [300.0, 900.0, 1800.0] {
            let ticks = weekly.ticks(width: width, minimumSpacing: 60)
            XCTAssertFalse(ticks.isEmpty, "\(width)")
            for tick in ticks {
                let day = try LessonDate(dayNumber: Int(tick.day.rounded(.down)))
                XCTAssertEqual((day.dayNumber - monday.dayNumber) % 7, 0, "\(width): \(tick.label) is not a Monday")
            }
        }
        XCTAssertEqual(weekly.ticks(width: 1800, minimumSpacing: 60).map(\.label), ["07.09", "14.09", "21.09", "28.09"])
        let lessons = TimeAxis(days: [0, 2, 7].map { TimeAxis.day(monday.adding(days: $0)) })
        XCTAssertEqual(lessons.ticks(width: 1800, minimumSpacing: 60).count, 8, "lessons on other weekdays tick daily")
    }
}
