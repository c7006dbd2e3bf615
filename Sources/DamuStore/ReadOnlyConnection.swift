import Foundation
import GRDB

/// A connection that can never change the file: to look at a file before trusting it, and to show
/// a database whose folder or file Damu may not write.
enum ReadOnlyConnection {
    static func open(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "damu.readonly"
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            // A WAL database needs its -shm file, which SQLite cannot create in a read-only folder.
            // Without a -wal file there is nothing beyond the main file to read, so SQLite may treat
            // the file as immutable (no locks, no shared memory). With a -wal file, its pages matter:
            // then the error stands.
            let wal = path + "-wal"
            let hasLog = FileManager.default.fileExists(atPath: wal)
                && ((try? DatabaseFileInspection.size(of: wal)) ?? 0) > 0
            guard !hasLog else { throw error }
            return try DatabaseQueue(path: immutableURI(path), configuration: configuration)
        }
    }

    /// `file:` URI of `path` with `immutable=1` (Debian's SQLite is built with SQLITE_USE_URI).
    private static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:\(escaped)?immutable=1"
    }
}
