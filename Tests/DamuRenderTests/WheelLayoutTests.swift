@testable import DamuRender
import XCTest

/// The Kazakh labels are the longest the wheel meets: at every size a classroom uses they must show
/// whole, inside the picture, clear of the circle and of each other.
final class WheelLayoutTests: XCTestCase {
    private let sizes: [(Double, Double)] = [
        (1920, 1080), (1024, 768), (800, 600), (640, 480), (480, 640), (1200, 1200), (511, 758), (360, 300),
    ]

    func testKazakhLabelsFitWholeAtClassroomSizes() {
        for overlay in [nil, KazakhWheel.before] {
            for (width, height) in sizes {
                var picture = KazakhWheel.picture(overlay: overlay, title: height > 700 ? "Сабақтың тепе-теңдік дөңгелегі" : nil)
                picture.highlightedSector = 5
                let rect = Rect(x: 10, y: 20, width: width, height: height)
                let layout = WheelLayout.make(for: picture, in: rect, palette: .light, typesetter: Typesetter())
                let place = "\(Int(width))×\(Int(height)), overlay \(overlay != nil)"
                XCTAssertEqual(layout.labels.count, 8, place)
                XCTAssertTrue(layout.labelsApart, place)
                XCTAssertGreaterThan(layout.radius, min(width, height) * 0.25, place)
                for (sector, label) in layout.labels.enumerated() {
                    let frame = label.frame
                    XCTAssertTrue(
                        frame.minX >= rect.minX && frame.maxX <= rect.maxX && frame.minY >= rect.minY
                            && frame.maxY <= rect.maxY, "\(place): label \(sector) \(frame) leaves \(rect)")
                    XCTAssertGreaterThanOrEqual(
                        frame.distance(to: layout.center), layout.radius + layout.fontSize * 0.3,
                        "\(place): label \(sector) touches the circle")
                    for other in layout.labels[(sector + 1)...] {
                        XCTAssertFalse(frame.intersects(other.frame), "\(place): labels overlap")
                    }
                    if let title = layout.subtitle ?? layout.title {
                        XCTAssertLessThanOrEqual(title.frame.maxY, frame.minY, "\(place): heading over label \(sector)")
                    }
                }
            }
        }
    }

