import DamuCore
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// The teacher's local database: owns the schema and every write. Each write is one transaction,
/// so a save either lands whole or leaves the database as it was.
public final class AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file's path (`writer.path` is a URI for a database opened immutable).
    public let path: String
    /// Opened from a folder or file Damu may not write: everything can be read and exported, and
    /// every save fails with a message saying why.
    public let isReadOnly: Bool

    init(writer: any DatabaseWriter, path: String? = nil, readOnly: Bool = false, reporting report: UpdateProgressReport? = nil) throws {
        self.writer = writer
        self.path = path ?? writer.path
        self.isReadOnly = readOnly
        if !self.path.isEmpty, self.path != ":memory:" { ProtectedFiles.protectDatabase(at: self.path) }
        try writer.read { db in
            if let problem = try DatabaseFileInspection.schemaProblem(db) {
                throw DamuError.storage(problem.message(path: self.path))
            }
        }
        if readOnly {
            let pending = try writer.read { db in try Schema.pendingMigrations(in: db) }
            guard pending.isSubset(of: Schema.notNeededToRead) else {
                throw DamuError.storage(String(format: tr("The database %@ needs updating, but its file or folder is read-only. Nothing was changed."), self.path))
            }
        } else {
            try Schema.migrate(writer, reporting: report)
        }
    }

    /// A database that lives only as long as this object (tests, previews).
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(writer: DatabaseQueue(configuration: configuration))
    }

    /// Opens the database file at `url`, in WAL mode. With `create`, a missing file (and its folder,
    /// 0700) is made; without, a missing file is an error. A file that is not a Damu database, is
    /// damaged, or comes from a newer Damu, is refused and left untouched (`problem(at:)` says which).
    /// A database Damu may read but not write is opened read-only (`isReadOnly`).
    public static func open(at url: URL, create: Bool = true) throws -> AppDatabase {
        try prepareToOpen(at: url, create: create).open()
    }

    /// The first half of `open(at:create:)`: the file is found (or made) and looked at, and a file
    /// Damu cannot use is refused; nothing is written to an existing file. The `Opening` says
    /// whether opening will update an older database first, so that the window can say so.
    public static func prepareToOpen(at url: URL, create: Bool = true) throws -> Opening {
        let fileManager = FileManager.default
        let path = url.path
        var pending: Set<String> = []
        if !fileManager.fileExists(atPath: path) {
            guard create else {
                throw DamuError.storage(String(format: tr("No Damu database at %@."), path))
            }
            try createPrivateFile(at: url)
        } else if (try? FileStatus(path: path))?.isDirectory == true {
            throw DamuError.storage(String(format: tr("%@ is a folder; the database is a file."), path))
        } else if !fileManager.isReadableFile(atPath: path) {
            throw DamuError.storage(String(format: tr("The database %@ cannot be read (permission denied)."), path))
        } else {
            pending = try inspectBeforeOpening(path: path)
        }
        let writable = mayWrite(path: path)
        return Opening(url: url, willUpdate: writable && !pending.isEmpty, writable: writable)
    }

    /// A database file that `prepareToOpen(at:create:)` looked at and found usable.
    public struct Opening: Sendable {
        public let url: URL
        /// Whether `open()` first brings the tables up to this version of Damu. An update may read
        /// and rewrite every lesson: seconds on a database of a hundred teachers, once.
        public let willUpdate: Bool
        let writable: Bool

        /// The second half of `open(at:create:)`; it may run on any thread.
        /// `report` hears how far an update has come (see `UpdateProgress`).
        public func open(reporting report: UpdateProgressReport? = nil) throws -> AppDatabase {
            try AppDatabase.openFile(path: url.path, writable: writable, reporting: report)
        }
    }

    private static func openFile(path: String, writable: Bool, reporting report: UpdateProgressReport?) throws -> AppDatabase {
        guard writable else { return try openReadOnly(path: path) }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            // A saved answer must survive a power cut, not only a crash: GRDB's WAL default
            // (synchronous NORMAL) may lose the last transactions when the power goes.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            let database = try AppDatabase(writer: pool, path: path, reporting: report)
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path + suffix)
            }
            return database
        } catch let error as DatabaseError {
            if [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM].contains(error.resultCode) {
                return try openReadOnly(path: path)
            }
            throw Self.describe(error, path: path)
        }
    }

    /// What is wrong with the existing file at `url`, when it is something a new database would
    /// fix; nil when the file is usable, missing, or cannot be read at all.
    public static func problem(at url: URL) -> DatabaseFileProblem? {
        guard FileManager.default.isReadableFile(atPath: url.path) else { return nil }
        return try? DatabaseFileInspection.problem(at: url.path)
    }

    /// A new, empty database file only its owner can read, created before SQLite opens it so that
    /// it never exists with the session's looser umask, not even for an instant.
    private static func createPrivateFile(at url: URL) throws {
        let folder = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: folder.path) {
            do {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw DamuError.storage(String(format: tr("Cannot create the folder %@."), folder.path))
            }
        }
        let descriptor = Glibc.open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        // Another Damu started at the same moment made it first: it is opened as it finds it. A
        // link to nowhere also exists to O_EXCL, and stays refused.
        if descriptor < 0, errno == EEXIST {
            var status = stat()
            if lstat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { return }
            errno = EEXIST
        }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw DamuError.storage(String(format: tr("Cannot create the database %@: %@"), url.path, reason))
        }
        close(descriptor)
    }

    /// Whether SQLite can write the database: the file itself, and its folder for the -wal and
    /// -shm files unless both already exist and are writable.
    private static func mayWrite(path: String) -> Bool {
        // As the effective user (AT_EACCESS): the one SQLite's open(2) calls are checked against.
        func writable(_ path: String) -> Bool { faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) == 0 }
        guard writable(path) else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        if writable(folder.isEmpty ? "." : folder) { return true }
        return writable(path + "-wal") && writable(path + "-shm")
    }

    private static func openReadOnly(path: String) throws -> AppDatabase {
        do {
            return try AppDatabase(writer: ReadOnlyConnection.open(path: path), path: path, readOnly: true)
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

    /// SQLite's failure in words a teacher can act on. Every write failure says that nothing was
    /// saved: a transaction that fails is rolled back whole.
    static func describe(_ error: DatabaseError, path: String) -> DamuError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .storage(DatabaseFileProblem.notADatabase.message(path: path))
        case .SQLITE_CORRUPT:
            return .storage(DatabaseFileProblem.damaged.message(path: path))
        case .SQLITE_READONLY:
            return .storage(String(format: tr("The database %@ cannot be written: its file or folder is read-only. Nothing was saved."), path))
        case .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .storage(String(format: tr("The database %@ cannot be opened for writing."), path))
        case .SQLITE_FULL:
            return .storage(String(format: tr("The disk that holds %@ is full. Nothing was saved; free some space and save again."), path))
        case .SQLITE_IOERR:
            return .storage(String(format: tr("Damu could not write to %@: the disk may be full, removed or failing. Nothing was saved."), path))
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .storage(String(format: tr("The database %@ stayed busy in another program for too long. Nothing was saved; try again."), path))
        default:
            return .storage(String(format: tr("The database %@ failed: %@"), path, error.message ?? "\(error.resultCode)"))
        }
    }

    /// Looks at an existing file before SQLite opens it for writing. Opening the pool already
    /// writes to the file (GRDB creates and drops a table so that the WAL is never empty), which
    /// must not happen to a file that is about to be refused as foreign, damaged or too new.
    /// Returns the migrations the file has yet to run.
    private static func inspectBeforeOpening(path: String) throws -> Set<String> {
        let findings: DatabaseFileInspection.Findings
        do {
            findings = try DatabaseFileInspection.inspect(at: path)
        } catch let error as DatabaseError {
            // A folder Damu may not write can still be read; the read-only connection says.
            if [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) && !mayWrite(path: path) { return [] }
            throw describe(error, path: path)
        }
        if let problem = findings.problem { throw DamuError.storage(problem.message(path: path)) }
        return findings.pendingMigrations
    }

    /// Runs `body` as one write transaction, turning SQLite failures into messages a teacher can read.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw Self.describe(error, path: path)
        }
    }

    /// SQLite keeps milliseconds: timestamps are rounded to them so a record reads back equal.
    static func now() -> Date { Date().roundedToMilliseconds }

    /// `PRAGMA integrity_check`'s answer ("ok" when sound).
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}

extension Date {
    /// The date exactly as it reads back from the database. GRDB stores milliseconds as text and
    /// reads them the way the calendar adds up a day's parts, which gives back a different Double
    /// than arithmetic rounding does for about half of all instants; going through the same
    /// conversion makes a saved record compare equal to what was returned from `save`.
    var roundedToMilliseconds: Date {
        StoredDate.date(StoredDate.value(self)) ?? self
    }
}
