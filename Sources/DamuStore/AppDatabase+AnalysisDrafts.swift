import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Keeps `draft` as its teacher's unsaved analysis, in place of the one kept before, with a
    /// snapshot of the template it is answered against so it can be shown again by any later Damu.
    public func keepDraft(_ draft: AnalysisDraft, template: LessonAnalysisTemplate) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(draft)
        let snapshot = try template.snapshotJSON()
        try write { db in
            try Self.storeSnapshot(snapshot, of: template, in: db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO analysisDraft (profileId, writtenAt, body) VALUES (?, ?, ?)",
                arguments: [draft.profileID.uuidString, StoredDate.value(Self.now()), body])
        }
    }

    /// The teacher's unsaved analysis kept by an earlier run, and when it was last written; nil
    /// when there is none, or in a database from before drafts were kept (opened read-only).
    public func draft(profileID: UUID) throws -> (draft: AnalysisDraft, writtenAt: Date)? {
        let row = try read { db -> Row? in
            guard try db.tableExists("analysisDraft") else { return nil }
            return try Row.fetchOne(
                db, sql: "SELECT writtenAt, body FROM analysisDraft WHERE profileId = ?", arguments: [profileID.uuidString])
        }
        guard let row else { return nil }
        do {
            let draft = try JSONDecoder().decode(AnalysisDraft.self, from: row["body"] as Data)
            return (draft, try StoredDate.decode(row, "writtenAt"))
        } catch {
            throw DamuError.storage(String(format: tr("The unsaved lesson analysis kept in %@ cannot be read: %@"), path, "\(error)"))
        }
    }

    /// Forgets the teacher's unsaved analysis: it was saved, or the teacher let it go.
    public func dropDraft(profileID: UUID) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM analysisDraft WHERE profileId = ?", arguments: [profileID.uuidString])
        }
    }
}
