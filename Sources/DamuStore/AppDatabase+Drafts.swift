import DamuCore
import Foundation
import GRDB

/// What the window holds unsaved, kept while it is typed: the lesson analysis (`AnalysisDraft`)
/// and the reflection cards of a year (`ReflectionCardDrafts`), one of each per teacher, and the
/// profile form (`ProfileDraft`), one in all.
extension AppDatabase {
    /// Keeps `draft` as its teacher's unsaved analysis, in place of the one kept before, with a
    /// snapshot of the template it is answered against so it can be shown again by any later Damu.
    public func keepDraft(_ draft: AnalysisDraft, template: LessonAnalysisTemplate) throws {
        let snapshot = try template.snapshotJSON()
        try keep(draft, profileID: draft.profileID, in: "analysisDraft") { db in
            try Self.storeSnapshot(snapshot, of: template, in: db)
        }
    }

    /// The teacher's unsaved analysis kept by an earlier run, and when it was last written; nil
    /// when there is none, or in a database from before drafts were kept (opened read-only).
    public func draft(profileID: UUID) throws -> (draft: AnalysisDraft, writtenAt: Date)? {
        try kept(AnalysisDraft.self, profileID: profileID, in: "analysisDraft",
                 unreadable: tr("The unsaved lesson analysis kept in %@ cannot be read: %@"))
            .map { (draft: $0.0, writtenAt: $0.1) }
    }

    /// Forgets the teacher's unsaved analysis: it was saved, or the teacher let it go.
    public func dropDraft(profileID: UUID) throws {
        try drop(profileID: profileID, in: "analysisDraft")
    }

    /// Keeps `drafts` as its teacher's unsaved reflection cards, in place of those kept before.
    /// The cards are shown again in the forms of their year, so no template goes with them.
    public func keepCardDrafts(_ drafts: ReflectionCardDrafts) throws {
        try keep(drafts, profileID: drafts.profileID, in: "cardDraft") { _ in }
    }

    /// The teacher's unsaved reflection cards kept by an earlier run, and when they were last
    /// written; nil when there are none, or in a database from before they were kept.
    public func cardDrafts(profileID: UUID) throws -> (drafts: ReflectionCardDrafts, writtenAt: Date)? {
        try kept(ReflectionCardDrafts.self, profileID: profileID, in: "cardDraft",
                 unreadable: tr("The unsaved reflection cards kept in %@ cannot be read: %@"))
            .map { (drafts: $0.0, writtenAt: $0.1) }
    }

    /// Forgets the teacher's unsaved reflection cards: saved, or let go.
    public func dropCardDrafts(profileID: UUID) throws {
        try drop(profileID: profileID, in: "cardDraft")
    }

    /// Keeps `draft` as the profile form being typed, in place of any kept before: the window
    /// shows one profile form at a time.
    public func keepProfileDraft(_ draft: ProfileDraft) throws {
        try keep(draft, profileID: draft.profileID, in: "profileDraft") { db in
            try db.execute(sql: "DELETE FROM profileDraft")
        }
    }

    /// The profile form an earlier run kept unsaved, and when it was last written; nil when
    /// there is none, or in a database from before it was kept.
    public func profileDraft() throws -> (draft: ProfileDraft, writtenAt: Date)? {
        try kept(ProfileDraft.self, profileID: nil, in: "profileDraft",
                 unreadable: tr("The unsaved profile kept in %@ cannot be read: %@"))
            .map { (draft: $0.0, writtenAt: $0.1) }
    }

    /// Forgets the profile form kept for `profileID`: it was saved, or the teacher let it go.
    public func dropProfileDraft(profileID: UUID) throws {
        try drop(profileID: profileID, in: "profileDraft")
    }

    /// Forgets whatever profile form was kept: what the teacher lets go when it cannot be read.
    public func dropEveryProfileDraft() throws {
        try write { db in try db.execute(sql: "DELETE FROM profileDraft") }
    }

    private func keep(_ value: some Encodable, profileID: UUID, in table: String, with: @escaping (Database) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(value)
        try write { db in
            try with(db)
            try db.execute(
                sql: "INSERT OR REPLACE INTO \(table) (profileId, writtenAt, body) VALUES (?, ?, ?)",
                arguments: [profileID.uuidString, StoredDate.value(Self.now()), body])
        }
    }

    /// The teacher's kept `Value` in `table`; with no `profileID`, the one row the table keeps.
    private func kept<Value: Decodable>(_: Value.Type, profileID: UUID?, in table: String, unreadable: String) throws -> (Value, Date)? {
        let row = try read { db -> Row? in
            guard try db.tableExists(table) else { return nil }
            guard let profileID else { return try Row.fetchOne(db, sql: "SELECT writtenAt, body FROM \(table) LIMIT 1") }
            return try Row.fetchOne(db, sql: "SELECT writtenAt, body FROM \(table) WHERE profileId = ?", arguments: [profileID.uuidString])
        }
        guard let row else { return nil }
        do {
            return (try JSONDecoder().decode(Value.self, from: row["body"] as Data), try StoredDate.decode(row, "writtenAt"))
        } catch {
            throw DamuError.storage(String(format: unreadable, path, "\(error)"))
        }
    }

    private func drop(profileID: UUID, in table: String) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM \(table) WHERE profileId = ?", arguments: [profileID.uuidString])
        }
    }
}
