import CGtk
import Foundation

/// The criticals GLib and GTK log while a GUI test runs. GTK reports a call on a widget already
/// gone, or a broken promise of its API, with a critical and carries on, so a test whose checks
/// all hold can still have touched freed memory; `GUITestCase` fails such a test.
enum GLibCriticals {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var logged: [String] = []

    /// Installs the process's log writer once; it notes each critical and writes every message
    /// as GLib would. GLib allows one writer per process.
    static let installed: Void = {
        g_log_set_writer_func({ level, fields, count, data in
            if level.rawValue & G_LOG_LEVEL_CRITICAL.rawValue != 0, let fields {
                let parts = (0..<Int(count)).map { fields[$0] }
                let text = { (key: String) in
                    parts.first { String(cString: $0.key) == key }
                        .flatMap { $0.length < 0 ? $0.value.map { String(cString: $0.assumingMemoryBound(to: CChar.self)) } : nil }
                }
                GLibCriticals.note([text("GLIB_DOMAIN"), text("MESSAGE")].compactMap { $0 }.joined(separator: ": "))
            }
            return g_log_writer_default(level, fields, count, data)
        }, nil, nil)
    }()

    private static func note(_ message: String) {
        lock.withLock { logged.append(message) }
    }

    /// What was logged since the last call, and forgets it.
    static func take() -> [String] {
        lock.withLock {
            defer { logged = [] }
            return logged
        }
    }
}
