import CGtk
import DamuCore
import DamuRender
import Foundation
import GtkShim

/// The child half of the on-screen drawing measure: a 1920×1080 window whose drawing area shows the
/// wheel (or the trend) and is redrawn frame after frame, the wheel's focused sector moving as under
/// the arrow keys. For each frame it prints `frame <ms>`: from the frame clock's before-paint phase
/// to its after-paint, which is GTK's update and layout, our drawing, GSK rendering the window and
/// handing it to X (the wait for the next frame tick is left out).
@MainActor
final class OnScreenDrawing {
    enum Picture: String, CaseIterable { case wheel, trend }

    static var current: OnScreenDrawing?

    let picture: Picture
    let frames: Int
    var wheel: WheelPicture
    /// What the wheel's widget keeps between frames (`WheelView`).
    let cache = DrawingCache()
    let trend: [TrendRenderer.Line]
    var area: UnsafeMutablePointer<GtkWidget>!
    var clock: OpaquePointer?
    var frameStarted: Int64 = 0
    var measured = 0
    var paintedFrames = 0

    init(picture: Picture, frames: Int, lessons: [LessonAnalysis]) {
        self.picture = picture
        self.frames = frames
        wheel = Pictures.wheel(lessons)
        trend = Pictures.trend(lessons)
    }

    nonisolated static func run(picture: Picture, frames: Int) -> Never {
        MainActor.assumeIsolated {
            guard gtk_init_check() != 0 else {
                FileHandle.standardError.write(Data("damu-bench: no display\n".utf8))
                exit(1)
            }
            guard let data = ResourceLocator.dataDirectory(), let template = try? TemplateCatalog.load(dataDirectory: data).current else {
                exit(1)
            }
            let drawing = OnScreenDrawing(picture: picture, frames: frames, lessons: ScaleData(template: template).teacher(0).1)
            current = drawing
            drawing.start()
            while true { g_main_context_iteration(nil, 1) }
        }
    }

    private func start() {
        let window = gtk_window_new()!
        gtk_window_set_default_size(UnsafeMutableRawPointer(window).assumingMemoryBound(to: GtkWindow.self),
                                    Int32(DrawingBench.size.width), Int32(DrawingBench.size.height))
        area = gtk_drawing_area_new()
        let drawingArea = UnsafeMutableRawPointer(area).assumingMemoryBound(to: GtkDrawingArea.self)
        gtk_drawing_area_set_draw_func(drawingArea, { _, cr, width, height, _ in
            MainActor.assumeIsolated { OnScreenDrawing.current?.draw(cr!, Double(width), Double(height)) }
        }, nil, nil)
        gtk_window_set_child(UnsafeMutableRawPointer(window).assumingMemoryBound(to: GtkWindow.self), area)
        let realize: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { widget, _ in
            MainActor.assumeIsolated { OnScreenDrawing.current?.realized(widget!) }
        }
        damu_shim_signal_connect(UnsafeMutableRawPointer(window), "realize", unsafeBitCast(realize, to: GCallback.self), nil, nil)
        gtk_window_present(UnsafeMutableRawPointer(window).assumingMemoryBound(to: GtkWindow.self))
    }

    private func realized(_ window: UnsafeMutableRawPointer) {
        let clock = gtk_widget_get_frame_clock(window.assumingMemoryBound(to: GtkWidget.self))!
        self.clock = clock
        let beforePaint: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { _, _ in
            MainActor.assumeIsolated { OnScreenDrawing.current?.frameStarted = Clock.nanoseconds() }
        }
        let afterPaint: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { _, _ in
            MainActor.assumeIsolated { OnScreenDrawing.current?.painted() }
        }
        damu_shim_signal_connect(UnsafeMutableRawPointer(clock), "before-paint", unsafeBitCast(beforePaint, to: GCallback.self), nil, nil)
        // Phases run only when asked for; a redraw alone does not ask for before-paint.
        gdk_frame_clock_request_phase(clock, GDK_FRAME_CLOCK_PHASE_BEFORE_PAINT)
        damu_shim_signal_connect(UnsafeMutableRawPointer(clock), "after-paint", unsafeBitCast(afterPaint, to: GCallback.self), nil, nil)
    }

    private func painted() {
        paintedFrames += 1
        if paintedFrames > frames * 3 {
            FileHandle.standardError.write(Data("damu-bench: the frame clock skipped before-paint\n".utf8))
            exit(1)
        }
        if frameStarted > 0 {
            print("frame \(Double(Clock.nanoseconds() - frameStarted) / 1e6)")
            measured += 1
        }
        frameStarted = 0
        if measured >= frames { exit(0) }
        // What an arrow key does on the wheel: the focus moves, the picture is redrawn.
        wheel.highlightedSector = measured % wheel.sectorNames.count
        gtk_widget_queue_draw(area)
        gdk_frame_clock_request_phase(clock, GDK_FRAME_CLOCK_PHASE_BEFORE_PAINT)
    }

    private func draw(_ cr: OpaquePointer, _ width: Double, _ height: Double) {
        let rect = Rect(x: 0, y: 0, width: width, height: height)
        switch picture {
        case .wheel:
            cache.recordingScale = Double(gtk_widget_get_scale_factor(area))
            WheelRenderer.draw(wheel, on: cr, in: rect, palette: .light, cache: cache)
        case .trend: TrendRenderer.draw(lines: trend, on: cr, in: rect, palette: .light, title: nil)
        }
    }
}
