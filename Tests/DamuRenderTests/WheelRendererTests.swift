import DamuCore
import CPangoCairo
import DamuRender
import XCTest

final class WheelRendererTests: XCTestCase {
    private let palette = Palette.light
    private let scores: [Int?] = [7, 5, 8, 9, 6, 4, 8, 3]

    private func render(_ picture: WheelPicture, width: Int = 900, height: Int = 700, palette: Palette = .light)
        -> (image: RenderedImage, center: Point, radius: Double)
    {
        let rect = Rect(x: 0, y: 0, width: Double(width), height: Double(height))
        let geometry = WheelRenderer.layout(for: picture, in: rect)
        let image = RenderedImage(width: width, height: height) { cr, rect in
            WheelRenderer.draw(picture, on: cr, in: rect, palette: palette)
        }
        return (image, geometry.center, geometry.radius)
    }

    private var fillColour: RGBA { RenderedImage.composite(palette.polygonFill, over: palette.background) }

    func testVertexSitsOnTheMiddleOfTheSectorsWedge() {
        let centre = Point(x: 0, y: 0)
        let first = WheelRenderer.vertex(sector: 0, of: 8, score: 10, center: centre, radius: 100)
        XCTAssertEqual(first.x, 100 * cos(-3 * Double.pi / 8), accuracy: 1e-9)
        XCTAssertEqual(first.y, 100 * sin(-3 * Double.pi / 8), accuracy: 1e-9)
        XCTAssertGreaterThan(first.x, 0, "sector 0 is just clockwise of 12 o'clock")
        let third = WheelRenderer.vertex(sector: 2, of: 8, score: 5, center: centre, radius: 100)
        XCTAssertEqual(third.x, 50 * cos(Double.pi / 8), accuracy: 1e-9)
        XCTAssertEqual(third.y, 50 * sin(Double.pi / 8), accuracy: 1e-9)
        let zero = WheelRenderer.vertex(sector: 5, of: 8, score: 0, center: Point(x: 3, y: 4), radius: 100)
        XCTAssertEqual(zero, Point(x: 3, y: 4))
    }

    func testEveryScoredVertexIsMarkedInTheStrokeColour() {
        let (image, center, radius) = render(WheelPicture(sectorNames: KazakhWheel.sectorNames, scores: scores))
        XCTAssertGreaterThan(radius, 200)
        for (sector, score) in scores.enumerated() {
            let point = WheelRenderer.vertex(sector: sector, of: 8, score: Double(score!), center: center, radius: radius)
            XCTAssertTrue(
                image.pixel(at: point, isNear: palette.polygonStroke, tolerance: 30),
                "sector \(sector) at \(point): \(image.pixel(at: point))")
        }
    }

    func testInsideThePolygonIsFilledAndOutsideIsNot() {
        let (image, center, radius) = render(WheelPicture(sectorNames: KazakhWheel.sectorNames, scores: scores))
        // Sector 7 scores 3: at 9 along its middle ray the point is inside the circle, well outside the polygon.
        let outside = WheelRenderer.vertex(sector: 7, of: 8, score: 9, center: center, radius: radius)
        XCTAssertFalse(image.pixel(at: outside, isNear: fillColour, tolerance: 10), "\(image.pixel(at: outside))")
        XCTAssertTrue(image.pixel(at: outside, isNear: palette.background, tolerance: 6))
        // Sector 3 scores 9: at 5 the point is deep inside.
        let inside = WheelRenderer.vertex(sector: 3, of: 8, score: 5, center: center, radius: radius)
        XCTAssertTrue(image.pixel(at: inside, isNear: fillColour, tolerance: 10), "\(image.pixel(at: inside))")
    }

    func testHigherScoresFillMoreOfTheWheel() {
        let fill = fillColour
        func filledPixels(_ score: Int) -> Int {
            let (image, _, _) = render(WheelPicture(
                sectorNames: KazakhWheel.sectorNames, scores: Array(repeating: score, count: 8)), width: 400, height: 300)
            return image.count { RenderedImage.near($0, fill, tolerance: 12) }
        }
        let none = filledPixels(0), half = filledPixels(5), full = filledPixels(10)
        XCTAssertLessThan(none, 50)
        XCTAssertGreaterThan(half, none + 1000)
        XCTAssertGreaterThan(full, half * 3, "area grows with the square of the score")
    }

