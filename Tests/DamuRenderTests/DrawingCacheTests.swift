import CPangoCairo
@testable import DamuRender
import XCTest

/// A widget keeps a `DrawingCache` so that redrawing the wheel after a key press is quick. What it
/// keeps must never show: every frame drawn with it has the very pixels of the same picture drawn
/// afresh, as an export draws it.
final class DrawingCacheTests: XCTestCase {
    /// Draws `frames` one after the other with one cache, as a widget does, each into a new image
    /// (GTK hands the drawing a new surface every frame), and compares each with a drawing without it.
    private func assertSamePixels(
        _ frames: [(name: String, draw: (OpaquePointer, Rect, DrawingCache?) -> Void)], width: Int, height: Int,
        scale: Int = 1, cache: DrawingCache = DrawingCache(), file: StaticString = #filePath, line: UInt = #line
    ) {
        for frame in frames {
            let kept = RenderedImage(width: width, height: height, scale: scale) { cr, rect in frame.draw(cr, rect, cache) }
            let fresh = RenderedImage(width: width, height: height, scale: scale) { cr, rect in frame.draw(cr, rect, nil) }
            let differences = kept.differences(from: fresh)
            if scale == 1 {
                XCTAssertEqual(
                    differences.pixels, 0, "\(frame.name): \(differences.pixels) pixels differ, by up to \(differences.largest)",
                    file: file, line: line)
            } else {
                // Played back at twice the size, GTK's drawing smooths curves from the path recorded at
                // the widget's size, kept pixels from the same path drawn at twice the size: the edges
                // of the rings are smoothed a little differently, and nothing else changes.
                XCTAssertLessThan(
                    differences.pixels, kept.width * kept.height / 100, "\(frame.name): only edges differ", file: file, line: line)
                XCTAssertLessThanOrEqual(differences.largest, 64, "\(frame.name): only smoothing differs", file: file, line: line)
            }
        }
    }

    private func wheel(_ picture: WheelPicture, palette: Palette = .light) -> (OpaquePointer, Rect, DrawingCache?) -> Void {
        { cr, rect, cache in WheelRenderer.draw(picture, on: cr, in: rect, palette: palette, cache: cache) }
    }

    func testMovingTheFocusRoundTheWheelPaintsWhatDrawingPaints() {
        var picture = KazakhWheel.picture(overlay: KazakhWheel.before)
        let cache = DrawingCache()
        var frames: [(String, (OpaquePointer, Rect, DrawingCache?) -> Void)] = [("no focus", wheel(picture))]
        for sector in [0, 1, 2, 3, 4, 5, 6, 7, 0, 7, 3] {
            picture.highlightedSector = sector
            frames.append(("focus on \(sector)", wheel(picture)))
        }
        picture.highlightedSector = nil
        frames.append(("focus gone", wheel(picture)))
        assertSamePixels(frames, width: 1920, height: 1080, cache: cache)
        XCTAssertGreaterThan(cache.keptWheel.bytes, 0, "the redraws painted kept pixels")
    }

    func testScoringFromTheKeyboardPaintsWhatDrawingPaints() {
        // Scores typed one after the other, with focus moves between: the polygon, the changes
        // beside the labels and (at 10 or unscored) the labels' widths change.
        var picture = KazakhWheel.picture(scores: [7, nil, 8, 9, nil, 4, 8, 3], overlay: KazakhWheel.before)
        let cache = DrawingCache()
        var frames: [(String, (OpaquePointer, Rect, DrawingCache?) -> Void)] = []
        for (sector, score) in [(0, 7), (0, 8), (1, 8), (1, 10), (2, 10), (2, 0), (3, 0), (4, 5), (4, 5), (5, 2)] {
            picture.highlightedSector = sector
            frames.append(("focus on \(sector) before scoring", wheel(picture, palette: .dark)))
            picture.scores[sector] = score
            frames.append(("\(score) in sector \(sector)", wheel(picture, palette: .dark)))
        }
        assertSamePixels(frames, width: 1024, height: 768, cache: cache)
        XCTAssertGreaterThan(cache.keptWheel.bytes, 0)
    }

    func testOtherPicturesSizesAndPalettesPaintWhatDrawingPaints() {
        var english = WheelPicture(sectorNames: KazakhWheel.names(in: "en"), scores: KazakhWheel.scores)
        english.earlierOverlays = [[2, 3, 4, 5, 6, 7, 8, 9], [1, nil, 3, 4, 5, 6, 7, 8]]
        english.overlayScores = KazakhWheel.before
        english.showChanges = true
        english.highlightedSector = 6
        var team = english
        team.scoreCaptions = (0..<8).map { "5,\($0) ± 1,2" }
        var titled = KazakhWheel.picture(overlay: KazakhWheel.before, title: "Сабақтың тепе-теңдік дөңгелегі")
        titled.highlightedSector = 2
        var frames: [(String, (OpaquePointer, Rect, DrawingCache?) -> Void)] = []
        // Each picture twice in a row and then focused: kept pixels are made on the second frame.
        for (name, picture, palette) in [
            ("English with earlier wheels", english, Palette.light), ("team captions", team, .highContrast),
            ("titled, print", titled, .print), ("English, dark", english, .dark),
        ] {
            var unfocused = picture
            unfocused.highlightedSector = nil
            frames += [(name + " 1", wheel(unfocused, palette: palette)), (name + " 2", wheel(unfocused, palette: palette)),
                       (name + " focused", wheel(picture, palette: palette))]
        }
        let cache = DrawingCache()
        assertSamePixels(frames, width: 900, height: 700, cache: cache)
        // The window resized: a new size, drawn on the same cache.
        assertSamePixels(Array(frames.suffix(3)), width: 640, height: 480, cache: cache)
        // Drawn at a fractional place, and where the caller moved the origin by whole and half pixels.
        let moved: [(String, (OpaquePointer, Rect, DrawingCache?) -> Void)] = [(0.0, 0.0), (0.0, 0.0), (12.0, 7.0), (12.0, 7.0), (0.5, 0.25), (0.5, 0.25)].map { dx, dy in
            ("moved by \(dx), \(dy)", { cr, _, cache in
                cairo_translate(cr, dx, dy)
                WheelRenderer.draw(english, on: cr, in: Rect(x: 20.3, y: 10.7, width: 700.4, height: 560.2), palette: .light, cache: cache)
            })
        }
        assertSamePixels(moved, width: 800, height: 600, cache: cache)
        XCTAssertGreaterThan(cache.keptWheel.bytes, 0, "a rectangle off the pixel grid keeps its whole pixels")
    }

