import DamuCore
import Foundation
import GRDB

/// The teacher's local database: owns the schema and every write. Each write is one transaction,
/// so a save either lands whole or leaves the database as it was.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter

    init(writer: any DatabaseWriter) throws {
        self.writer = writer
        try writer.read { db in try Self.refuseNewerSchema(db) }
        try Schema.migrator.migrate(writer)
    }

    /// A database that lives only as long as this object (tests, previews).
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration))
    }

    /// Opens the database file at `url`, in WAL mode. With `create`, a missing file (and its folder,
    /// 0700) is made; without, a missing file is an error. A file that is not a Damu database, or
    /// comes from a newer Damu, is refused and left untouched.
    public static func open(at url: URL, create: Bool = true) throws -> AppDatabase {
        let fileManager = FileManager.default
        let path = url.path
        if !fileManager.fileExists(atPath: path) {
            guard create else {
                throw DamuError.storage(String(format: tr("No Damu database at %@."), path))
            }
            let folder = url.deletingLastPathComponent()
            if !fileManager.fileExists(atPath: folder.path) {
                do {
                    try fileManager.createDirectory(
                        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                } catch {
                    throw DamuError.storage(String(format: tr("Cannot create the folder %@."), folder.path))
                }
            }
        } else if !fileManager.isReadableFile(atPath: path) {
            throw DamuError.storage(String(format: tr("The database %@ cannot be read (permission denied)."), path))
        } else {
            try inspectBeforeOpening(path: path)
        }
        do {
            let database = try AppDatabase(writer: DatabasePool(path: path, configuration: configuration))
            for suffix in ["", "-wal", "-shm"] where fileManager.fileExists(atPath: path + suffix) {
                try? fileManager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
            }
            return database
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // The GUI and the CLI may write at once; wait rather than fail with "database is locked".
        configuration.busyMode = .timeout(10)
        configuration.label = "damu"
        return configuration
    }

    private static func describe(_ error: DatabaseError, path: String) -> DamuError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .storage(String(format: tr("%@ is not a Damu database, or it is damaged. It was left untouched."), path))
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return .storage(String(format: tr("The database %@ cannot be opened for writing."), path))
        case .SQLITE_FULL:
            return .storage(tr("The disk is full; nothing was saved."))
        default:
            return .storage(String(format: tr("The database %@ failed: %@"), path, error.message ?? "\(error.resultCode)"))
        }
    }

    /// Looks at an existing file through a read-only connection first. Opening the pool already
    /// writes to the file (GRDB creates and drops a table so that the WAL is never empty), which
    /// must not happen to a file that is about to be refused as foreign or too new.
    private static func inspectBeforeOpening(path: String) throws {
        var readOnly = Configuration()
        readOnly.readonly = true
        readOnly.busyMode = .timeout(10)
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnly)
            try queue.read { db in try refuseNewerSchema(db) }
        } catch let error as DatabaseError {
            throw describe(error, path: path)
        }
    }

    private static func refuseNewerSchema(_ db: Database) throws {
        guard try db.tableExists("grdb_migrations") else { return }
        let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        let unknown = applied.subtracting(Schema.migrator.migrations)
        if !unknown.isEmpty {
            throw DamuError.storage(tr("This database was written by a newer version of Damu. Update Damu to open it; the file was left untouched."))
        }
    }

    /// Runs `body` as one write transaction, turning SQLite failures into messages a teacher can read.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw Self.describe(error, path: writer.path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw Self.describe(error, path: writer.path)
        }
    }

    /// SQLite keeps milliseconds: timestamps are rounded to them so a record reads back equal.
    static func now() -> Date { Date().roundedToMilliseconds }

    /// `PRAGMA integrity_check`'s answer ("ok" when sound).
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    public var path: String { writer.path }
}

extension Date {
    /// The date exactly as it reads back from the database. GRDB stores milliseconds as text and
    /// parses them through the calendar, which gives back a different Double than arithmetic
    /// rounding does for about half of all instants; going through the same conversion makes a
    /// saved record compare equal to what was returned from `save`.
    var roundedToMilliseconds: Date {
        Date.fromDatabaseValue(databaseValue) ?? self
    }
}