    /// The layout keeps a label laid out at a wider width when all its lines fit a narrower one.
    /// That holds only if Pango fills lines greedily: the same words on each line at any width
    /// from the label's widest line up.
    func testALabelBreaksTheSameAtAnyWidthItsLinesFit() {
        let typesetter = Typesetter()
        var compared = 0
        for language in ["kk", "ru", "en"] {
            let picture = WheelPicture(sectorNames: KazakhWheel.names(in: language), scores: KazakhWheel.scores,
                                       overlayScores: KazakhWheel.before, showChanges: true)
            for sector in 0..<picture.sectorCount {
                let markup = WheelLayout.labelMarkup(for: picture, sector: sector, palette: .light)
                for size in [9.0, 13.5, 20, 28] {
                    for alignment in [TextStyle.Alignment.left, .centre, .right] {
                        for wide in stride(from: size * 7, through: size * 18, by: size * 1.7) {
                            func laidOut(_ width: Double) -> TextBlock {
                                typesetter.block(markup: markup, TextStyle(size: size, colour: Palette.light.text, alignment: alignment, wrapWidth: width))
                            }
                            let wider = laidOut(wide)
                            for narrower in [wider.width, wider.width + 0.3, (wider.width + wide) / 2] where narrower < wide {
                                let again = laidOut(narrower)
                                let place = "\(language) sector \(sector), \(size) px, \(alignment), \(wide) → \(narrower)"
                                XCTAssertEqual(again.lines.map(\.start), wider.lines.map(\.start), place)
                                XCTAssertEqual(again.width, wider.width, accuracy: 0.01, place)
                                XCTAssertEqual(again.height, wider.height, accuracy: 0.01, place)
                                compared += 1
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
    }

    func testRussianAndEnglishNamesLayOutToo() {
        for language in ["ru", "en"] {
            let picture = WheelPicture(sectorNames: KazakhWheel.names(in: language), scores: KazakhWheel.scores)
            let layout = WheelLayout.make(
                for: picture, in: Rect(x: 0, y: 0, width: 1024, height: 768), palette: .light, typesetter: Typesetter())
            XCTAssertTrue(layout.labelsApart, language)
            for label in layout.labels {
                // An apostrophe ("Learners' motivation") must not break the markup and empty the label.
                XCTAssertGreaterThan(label.block.width, layout.fontSize * 4, language)
            }
        }
    }

    func testTextIsReadableOnAProjector() {
        let picture = KazakhWheel.picture(overlay: KazakhWheel.before)
        for (width, height, smallest) in [(1920.0, 1080.0, 24.0), (1024.0, 768.0, 16.0), (640.0, 480.0, 11.0)] {
            let layout = WheelLayout.make(
                for: picture, in: Rect(x: 0, y: 0, width: width, height: height), palette: .light, typesetter: Typesetter())
            XCTAssertGreaterThanOrEqual(layout.fontSize, smallest, "\(width)×\(height)")
        }
    }

    /// A lesson topic may be 200 letters long: the heading takes two lines at most, ending in "…",
    /// and the wheel and its labels keep the size they have under a short one.
    func testALongTopicDoesNotShrinkTheWheel() {
        let topic = String(repeating: "Жай бөлшектерді қосу және азайту, ", count: 6)
        let rect = Rect(x: 0, y: 0, width: 800, height: 800)
        func layout(_ subtitle: String) -> WheelLayout {
            var picture = KazakhWheel.picture(overlay: KazakhWheel.before, title: "Сабақтың тепе-теңдік дөңгелегі — Ержан Мұратұлы Сейітов")
            picture.subtitle = subtitle
            return WheelLayout.make(for: picture, in: rect, palette: .light, typesetter: Typesetter())
        }
        let short = layout("22.05.2026 · 7 Б · Геометрия")
        let long = layout("22.05.2026 · 7 Б · Геометрия · " + topic)
        XCTAssertEqual(long.fontSize, short.fontSize)
        XCTAssertGreaterThan(long.radius, short.radius * 0.9)
        XCTAssertEqual(long.subtitle?.block.lineCount, 2)
        XCTAssertTrue(long.labelsApart)
    }

    func testPublicLayoutMatchesTheDrawnOne() {
        let picture = KazakhWheel.picture(title: "Тақырып")
        let rect = Rect(x: 0, y: 0, width: 1000, height: 800)
        let drawn = WheelLayout.make(for: picture, in: rect, palette: .print, typesetter: Typesetter())
        let published = WheelRenderer.layout(for: picture, in: rect)
        XCTAssertEqual(published.center, drawn.center)
        XCTAssertEqual(published.radius, drawn.radius)
    }

    func testTinyAndEmptyPicturesDoNotBreak() {
        let tiny = WheelLayout.make(
            for: KazakhWheel.picture(), in: Rect(x: 0, y: 0, width: 40, height: 30), palette: .light, typesetter: Typesetter())
        XCTAssertGreaterThanOrEqual(tiny.radius, 0)
        let empty = WheelPicture(sectorNames: [], scores: [])
        let layout = WheelRenderer.layout(for: empty, in: Rect(x: 0, y: 0, width: 200, height: 100))
        XCTAssertEqual(layout.radius, 47, accuracy: 1)
        _ = RenderedImage(width: 40, height: 30) { cr, rect in
            WheelRenderer.draw(KazakhWheel.picture(), on: cr, in: rect, palette: .light)
            WheelRenderer.draw(empty, on: cr, in: rect, palette: .light)
        }
    }

    func testMarkupInNamesIsShownAsText() {
        let picture = WheelPicture(sectorNames: ["<b>A & B</b>", "x", "y", "z", "a", "b", "c", "d"],
                                   scores: Array(repeating: 5, count: 8))
        let markup = WheelLayout.labelMarkup(for: picture, sector: 0, palette: .light)
        XCTAssertTrue(markup.hasPrefix("&lt;b&gt;A &amp; B&lt;/b&gt;"))
    }

    func testChangesAreSignedAndOnlyShownWithAnOverlay() {
        let withOverlay = KazakhWheel.picture(overlay: KazakhWheel.before)
        XCTAssertTrue(WheelLayout.labelMarkup(for: withOverlay, sector: 0, palette: .light).contains("+2"))
        XCTAssertTrue(WheelLayout.labelMarkup(for: withOverlay, sector: 4, palette: .light).contains("−1"))
        XCTAssertTrue(WheelLayout.labelMarkup(for: withOverlay, sector: 1, palette: .light).contains("±0"))
        let without = KazakhWheel.picture()
        XCTAssertFalse(WheelLayout.labelMarkup(for: without, sector: 0, palette: .light).contains("+"))
    }
}
