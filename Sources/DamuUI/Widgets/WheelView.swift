import CGtk
import DamuCore
import DamuRender
import GtkShim

/// The balance wheel on screen: drawn by the shared renderer, redrawn as scores change, and
/// described to assistive technology as text (every sector with its score).
@MainActor
final class WheelView {
    let widget: Widget
    private(set) var picture: WheelPicture
    /// Called when the teacher scores a sector from the keyboard on the drawing itself.
    var onScore: (@MainActor (_ sector: Int, _ score: Int) -> Void)?
    /// Draws the picture instead of the bare wheel: the presentation puts it on a slide.
    var render: (@MainActor (_ picture: WheelPicture, _ cr: OpaquePointer, _ rect: Rect, _ cache: DrawingCache) -> Void)?
    /// What the drawing keeps between frames, so a redraw after a key press is quick. Used only
    /// here, on the main thread, as GTK draws.
    private let cache = DrawingCache()
    /// Tab and Shift+Tab also move between sectors. Off in forms, where Tab must leave the drawing.
    var tabMovesBetweenSectors = false

    init(accessibleName: String) {
        // The role must be given at construction (DESIGN.md §4).
        widget = Widget(damu_shim_picture_area_new())
        picture = WheelPicture(sectorNames: [], scores: [])
        widget.accessibleName(accessibleName)
        widget.expand(horizontal: true, vertical: true).size(width: 320, height: 320)
        gtk_widget_set_focusable(widget.pointer, 1)
        let box = Unmanaged.passRetained(self).toOpaque()
        let draw: GtkDrawingAreaDrawFunc = { _, cr, width, height, data in
            MainActor.assumeIsolated {
                let view = Unmanaged<WheelView>.fromOpaque(data!).takeUnretainedValue()
                view.draw(cr: cr!, width: Double(width), height: Double(height))
            }
        }
        gtk_drawing_area_set_draw_func(widget.cast(), draw, box) { data in
            Unmanaged<WheelView>.fromOpaque(data!).release()
        }
        installKeyboard()
        Theme.redrawOnChange(self) { [weak self] in self?.widget.queueDraw() }
        // A page not shown keeps no pixels.
        Signal.on(widget, "unmap") { [weak self] in self?.cache.forgetPixels() }
    }

    func show(_ picture: WheelPicture) {
        self.picture = picture
        widget.accessibleDescription(Self.describe(picture))
        widget.queueDraw()
    }

    private func draw(cr: OpaquePointer, width: Double, height: Double) {
        // GTK records the drawing and plays it back at the widget's (whole-number) scale factor.
        cache.recordingScale = Double(gtk_widget_get_scale_factor(widget.pointer))
        if let render {
            render(picture, cr, Rect(x: 0, y: 0, width: width, height: height), cache)
            return
        }
        WheelRenderer.draw(
            picture, on: cr, in: Rect(x: 0, y: 0, width: width, height: height), palette: Theme.palette, cache: cache)
    }

    /// "Goal and result: 7 of 10; …" — what a screen reader says for the drawing.
    static func describe(_ picture: WheelPicture) -> String {
        zip(picture.sectorNames, picture.scores).map { name, score in
            if let score { return String(format: tr("%@: %ld of 10"), name, score) }
            return String(format: tr("%@: not scored"), name)
        }.joined(separator: "; ")
    }

    /// Arrows move between sectors, digits 0–9 and + / − set the focused sector's score.
    private func installKeyboard() {
        let controller = gtk_event_controller_key_new()!
        Signal.onKeyPressed(UnsafeMutableRawPointer(controller)) { [weak self] keyval, _ in
            self?.handleKey(keyval) ?? false
        }
        gtk_widget_add_controller(widget.pointer, controller)
    }

    private func handleKey(_ keyval: UInt32) -> Bool {
        let count = picture.sectorNames.count
        guard count > 0 else { return false }
        var sector = picture.highlightedSector ?? 0
        let current = picture.scores[sector]
        switch Int32(keyval) {
        case GDK_KEY_Right, GDK_KEY_Down:
            sector = (sector + 1) % count
        case GDK_KEY_Left, GDK_KEY_Up:
            sector = (sector + count - 1) % count
        case GDK_KEY_Tab where tabMovesBetweenSectors:
            sector = (sector + 1) % count
        case GDK_KEY_ISO_Left_Tab where tabMovesBetweenSectors:
            sector = (sector + count - 1) % count
        case GDK_KEY_0...GDK_KEY_9:
            onScore?(sector, Int(keyval) - Int(GDK_KEY_0))
        case GDK_KEY_KP_0...GDK_KEY_KP_9:
            onScore?(sector, Int(keyval) - Int(GDK_KEY_KP_0))
        case GDK_KEY_plus, GDK_KEY_KP_Add, GDK_KEY_equal:
            onScore?(sector, min((current ?? -1) + 1, Score.range.upperBound))
        case GDK_KEY_minus, GDK_KEY_KP_Subtract:
            onScore?(sector, max((current ?? 1) - 1, Score.range.lowerBound))
        default:
            return false
        }
        picture.highlightedSector = sector
        widget.queueDraw()
        return true
    }
}
