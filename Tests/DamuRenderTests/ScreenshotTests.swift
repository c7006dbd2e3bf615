import DamuCore
import DamuRender
import XCTest

/// Saves the wheel and the trend chart at classroom sizes to /tmp, for a person to look at.
final class ScreenshotTests: XCTestCase {
    func testSaveClassroomSizes() throws {
        let sizes = [(1024, 768), (1920, 1080), (640, 480), (480, 640)]
        for (width, height) in sizes {
            let picture = KazakhWheel.picture(overlay: KazakhWheel.before)
            let image = RenderedImage(width: width, height: height) { cr, rect in
                WheelRenderer.draw(picture, on: cr, in: rect, palette: .light)
            }
            image.write(to: "/tmp/damu-render-wheel-\(width)x\(height).png")
        }
        var focused = KazakhWheel.picture(scores: [7, nil, 8, 9, nil, 4, 8, 3])
        focused.highlightedSector = 5
        RenderedImage(width: 1024, height: 768) { cr, rect in
            WheelRenderer.draw(focused, on: cr, in: rect, palette: .dark)
        }.write(to: "/tmp/damu-render-wheel-dark-focus.png")
        RenderedImage(width: 1920, height: 1080) { cr, rect in
            WheelRenderer.draw(KazakhWheel.picture(overlay: KazakhWheel.before), on: cr, in: rect, palette: .highContrast)
        }.write(to: "/tmp/damu-render-wheel-1920x1080-contrast.png")
        let english = WheelPicture(sectorNames: KazakhWheel.names(in: "en"), scores: KazakhWheel.scores)
        RenderedImage(width: 720, height: 520) { cr, rect in
            WheelRenderer.draw(english, on: cr, in: rect, palette: .light)
        }.write(to: "/tmp/damu-render-wheel-english-720x520.png")
        let titled = KazakhWheel.picture(overlay: KazakhWheel.before, title: "Сабақтың тепе-теңдік дөңгелегі")
        try PictureExport.wheelPNG(titled, size: 1200, palette: .print, to: URL(fileURLWithPath: "/tmp/damu-render-export.png"))
        try PictureExport.wheelPDF(titled, palette: .print, to: URL(fileURLWithPath: "/tmp/damu-render-export.pdf"))
    }
}

extension ScreenshotTests {
    func testSaveTrendCharts() throws {
        let lines = try TrendFixtures.schoolYear(palette: .light, emphasised: 5)
        RenderedImage(width: 1024, height: 600) { cr, rect in
            TrendRenderer.draw(lines: lines, on: cr, in: rect, palette: .light, title: "Секторлар бойынша өзгеріс")
        }.write(to: "/tmp/damu-render-trend-1024x600.png")
        let dark = try TrendFixtures.schoolYear(palette: .dark)
        RenderedImage(width: 1920, height: 1080) { cr, rect in
            TrendRenderer.draw(lines: dark, on: cr, in: rect, palette: .dark, title: nil)
        }.write(to: "/tmp/damu-render-trend-1920x1080-dark.png")
        let one = try TrendRenderer.Line(
            name: "Мақсат пен нәтиже",
            series: TrendSeries(points: [.init(date: LessonDate(year: 2025, month: 2, day: 10), value: 6)]),
            colour: Palette.light.seriesColour(0))
        RenderedImage(width: 640, height: 400) { cr, rect in
            TrendRenderer.draw(lines: [one], on: cr, in: rect, palette: .light, title: "Бір сабақ")
        }.write(to: "/tmp/damu-render-trend-single.png")
        RenderedImage(width: 640, height: 400) { cr, rect in
            TrendRenderer.draw(lines: [], on: cr, in: rect, palette: .light, title: "Динамика")
        }.write(to: "/tmp/damu-render-trend-empty.png")
    }
}
