import Foundation
import Synchronization

/// The files no export may write over: the databases this process has open, with their log and
/// shared-memory files. A file chooser lets a teacher pick any name, the database's among them,
/// and an export renamed over it would leave a picture where a year of work was.
public enum ProtectedFiles {
    private static let paths = Mutex<Set<String>>([])

    /// Protects the database at `path` (its links followed) and its -wal and -shm files.
    public static func protectDatabase(at path: String) {
        let base = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        paths.withLock { $0.formUnion([base, base + "-wal", base + "-shm"]) }
    }

    /// Whether `path` (its links followed) is a protected file.
    public static func contains(_ path: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        return paths.withLock { $0.contains(resolved) }
    }
}
