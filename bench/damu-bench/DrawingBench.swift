import CPangoCairo
import DamuCore
import DamuRender
import Foundation

/// Item 3: one wheel and the trend of 2,000 lessons at 1920×1080. First the drawing routine alone
/// (the one routine screen, PNG and PDF share) into a cairo image surface, the wheel redrawn with
/// the `DrawingCache` its widget keeps and drawn once without one, as an export draws it; then on
/// screen, each frame a redraw after a keyboard-like change, under the cairo and the GL renderer.
struct DrawingBench {
    let products: URL
    let template: LessonAnalysisTemplate
    let scratch: URL
    let frames: Int
    static let size = (width: 1920, height: 1080)

    func run() throws {
        print("\n3. Drawing at \(Self.size.width)×\(Self.size.height): median and worst per frame (goal: a wheel redraw < 2 ms)")
        let lessons = ScaleData(template: template).teacher(0).1
        let wheel = Pictures.wheel(lessons)
        let trend = Pictures.trend(lessons)
        let widths = [46, 12, 12, 14]
        print("  " + Format.row(["", "median", "worst", "first frame"], widths))
        // A trend frame costs some twenty wheel frames: fewer of them tell as much.
        let trendFrames = max(frames / 10, 5)
        print("  (\(frames) frames of the wheel, \(trendFrames) of the trend)")
        // What the wheel's widget keeps between frames.
        let cache = DrawingCache()
        for (name, count, draw) in [
            ("wheel, drawing routine alone", frames, { (cr: OpaquePointer, rect: Rect, frame: Int) in
                var picture = wheel
                picture.highlightedSector = frame % picture.sectorNames.count
                WheelRenderer.draw(picture, on: cr, in: rect, palette: .light, cache: cache)
            }),
            ("wheel drawn once (export), routine alone", frames, { (cr: OpaquePointer, rect: Rect, frame: Int) in
                var picture = wheel
                picture.highlightedSector = frame % picture.sectorNames.count
                WheelRenderer.draw(picture, on: cr, in: rect, palette: .light)
            }),
            ("trend of \(lessons.count) lessons, drawing routine alone", trendFrames, { (cr: OpaquePointer, rect: Rect, _: Int) in
                TrendRenderer.draw(lines: trend, on: cr, in: rect, palette: .light, title: nil)
            }),
        ] {
            let sample = offscreen(count, draw)
            print("  " + Format.row([name, Format.ms(sample.median), Format.ms(sample.worst), Format.ms(sample.values[0])], widths))
        }
        for picture in OnScreenDrawing.Picture.allCases {
            for (renderer, environment) in [("cairo", ["GDK_DEBUG": "gl-disable", "GSK_RENDERER": "cairo"]), ("GL", ["GSK_RENDERER": "gl"])] {
                let sample = try onScreen(picture, frames: picture == .wheel ? frames : trendFrames, environment: environment)
                let name = "\(picture == .wheel ? "wheel" : "trend") on screen, whole frame, \(renderer) renderer"
                print("  " + Format.row([name, Format.ms(sample.median), Format.ms(sample.worst), Format.ms(sample.values.first ?? .nan)], widths))
            }
        }
        print("  (On screen: from the frame clock's before-paint to its after-paint, window of \(Self.size.width)×\(Self.size.height), Xvfb.)")
    }

    private func offscreen(_ frames: Int, _ draw: (OpaquePointer, Rect, Int) -> Void) -> Sample {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(Self.size.width), Int32(Self.size.height))!
        defer { cairo_surface_destroy(surface) }
        let rect = Rect(x: 0, y: 0, width: Double(Self.size.width), height: Double(Self.size.height))
        var sample = Sample()
        for frame in 0..<frames {
            let cr = cairo_create(surface)!
            sample.add(Clock.milliseconds {
                draw(cr, rect, frame)
                cairo_surface_flush(surface)
            })
            cairo_destroy(cr)
        }
        return sample
    }

    /// Runs `damu-bench --on-screen` in a child, where GTK starts with the renderer settings given.
    private func onScreen(_ picture: OnScreenDrawing.Picture, frames: Int, environment: [String: String]) throws -> Sample {
        var childEnvironment = ProcessInfo.processInfo.environment
        childEnvironment["GSK_RENDERER"] = nil
        childEnvironment["GDK_DEBUG"] = nil
        childEnvironment["NO_AT_BRIDGE"] = "1"
        childEnvironment["XDG_CACHE_HOME"] = scratch.appendingPathComponent("cache").path
        childEnvironment.merge(environment) { $1 }
        let text = try ChildProcess.run(
            products.appendingPathComponent("damu-bench"), arguments: ["--on-screen", picture.rawValue, String(frames)],
            environment: childEnvironment, timeout: 120
        ).output
        var sample = Sample()
        for line in text.split(separator: "\n") where line.hasPrefix("frame ") {
            if let value = Double(line.dropFirst(6)) { sample.add(value) }
        }
        guard !sample.values.isEmpty else { throw BenchError("the on-screen drawing reported no frames: \(text)") }
        return sample
    }
}

/// The pictures measured, as the history page shows them.
enum Pictures {
    /// The latest lesson's wheel over the previous one, with the changes printed.
    static func wheel(_ lessons: [LessonAnalysis]) -> WheelPicture {
        let latest = lessons[lessons.count - 1], previous = lessons[lessons.count - 2]
        var picture = WheelPicture(wheel: latest.wheel, overlay: previous.wheel)
        picture.showChanges = true
        return picture
    }

    /// Every sector, the wheel average and satisfaction over all the lessons.
    static func trend(_ lessons: [LessonAnalysis]) -> [TrendRenderer.Line] {
        let history = LessonHistory(lessons)
        let palette = Palette.light
        let names = history.latest?.wheel.sectors.map(\.name) ?? []
        var lines = names.enumerated().map { index, name in
            TrendRenderer.Line(name: name, series: history.sectorTrend(index), colour: palette.seriesColour(index))
        }
        lines.append(.init(name: "Wheel average", series: history.wheelMeanTrend, colour: palette.text, emphasised: true))
        lines.append(.init(name: "Satisfaction", series: history.scalingTrend, colour: palette.seriesColour(8), emphasised: true))
        return lines
    }
}
