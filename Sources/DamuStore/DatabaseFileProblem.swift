import DamuCore
import Foundation
import GRDB

/// Why an existing file cannot be Damu's database. Each is refused with the file left byte for byte
/// as it was; the window offers to keep it aside and start a new database.
public enum DatabaseFileProblem: Sendable, Equatable {
    /// Not SQLite at all, or the SQLite file of another program.
    case notADatabase
    /// A Damu (or SQLite) file that was cut short or has broken pages.
    case damaged
    /// Written by a newer Damu, with changes to the schema this version does not know.
    case newerVersion

    /// What the teacher reads: what is wrong, and that nothing was changed.
    public func message(path: String) -> String {
        switch self {
        case .notADatabase:
            return String(format: tr("%@ is not a Damu database, or it is damaged. It was left untouched."), path)
        case .damaged:
            return String(format: tr("The database %@ is damaged (the file is incomplete or its pages are broken). It was left untouched."), path)
        case .newerVersion:
            return tr("This database was written by a newer version of Damu. Update Damu to open it; the file was left untouched.")
        }
    }

    /// The word in the name of the file kept aside: `damu.sqlite.broken-20251123-094512`.
    var asideLabel: String {
        switch self {
        case .notADatabase, .damaged: return "broken"
        case .newerVersion: return "newer"
        }
    }
}

/// Looks at a database file without writing a byte to it: its SQLite header, then its schema
/// through a read-only connection.
enum DatabaseFileInspection {
    struct Findings {
        /// Nil when Damu can use the file (including an empty one).
        var problem: DatabaseFileProblem?
        /// The migrations a usable Damu database has yet to run: none for a new database.
        var pendingMigrations: Set<String> = []
    }

    /// The problem of the file at `path`, or nil when Damu can use it (including an empty file).
    /// Errors that say nothing about the file's content (permissions, I/O) are thrown.
    static func problem(at path: String) throws -> DatabaseFileProblem? {
        try inspect(at: path).problem
    }

    /// What `problem(at:)` says, and for a usable database what it lacks, through one connection:
    /// SQLite reads a file's whole schema on its first statement, most of the cost of a look.
    static func inspect(at path: String) throws -> Findings {
        if let problem = try headerProblem(at: path) { return Findings(problem: problem) }
        if (try size(of: path)) == 0 { return Findings() }
        do {
            let queue = try ReadOnlyConnection.open(path: path)
            return try queue.read { db in
                if let problem = try schemaProblem(db) { return Findings(problem: problem) }
                // Without Damu's tables it is a new database (or `schemaProblem` refused it): nothing to update.
                guard try db.tableExists("grdb_migrations") else { return Findings() }
                return Findings(pendingMigrations: try Schema.pendingMigrations(in: db))
            }
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB: return Findings(problem: .notADatabase)
            case .SQLITE_CORRUPT: return Findings(problem: .damaged)
            default: throw error
            }
        }
    }

    /// A file that does not start like SQLite, or is shorter than its own header says. SQLite
    /// itself opens a truncated file happily and only fails (or worse, writes) once it reaches the
    /// missing pages.
    private static func headerProblem(at path: String) throws -> DatabaseFileProblem? {
        let fileSize = try size(of: path)
        guard fileSize > 0 else { return nil }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DamuError.storage(String(format: tr("The database %@ cannot be read (permission denied)."), path))
        }
        defer { try? handle.close() }
        let header = [UInt8](try handle.read(upToCount: 100) ?? Data())
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else { return .notADatabase }
        func bigEndian(_ offset: Int, _ count: Int) -> Int {
            header[offset..<offset + count].reduce(0) { $0 << 8 | Int($1) }
        }
        let rawPageSize = bigEndian(16, 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0 else { return .damaged }
        // Pages that only exist in the write-ahead log are not in the main file yet; with a log
        // present, the main file's length proves nothing.
        let wal = path + "-wal"
        if FileManager.default.fileExists(atPath: wal), (try size(of: wal)) > 0 { return nil }
        if fileSize % pageSize != 0 { return .damaged }
        // The page count in the header is valid when the "version valid for" number matches the
        // change counter (every SQLite since 3.7.0 keeps them equal).
        let pageCount = bigEndian(28, 4)
        if pageCount > 0, bigEndian(24, 4) == bigEndian(92, 4), fileSize < pageCount * pageSize {
            return .damaged
        }
        return nil
    }

    /// Damu's own tables, another program's, or a schema from a newer Damu.
    static func schemaProblem(_ db: Database) throws -> DatabaseFileProblem? {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        guard tables.contains("grdb_migrations") else {
            // An empty SQLite file is a new database; anything else belongs to another program.
            return tables.isEmpty ? nil : .notADatabase
        }
        let applied = try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations")
        let known = Set(Schema.migrator.migrations)
        if applied.isDisjoint(with: known) && !applied.isEmpty { return .notADatabase }
        if !applied.isSubset(of: known) { return .newerVersion }
        return nil
    }

    static func size(of path: String) throws -> Int {
        try FileStatus(path: path).size
    }
}
