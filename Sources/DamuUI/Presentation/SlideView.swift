import CGtk
import DamuRender
import GtkShim

/// A presentation slide on screen, drawn by the same renderer as the saved PNG and sized by the
/// window, so type grows with the projector's resolution.
@MainActor
final class SlideView {
    let widget: Widget
    private(set) var slide = Slide(heading: "", content: .prompt(""))
    /// A click or tap on the slide, in the slide's own coordinates, with the slide's size.
    var onPress: (@MainActor (_ point: Point, _ size: Rect) -> Void)?
    /// What the drawing keeps between frames; used only here, on the main thread, as GTK draws.
    private let cache = DrawingCache()

    init(accessibleName: String) {
        widget = Widget(damu_shim_picture_area_new())
        widget.accessibleName(accessibleName)
        widget.expand(horizontal: true, vertical: true)
        gtk_widget_set_focusable(widget.pointer, 1)
        let box = Unmanaged.passRetained(self).toOpaque()
        let draw: GtkDrawingAreaDrawFunc = { _, cr, width, height, data in
            MainActor.assumeIsolated {
                let view = Unmanaged<SlideView>.fromOpaque(data!).takeUnretainedValue()
                SlideRenderer.draw(
                    view.slide, on: cr!, in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)),
                    palette: PresentationPage.palette, cache: view.cache)
            }
        }
        gtk_drawing_area_set_draw_func(widget.cast(), draw, box) { data in
            Unmanaged<SlideView>.fromOpaque(data!).release()
        }
        let gesture = gtk_gesture_click_new()!
        Signal.onPressed(UnsafeMutableRawPointer(gesture)) { [weak self] x, y in self?.press(at: Point(x: x, y: y)) }
        gtk_widget_add_controller(widget.pointer, gesture)
    }

    func press(at point: Point) {
        onPress?(point, Rect(x: 0, y: 0, width: Double(widget.width), height: Double(widget.height)))
    }

    func show(_ slide: Slide, description: String) {
        self.slide = slide
        widget.accessibleDescription(description)
        widget.queueDraw()
    }
}
