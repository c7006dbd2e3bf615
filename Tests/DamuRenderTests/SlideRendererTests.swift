import DamuCore
import DamuRender
import XCTest

final class SlideRendererTests: XCTestCase {
    private let palette = Palette.highContrast

    private func render(_ slide: Slide, width: Int, height: Int) -> RenderedImage {
        RenderedImage(width: width, height: height) { cr, rect in
            SlideRenderer.draw(slide, on: cr, in: rect, palette: palette)
        }
    }

    func testTheChosenScoreIsFilledAndEveryCellAnswersAClick() throws {
        for (width, height) in [(1024, 768), (1920, 1080)] {
            let slide = Slide(heading: "3-қадам. Шкалалау", content: .scale(question: "Қаншалықты ризамын?", score: 7), footer: "6 / 16")
            let image = render(slide, width: width, height: height)
            image.save(as: "slide-scale-\(width)")
            let rect = Rect(x: 0, y: 0, width: Double(width), height: Double(height))
            for value in Score.range {
                let cell = try XCTUnwrap(SlideRenderer.scaleCell(value, of: slide, in: rect))
                XCTAssertGreaterThan(cell.width, Double(width) / 16, "cells big enough for the back row")
                let centre = Point(x: cell.x + cell.width / 2, y: cell.y + cell.height / 2)
                XCTAssertEqual(SlideRenderer.scaleValue(at: centre, of: slide, in: rect), value)
                // Inside the cell, clear of its border and of the number.
                let inside = Point(x: cell.x + cell.width * 0.15, y: cell.y + cell.height * 0.2)
                XCTAssertTrue(image.pixel(at: inside, isNear: value == 7 ? palette.polygonStroke : palette.background), "cell \(value)")
            }
            XCTAssertNil(SlideRenderer.scaleValue(at: Point(x: 2, y: 2), of: slide, in: rect))
        }
    }

    func testTextGrowsWithTheScreen() {
        let slide = Slide(heading: "1-қадам", content: .prompt("Сабақтың мақсаты қандай болды?"))
        let small = SlideRenderer.body(of: slide, in: Rect(x: 0, y: 0, width: 1024, height: 768))
        let large = SlideRenderer.body(of: slide, in: Rect(x: 0, y: 0, width: 1920, height: 1080))
        XCTAssertGreaterThan(small.y, 768 * 0.08, "the heading takes its share of a small screen")
        XCTAssertGreaterThan(large.y, small.y, "and more of a large one")
        let dark = { (pixel: (r: Int, g: Int, b: Int, a: Int)) in pixel.r < 80 && pixel.g < 80 && pixel.b < 80 }
        let smallInk = render(slide, width: 1024, height: 768).count(where: dark)
        let largeInk = render(slide, width: 1920, height: 1080).count(where: dark)
        XCTAssertGreaterThan(Double(largeInk), Double(smallInk) * 1.5, "text is drawn larger on the larger screen")
    }

    func testTheTeamWheelDrawsTheMeanAndTheBand() throws {
        let team = TeamPicture([
            TeamContribution(sectorScores: [2, 4, 6, 8, 5, 5, 5, 5], satisfaction: 5),
            TeamContribution(sectorScores: [6, 4, 6, 8, 9, 5, 5, 5], satisfaction: 9),
        ])
        let chart = TeamChart(
            sectorNames: KazakhWheel.sectorNames, team: team, countCaption: "2 мұғалім",
            distributionTitle: "Қанағаттану", bandCaption: "Жолақ: стандартты ауытқу")
        for (width, height) in [(1024, 660), (1920, 960)] {
            let image = RenderedImage(width: width, height: height) { cr, rect in
                TeamRenderer.draw(chart, on: cr, in: rect, palette: palette)
            }
            image.save(as: "team-chart-\(width)")
            let (center, radius) = TeamRenderer.layout(for: chart, in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)))
            XCTAssertGreaterThan(radius, Double(height) * 0.2)
            for sector in 0..<8 {
                let spread = try XCTUnwrap(team.sectors[sector])
                let mean = WheelRenderer.vertex(sector: sector, of: 8, score: spread.mean, center: center, radius: radius)
                XCTAssertTrue(image.pixel(at: mean, isNear: palette.polygonStroke, tolerance: 40), "mean of sector \(sector + 1)")
            }
            // Sector 1 spreads 2…6 around 4: inside the band, away from the mean line and the band's edges.
            let inBand = WheelRenderer.vertex(sector: 0, of: 8, score: 5.4, center: center, radius: radius)
            XCTAssertTrue(image.pixel(at: inBand, isNear: RenderedImage.composite(palette.polygonFill, over: palette.background)))
            let outside = WheelRenderer.vertex(sector: 0, of: 8, score: 7.4, center: center, radius: radius)
            XCTAssertTrue(image.pixel(at: outside, isNear: palette.background), "beyond mean + spread nothing is filled")
        }
    }

    func testTheSavedSlideIsThePicture() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("damu-slide-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("slide.png")
        let slide = Slide(heading: "5-қадам", content: .prompt("Өсу нүктесі"), footer: "16 / 16")
        try PictureExport.slidePNG(slide, width: 1920, height: 1080, palette: palette, to: url)
        let png = try Data(contentsOf: url)
        XCTAssertEqual(png[16..<20].reduce(0) { $0 << 8 | Int($1) }, 1920)
        XCTAssertEqual(png[20..<24].reduce(0) { $0 << 8 | Int($1) }, 1080)
        let permissions = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        XCTAssertEqual(permissions?.intValue, 0o600)
        XCTAssertThrowsError(try PictureExport.slidePNG(slide, width: 9000, height: 1080, palette: palette, to: url))
    }
}
