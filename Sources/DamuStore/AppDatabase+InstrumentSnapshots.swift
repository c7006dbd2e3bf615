import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Stores the instrument version once, byte for byte, the first time a record uses it.
    static func storeSnapshot<Instrument: VersionedInstrument>(of instrument: Instrument, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO templateSnapshot (templateId, version, body) VALUES (?, ?, ?)",
            arguments: [instrument.id, instrument.version, try instrument.snapshotJSON()])
    }

    /// The instrument version a record was filled against, as it was then.
    func snapshot<Instrument: VersionedInstrument>(_ type: Instrument.Type, id: String, version: Int) throws -> Instrument {
        let body = try read { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM templateSnapshot WHERE templateId = ? AND version = ?", arguments: [id, version])
        }
        guard let body else { throw DamuError.template("no snapshot of \(id) v\(version)") }
        return try Instrument.decode(body, origin: "snapshot \(id) v\(version)")
    }

    /// Refuses a record whose teacher was deleted (from another window or the CLI) meanwhile.
    static func requireLiveProfile(_ id: UUID, in db: Database) throws {
        guard try ProfileRecord.filter(Column("id") == id.uuidString && Column("deletedAt") == nil).fetchCount(db) == 1 else {
            throw DamuError.notFound(tr("The profile of this record no longer exists."))
        }
    }
}