    func testOverlayIsDrawnWhereOnlyTheOverlayReaches() {
        let names = KazakhWheel.sectorNames
        let current: [Int?] = Array(repeating: 2, count: 8)
        let before: [Int?] = Array(repeating: 7, count: 8)
        let plain = render(WheelPicture(sectorNames: names, scores: current))
        let overlaid = render(WheelPicture(sectorNames: names, scores: current, overlayScores: before))
        XCTAssertEqual(plain.center, overlaid.center, "an overlay never moves the wheel")
        for sector in 0..<8 {
            let vertex = WheelRenderer.vertex(sector: sector, of: 8, score: 7, center: overlaid.center, radius: overlaid.radius)
            XCTAssertTrue(plain.image.pixel(at: vertex, isNear: palette.background, tolerance: 6))
            XCTAssertTrue(overlaid.image.pixel(at: vertex, isNear: palette.overlayStroke, tolerance: 40),
                          "overlay vertex \(sector): \(overlaid.image.pixel(at: vertex))")
            let between = WheelRenderer.vertex(sector: sector, of: 8, score: 5, center: overlaid.center, radius: overlaid.radius)
            XCTAssertTrue(plain.image.pixel(at: between, isNear: palette.background, tolerance: 2))
            XCTAssertFalse(overlaid.image.pixel(at: between, isNear: palette.background, tolerance: 2),
                           "overlay fill at sector \(sector)")
        }
    }

    func testUnscoredSectorsLeaveThePolygonAtTheCentre() {
        var partial = scores
        partial[2] = nil
        let (image, center, radius) = render(WheelPicture(sectorNames: KazakhWheel.sectorNames, scores: partial))
        // Where sector 2 would have its vertex at 8 there is no marker now.
        let missing = WheelRenderer.vertex(sector: 2, of: 8, score: 8, center: center, radius: radius)
        XCTAssertFalse(image.pixel(at: missing, isNear: palette.polygonStroke, tolerance: 30))
        let scored = WheelRenderer.vertex(sector: 3, of: 8, score: 9, center: center, radius: radius)
        XCTAssertTrue(image.pixel(at: scored, isNear: palette.polygonStroke, tolerance: 30))
    }

    func testAnUnscoredWheelStillDrawsItsScale() {
        let (image, _, _) = render(WheelPicture(sectorNames: KazakhWheel.sectorNames, scores: Array(repeating: nil, count: 8)),
                                   width: 300, height: 200)
        XCTAssertGreaterThan(image.count { !RenderedImage.near($0, Palette.light.background, tolerance: 8) }, 500)
    }

    func testFocusChangesTheDrawingButNotTheGeometry() {
        let rect = Rect(x: 0, y: 0, width: 800, height: 600)
        var focused = WheelPicture(sectorNames: KazakhWheel.sectorNames, scores: scores)
        focused.highlightedSector = 4
        let plain = WheelPicture(sectorNames: KazakhWheel.sectorNames, scores: scores)
        XCTAssertEqual(WheelRenderer.layout(for: focused, in: rect).center, WheelRenderer.layout(for: plain, in: rect).center)
        XCTAssertEqual(WheelRenderer.layout(for: focused, in: rect).radius, WheelRenderer.layout(for: plain, in: rect).radius)
        let a = render(focused, width: 800, height: 600), b = render(plain, width: 800, height: 600)
        let inWedge = WheelRenderer.vertex(sector: 4, of: 8, score: 9.3, center: a.center, radius: a.radius)
        XCTAssertTrue(b.image.pixel(at: inWedge, isNear: Palette.light.background, tolerance: 2))
        XCTAssertFalse(a.image.pixel(at: inWedge, isNear: Palette.light.background, tolerance: 4),
                       "the focused sector's wedge is tinted")
    }

    func testDrawsOnlyInsideItsRectangleAndKeepsTheCallersState() {
        let image = RenderedImage(width: 600, height: 400) { cr, _ in
            cairo_set_source_rgb(cr, 1, 0, 0)
            WheelRenderer.draw(KazakhWheel.picture(), on: cr, in: Rect(x: 300, y: 0, width: 300, height: 400), palette: .dark)
            // The caller's source colour is still red afterwards.
            cairo_rectangle(cr, 0, 0, 10, 10)
            cairo_fill(cr)
        }
        XCTAssertTrue(RenderedImage.near(image.pixel(5, 5), RGBA(1, 0, 0), tolerance: 2))
        XCTAssertEqual(image.pixel(150, 200).a, 0, "left half untouched")
        XCTAssertTrue(RenderedImage.near(image.pixel(302, 2), Palette.dark.background, tolerance: 2))
    }

    func testPalettesHaveEnoughDistinctSeriesColours() {
        for palette in [Palette.light, .dark, .highContrast, .print] {
            XCTAssertGreaterThanOrEqual(Set(palette.series).count, 9)
            XCTAssertNotEqual(palette.background, palette.text)
        }
    }
}
