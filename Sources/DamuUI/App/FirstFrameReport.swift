import CGtk
import DamuCore
import Foundation

/// Instrumentation for the start-up benchmark (scripts/bench), off unless asked for. With
/// `DAMU_BENCH_FIRST_FRAME=1`, once the window's first frame has been painted Damu prints
///   first-frame <CLOCK_MONOTONIC in ns> <resident KiB> <GSK renderer> <anonymous KiB> <phase>=<ns>,…
/// and exits; the first four fields are those the bare windows of bench/ print, the phases say where
/// the time went. Anonymous memory is the part of the resident memory that is the process's own (heap,
/// stacks, written pages); the rest is mapped files, code and fonts that the system can share.
/// `DAMU_BENCH_PROFILE=<id>` opens that profile's lessons at start, so the frame measured is a
/// year of data rather than the empty chooser.
@MainActor
enum FirstFrameReport {
    static var isRequested: Bool {
        !(Environment.value("DAMU_BENCH_FIRST_FRAME") ?? "").isEmpty
    }

    static var profileToOpen: UUID? {
        Environment.value("DAMU_BENCH_PROFILE").flatMap(UUID.init(uuidString:))
    }

    private static var phases: [(String, Int64)] = []

    /// Notes that start-up reached `phase` (kept only when the report is requested).
    static func mark(_ phase: String) {
        if isRequested { phases.append((phase, monotonicNanoseconds())) }
    }

    /// Arms the report on `window` before it is presented. "Window mapped" comes 10–70 ms before
    /// the first frame; the frame clock's after-paint is the moment the teacher sees something.
    static func watch(_ window: Widget) {
        guard isRequested else { return }
        Signal.on(window, "realize") {
            guard let clock = gtk_widget_get_frame_clock(window.pointer) else { return }
            Signal.on(UnsafeMutableRawPointer(clock), "after-paint") {
                let now = monotonicNanoseconds()
                let marks = phases.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
                print("first-frame \(now) \(statusKiB("VmRSS:")) \(rendererName(window)) \(statusKiB("RssAnon:")) \(marks)")
                fflush(nil)
                exit(0)
            }
        }
    }

    private static func monotonicNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// A field of /proc/self/status in KiB ("VmRSS:", "RssAnon:").
    private static func statusKiB(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field) })
        else { return -1 }
        return Int(line.dropFirst(field.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "") ?? -1
    }

    private static func rendererName(_ window: Widget) -> String {
        guard let native = gtk_widget_get_native(window.pointer), let renderer = gtk_native_get_renderer(native) else {
            return "none"
        }
        let instance = UnsafeMutableRawPointer(renderer).assumingMemoryBound(to: GTypeInstance.self)
        guard let type = instance.pointee.g_class?.pointee.g_type, let name = g_type_name(type) else { return "unknown" }
        return String(cString: name)
    }
}
