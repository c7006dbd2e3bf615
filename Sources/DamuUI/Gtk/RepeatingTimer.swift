import CGtk

/// Calls `tick` on the main loop every `seconds` while started, at low priority so that drawing
/// and input come first. The running timer holds itself alive; `tick` should hold its owner weakly.
@MainActor
final class RepeatingTimer {
    private let seconds: guint
    private let tick: @MainActor () -> Void
    private var source: guint = 0

    init(seconds: guint, _ tick: @escaping @MainActor () -> Void) {
        self.seconds = seconds
        self.tick = tick
    }

    func start() {
        guard source == 0 else { return }
        let call: GSourceFunc = { data in
            MainActor.assumeIsolated {
                Unmanaged<RepeatingTimer>.fromOpaque(data!).takeUnretainedValue().tick()
            }
            return 1  // G_SOURCE_CONTINUE, a macro Swift does not see
        }
        let release: GDestroyNotify = { data in
            guard let data else { return }
            Unmanaged<RepeatingTimer>.fromOpaque(data).release()
        }
        source = g_timeout_add_seconds_full(G_PRIORITY_LOW, seconds, call, Unmanaged.passRetained(self).toOpaque(), release)
    }

    func stop() {
        guard source != 0 else { return }
        g_source_remove(source)
        source = 0
    }
}
