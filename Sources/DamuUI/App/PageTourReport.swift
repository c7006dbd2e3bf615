import CGtk
import DamuCore
import Foundation

/// Instrumentation for the benchmark's pages part (scripts/bench), off unless asked for. With
/// `DAMU_BENCH_PAGES=1` and a profile opened at start (`DAMU_BENCH_PROFILE`), once the first frame
/// is painted Damu goes from page to page as a teacher would, each at the frame after the last one
/// was painted, then prints
///   pages <step>=<ms>,…
/// the milliseconds from each step to the end of the frame that shows it, and exits. Nothing is
/// saved: the tour ends on the steps of a new analysis that was never written.
@MainActor
enum PageTourReport {
    static var isRequested: Bool {
        !(Environment.value("DAMU_BENCH_PAGES") ?? "").isEmpty
    }

    /// The steps, by the names the benchmark prints. A route-sheet tab is built when first shown,
    /// so each tab step includes building it.
    static func steps(_ window: AppWindow, _ profile: Profile) -> [(String, @MainActor () -> Void)] {
        [
            ("route-sheet", { window.showRouteSheet() }),
            ("development-wheel", { window.routeSheet.showTab("wheel") }),
            ("weekly-evidence", { window.routeSheet.showTab("weekly") }),
            ("individual-routes", { window.routeSheet.showTab("routes") }),
            ("reflection-cards", { window.showCards() }),
            ("weekly-cards", { window.cards.visibleTab = "weekly" }),
            ("lessons", { window.showHistory(profile) }),
            ("trends", { window.history.showTab("trends") }),
            ("profile-form", { window.showProfileForm(profile) }),
            ("profiles", { window.showChooser() }),
            ("new-analysis", { window.newAnalysis() }),
            // Page Down through the analysis: each step is laid out when it is first shown.
            ("analysis-context", { window.editor.showStep("context") }),
            ("analysis-wheel", { window.editor.showStep("wheel") }),
            ("analysis-scaling", { window.editor.showStep("scaling") }),
            ("analysis-coaching", { window.editor.showStep("coaching") }),
            ("analysis-growth", { window.editor.showStep("growth") }),
        ]
    }

    /// Starts the tour on `window` after its first frame.
    static func start(_ window: AppWindow, profile: Profile) {
        guard isRequested else { return }
        let tour = Tour(steps: steps(window, profile))
        Signal.on(window.window, "realize") {
            guard let clock = gtk_widget_get_frame_clock(window.window.pointer) else { return }
            Signal.on(UnsafeMutableRawPointer(clock), "after-paint") { tour.painted(window.window) }
        }
    }

    private final class Tour {
        private var steps: [(String, @MainActor () -> Void)]
        private var current: (name: String, started: Date)?
        private var started = false
        private var timings: [String] = []

        init(steps: [(String, @MainActor () -> Void)]) { self.steps = steps }

        @MainActor
        func painted(_ widget: Widget) {
            if let step = current {
                timings.append("\(step.name)=\(String(format: "%.2f", Date().timeIntervalSince(step.started) * 1000))")
                current = nil
            } else if started {
                return
            }
            started = true
            guard !steps.isEmpty else {
                print("pages " + timings.joined(separator: ","))
                fflush(nil)
                exit(0)
            }
            let (name, step) = steps.removeFirst()
            NextFrame.run(after: widget) { [self] in
                current = (name, Date())
                step()
                gtk_widget_queue_draw(widget.pointer)
            }
        }
    }
}
