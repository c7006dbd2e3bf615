#if canImport(Glibc)
import Glibc
#endif

/// One variable of the process's environment. Foundation's `ProcessInfo.environment` copies the
/// whole environment into a dictionary at every read; at start-up those copies cost about a
/// millisecond.
public enum Environment {
    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