    func testAWheelOnASlideMovingItsFocusPaintsWhatDrawingPaints() {
        // The projector: the wheel lies below the slide's heading, its rectangle off the pixel grid.
        var picture = KazakhWheel.picture(overlay: KazakhWheel.before)
        picture.textScale = 1.6
        for (width, height) in [(1920, 1080), (1024, 768)] {
            let cache = DrawingCache()
            var frames: [(String, (OpaquePointer, Rect, DrawingCache?) -> Void)] = []
            for sector in [nil, 0, 1, 2, 1, 5] as [Int?] {
                picture.highlightedSector = sector
                let slide = Slide(heading: "2-қадам. Тепе-теңдік дөңгелегі", content: .wheel(picture), footer: "3 / 16")
                frames.append(("slide \(width), focus \(sector ?? -1)", { cr, rect, cache in
                    SlideRenderer.draw(slide, on: cr, in: rect, palette: .highContrast, cache: cache)
                }))
            }
            assertSamePixels(frames, width: width, height: height, cache: cache)
            XCTAssertGreaterThan(cache.keptWheel.bytes, 0, "the slide's wheel kept its pixels at \(width)")
        }
    }

    func testARecordedDrawingPlayedBackPaintsWhatDrawingPaints() {
        // GTK records a widget's drawing and plays it back at the screen's scale factor.
        var picture = KazakhWheel.picture(overlay: KazakhWheel.before)
        for scale in [1, 2] {
            let cache = DrawingCache()
            cache.recordingScale = Double(scale)
            var frames: [(String, (OpaquePointer, Rect, DrawingCache?) -> Void)] = []
            for sector in [nil, nil, 3, 4] as [Int?] {
                picture.highlightedSector = sector
                let drawn = picture
                frames.append(("recorded at scale \(scale), focus \(sector ?? -1)", { cr, rect, cache in
                    var extents = cairo_rectangle_t(x: 0, y: 0, width: rect.width, height: rect.height)
                    let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)!
                    let recorder = cairo_create(recording)!
                    // The widget's place in the window.
                    cairo_translate(recorder, 16, 8)
                    WheelRenderer.draw(
                        drawn, on: recorder, in: Rect(x: 0, y: 0, width: rect.width - 32, height: rect.height - 16),
                        palette: .light, cache: cache)
                    cairo_destroy(recorder)
                    cairo_set_source_surface(cr, recording, 0, 0)
                    cairo_paint(cr)
                    cairo_surface_destroy(recording)
                }))
            }
            assertSamePixels(frames, width: 800, height: 600, scale: scale, cache: cache)
            XCTAssertGreaterThan(cache.keptWheel.bytes, 0, "a recording at scale \(scale) kept its pixels")
        }
        // Without the scale it will be played back at, a recording keeps no pixels.
        let cache = DrawingCache()
        for _ in 0..<3 {
            var extents = cairo_rectangle_t(x: 0, y: 0, width: 800, height: 600)
            let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)!
            let cr = cairo_create(recording)!
            WheelRenderer.draw(picture, on: cr, in: Rect(x: 0, y: 0, width: 800, height: 600), palette: .light, cache: cache)
            cairo_destroy(cr)
            cairo_surface_destroy(recording)
        }
        XCTAssertEqual(cache.keptWheel.bytes, 0)
    }

    func testAPictureDrawnOnceKeepsNoPixels() {
        let cache = DrawingCache()
        _ = RenderedImage(width: 800, height: 600) { cr, rect in
            WheelRenderer.draw(KazakhWheel.picture(), on: cr, in: rect, palette: .light, cache: cache)
        }
        XCTAssertEqual(cache.keptWheel.bytes, 0, "an export or a window being resized costs no more memory")
        // Nor does a PDF page, whose pixels are not the renderer's to know.
        let pdf = cairo_pdf_surface_create_for_stream(nil, nil, 595, 842)!
        let cr = cairo_create(pdf)!
        for _ in 0..<3 {
            WheelRenderer.draw(KazakhWheel.picture(), on: cr, in: Rect(x: 0, y: 0, width: 595, height: 842), palette: .print, cache: cache)
        }
        cairo_destroy(cr)
        cairo_surface_destroy(pdf)
        XCTAssertEqual(cache.keptWheel.bytes, 0)
    }
}
