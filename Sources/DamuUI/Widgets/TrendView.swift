import CGtk
import DamuCore
import DamuRender
import GtkShim

/// The trend chart on screen, drawn by the shared renderer; its accessible description states
/// each line's first and last value.
@MainActor
final class TrendView {
    /// What each point of the lines stands for, as the empty chart and the description say it.
    enum Points { case lessons, weeklyCards }

    let widget: Widget
    let points: Points
    private var lines: [TrendRenderer.Line] = []
    private var title: String?
    /// The accessible description: each line's first and last value over how many points.
    private(set) var summary = ""

    init(accessibleName: String, points: Points = .lessons) {
        self.points = points
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
                    palette: Theme.palette, title: view.title, emptyText: view.emptyText)
            }
        }
        gtk_drawing_area_set_draw_func(widget.cast(), draw, box) { data in
            Unmanaged<TrendView>.fromOpaque(data!).release()
        }
        Theme.redrawOnChange(self) { [weak self] in self?.widget.queueDraw() }
    }

    var emptyText: String {
        switch points {
        case .lessons: tr("No lessons yet")
        // Shown only once a weekly card exists (the page hides the chart before): none has a score.
        case .weeklyCards: tr("No confidence scores yet")
        }
    }

    func show(lines: [TrendRenderer.Line], title: String?) {
        self.lines = lines
        self.title = title
        summary = lines.map { line in
            guard let first = line.series.first, let last = line.series.last else {
                return String(format: tr("%@: no scores yet"), line.name)
            }
            let count = line.series.points.count
            let format = switch points {
            case .lessons: trn("%@: from %@ to %@ over %ld lesson", "%@: from %@ to %@ over %ld lessons", count)
            case .weeklyCards: trn("%@: from %@ to %@ over %ld week", "%@: from %@ to %@ over %ld weeks", count)
            }
            return String(format: format, line.name, DecimalText.of(first), DecimalText.of(last), count)
        }.joined(separator: "; ")
        widget.accessibleDescription(summary)
        widget.queueDraw()
    }
}
