import CGtk

/// Work for the frame after the one a widget is about to draw, through a GTK tick callback.
/// Tick callbacks run before a frame's layout, so the first tick is skipped: what `body` adds
/// is laid out and drawn in the following frame, not in the one being drawn.
@MainActor
enum NextFrame {
    private final class Pending {
        let body: @MainActor () -> Void
        var skipped = false
        init(_ body: @escaping @MainActor () -> Void) { self.body = body }
    }

    /// Runs `body` once, at the second frame `widget` takes part in from now; never if the widget
    /// is not shown.
    static func run(after widget: Widget, _ body: @escaping @MainActor () -> Void) {
        let tick: GtkTickCallback = { _, _, data in
            MainActor.assumeIsolated {
                let pending = Unmanaged<Pending>.fromOpaque(data!).takeUnretainedValue()
                // G_SOURCE_CONTINUE and G_SOURCE_REMOVE are macros Swift does not see.
                guard pending.skipped else {
                    pending.skipped = true
                    return 1
                }
                pending.body()
                return 0
            }
        }
        let release: GDestroyNotify = { data in
            guard let data else { return }
            Unmanaged<Pending>.fromOpaque(data).release()
        }
        gtk_widget_add_tick_callback(widget.pointer, tick, Unmanaged.passRetained(Pending(body)).toOpaque(), release)
    }
}
