import CGtk
import DamuCore
import DamuRender
import GtkShim

/// The trend chart on screen, drawn by the shared renderer; its accessible description states
/// each line's first and last value.
@MainActor
final class TrendView {
    let widget: Widget
    private var lines: [TrendRenderer.Line] = []
    private var title: String?

    init(accessibleName: String) {
        widget = Widget(damu_shim_picture_area_new())
        widget.accessibleName(accessibleName)
        widget.expand(horizontal: true, vertical: true).size(width: 320, height: 240)
        let box = Unmanaged.passRetained(self).toOpaque()
        let draw: GtkDrawingAreaDrawFunc = { _, cr, width, height, data in
            MainActor.assumeIsolated {
                let view = Unmanaged<TrendView>.fromOpaque(data!).takeUnretainedValue()
                TrendRenderer.draw(
                    lines: view.lines, on: cr!,
                    in: Rect(x: 0, y: 0, width: Double(width), height: Double(height)),
                    palette: Theme.palette, title: view.title)
            }
        }
        gtk_drawing_area_set_draw_func(widget.cast(), draw, box) { data in
            Unmanaged<TrendView>.fromOpaque(data!).release()
        }
        Theme.redrawOnChange(self) { [weak self] in self?.widget.queueDraw() }
    }

    func show(lines: [TrendRenderer.Line], title: String?) {
        self.lines = lines
        self.title = title
        widget.accessibleDescription(lines.map { line in
            guard let first = line.series.first, let last = line.series.last else {
                return String(format: tr("%@: no scores yet"), line.name)
            }
            return String(format: trn("%@: from %.1f to %.1f over %ld lesson", "%@: from %.1f to %.1f over %ld lessons", line.series.points.count), line.name, first, last, line.series.points.count)
        }.joined(separator: "; "))
        widget.queueDraw()
    }
}
