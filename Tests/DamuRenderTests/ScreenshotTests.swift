import DamuCore
import DamuRender
import XCTest

/// Draws the wheel and the trend chart at classroom sizes and palettes: each must draw (not stay blank),
/// and with DAMU_SCREENSHOT_DIR set they are saved for a person to look at.
final class ScreenshotTests: XCTestCase {
    func testSaveClassroomSizes() throws {
        let sizes = [(1024, 768), (1920, 1080), (640, 480), (480, 640)]
        for (width, height) in sizes {
            let picture = KazakhWheel.picture(overlay: KazakhWheel.before)
            let image = RenderedImage(width: width, height: height) { cr, rect in
                WheelRenderer.draw(picture, on: cr, in: rect, palette: .light)
            }
            image.checked(as: "wheel-\(width)x\(height)")
        }
        var focused = KazakhWheel.picture(scores: [7, nil, 8, 9, nil, 4, 8, 3])
        focused.highlightedSector = 5
        RenderedImage(width: 1024, height: 768) { cr, rect in
            WheelRenderer.draw(focused, on: cr, in: rect, palette: .dark)
        }.checked(as: "wheel-dark-focus")
        RenderedImage(width: 1920, height: 1080) { cr, rect in
            WheelRenderer.draw(KazakhWheel.picture(overlay: KazakhWheel.before), on: cr, in: rect, palette: .highContrast)
        }.checked(as: "wheel-1920x1080-contrast")
        let english = WheelPicture(sectorNames: KazakhWheel.names(in: "en"), scores: KazakhWheel.scores)
        RenderedImage(width: 720, height: 520) { cr, rect in
            WheelRenderer.draw(english, on: cr, in: rect, palette: .light)
        }.checked(as: "wheel-english-720x520")
        let titled = KazakhWheel.picture(overlay: KazakhWheel.before, title: "Сабақтың тепе-теңдік дөңгелегі")
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] ?? NSTemporaryDirectory())
        let png = folder.appendingPathComponent("render-export.png"), pdf = folder.appendingPathComponent("render-export.pdf")
        try PictureExport.wheelPNG(titled, size: 1200, palette: .print, to: png)
        try PictureExport.wheelPDF(titled, palette: .print, to: pdf)
        XCTAssertGreaterThan(try Data(contentsOf: png).count, 10_000)
        XCTAssertGreaterThan(try Data(contentsOf: pdf).count, 10_000)
    }
}

extension ScreenshotTests {
    func testSaveTrendCharts() throws {
        let lines = try TrendFixtures.schoolYear(palette: .light, emphasised: 5)
        RenderedImage(width: 1024, height: 600) { cr, rect in
            TrendRenderer.draw(lines: lines, on: cr, in: rect, palette: .light, title: "Секторлар бойынша өзгеріс")
        }.checked(as: "trend-1024x600")
        let dark = try TrendFixtures.schoolYear(palette: .dark)
        RenderedImage(width: 1920, height: 1080) { cr, rect in
            TrendRenderer.draw(lines: dark, on: cr, in: rect, palette: .dark, title: nil)
        }.checked(as: "trend-1920x1080-dark")
        let tenYears = try TrendFixtures.tenYears(palette: .light)
        RenderedImage(width: 1920, height: 1080) { cr, rect in
            TrendRenderer.draw(lines: tenYears, on: cr, in: rect, palette: .light, title: nil)
        }.checked(as: "trend-ten-years-1920x1080")
        RenderedImage(width: 1024, height: 600) { cr, rect in
            TrendRenderer.draw(lines: tenYears, on: cr, in: rect, palette: .light, title: nil)
        }.checked(as: "trend-ten-years-1024x600")
        let one = try TrendRenderer.Line(
            name: "Мақсат пен нәтиже",
            series: TrendSeries(points: [.init(date: LessonDate(year: 2025, month: 2, day: 10), value: 6)]),
            colour: Palette.light.seriesColour(0))
        RenderedImage(width: 640, height: 400) { cr, rect in
            TrendRenderer.draw(lines: [one], on: cr, in: rect, palette: .light, title: "Бір сабақ")
        }.checked(as: "trend-single")
        RenderedImage(width: 640, height: 400) { cr, rect in
            TrendRenderer.draw(lines: [], on: cr, in: rect, palette: .light, title: "Динамика")
        }.checked(as: "trend-empty", minimumShare: 1000)  // the empty state is one line of text
    }
}

extension RenderedImage {
    /// Fails the test when the picture stayed blank; saves it when screenshots are asked for.
    func checked(as name: String, minimumShare: Int = 200, file: StaticString = #filePath, line: UInt = #line) {
        let background = pixel(0, 0)
        let inked = count { abs($0.r - background.r) + abs($0.g - background.g) + abs($0.b - background.b) > 24 }
        XCTAssertGreaterThan(inked, width * height / minimumShare, "\(name) drew almost nothing", file: file, line: line)
        save(as: "render-" + name)
    }
}
