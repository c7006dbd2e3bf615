import DamuCore
@testable import DamuStore
import Foundation
import GRDB

/// A digest of every row of every table, computed inside SQLite by one query per table, so that
/// "the database is unchanged" can be checked after each of thousands of refused files without
/// reading the rows into Swift. Rows are combined order-free: a table has no order of its own.
struct TableDigest {
    private let queries: [String]
    private let database: any DatabaseWriter

    init(_ database: AppDatabase) throws {
        try self.init(writer: database.writer)
    }

    /// Over a connection that has not migrated the file: an older database as it is.
    init(writer database: any DatabaseWriter) throws {
        self.database = database
        queries = try database.write { db in
            db.add(function: DatabaseFunction("damu_row_digest", argumentCount: nil, pure: true, aggregate: RowDigest.self))
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            return try tables.map { table in
                let columns = try db.columns(in: table).map { "\"\($0.name)\"" }
                return "SELECT '\(table)', count(*), damu_row_digest(\(columns.joined(separator: ", "))) FROM \"\(table)\""
            }
        }
    }

    /// What the next start would find: the steps applied, the digest of every table, and
    /// SQLite's own check. The connection does not migrate; opening it recovers the log.
    static func state(of url: URL) throws -> (applied: [String], digest: [String], integrity: String) {
        let queue = try DatabaseQueue(path: url.path)
        let applied = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        let integrity = try queue.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
        return (applied, try TableDigest(writer: queue).value(), integrity)
    }

    /// One line per table: its name, its row count and the digest of its rows.
    func value() throws -> [String] {
        try database.read { db in
            try queries.map { sql in
                let row = try Row.fetchOne(db, sql: sql)!
                return "\(row[0] as String) \(row[1] as Int) \(row[2] as Int64? ?? 0)"
            }
        }
    }

    private struct RowDigest: DatabaseAggregate {
        var sum: Int64 = 0

        mutating func step(_ values: [DatabaseValue]) throws {
            var hasher = Hasher()
            for value in values {
                switch value.storage {
                case .null: hasher.combine(0 as UInt8)
                case let .int64(number): hasher.combine(1 as UInt8); hasher.combine(number)
                case let .double(number): hasher.combine(2 as UInt8); hasher.combine(number)
                case let .string(text):
                    hasher.combine(3 as UInt8)
                    hasher.combine(text.utf8.count)
                    var text = text
                    text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                case let .blob(data):
                    // Data's own hash looks at a prefix only; every byte must count.
                    hasher.combine(4 as UInt8)
                    hasher.combine(data.count)
                    data.withUnsafeBytes { hasher.combine(bytes: $0) }
                }
            }
            sum &+= Int64(hasher.finalize())
        }

        func finalize() throws -> (any DatabaseValueConvertible)? { sum }
    }
}
