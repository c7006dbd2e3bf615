import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves a new or edited profile, after validation; returns it as stored.
    @discardableResult
    public func save(_ profile: Profile) throws -> Profile {
        var profile = try profile.validated()
        profile.createdAt = profile.createdAt.roundedToMilliseconds
        profile.updatedAt = Self.now()
        let record = ProfileRecord(profile)
        try write { db in
            // A profile deleted meanwhile stays deleted; saving a stale form must not revive it.
            let deleted = try Bool.fetchOne(
                db, sql: "SELECT deletedAt IS NOT NULL FROM profile WHERE id = ?", arguments: [profile.id.uuidString])
            if deleted == true { throw DamuError.notFound(tr("This profile was deleted meanwhile; it was not saved.")) }
            try record.save(db)
        }
        return profile
    }

    /// Profiles on this PC that are not deleted, by name in the Kazakh alphabet's order.
    public func profiles() throws -> [Profile] {
        let profiles = try read { db in
            try ProfileRecord.filter(Column("deletedAt") == nil).order(Column("id")).fetchAll(db).map(\.profile)
        }
        // Two profiles of one name keep the order of their ids, so the list is the same at every start.
        return profiles.enumerated().sorted { first, second in
            if first.element.fullName != second.element.fullName {
                return AlphabeticalOrder.areInIncreasingOrder(first.element.fullName, second.element.fullName)
            }
            return first.offset < second.offset
        }.map(\.element)
    }

    public func profile(id: UUID) throws -> Profile? {
        try read { db in
            try ProfileRecord.filter(Column("id") == id.uuidString && Column("deletedAt") == nil)
                .fetchOne(db)?.profile
        }
    }

    /// Marks a profile and its analyses deleted (tombstones; `restoreProfile` undoes it).
    /// The analyses get the profile's deletion time, so a restore brings back exactly those and
    /// not the ones the teacher had deleted before.
    public func deleteProfile(id: UUID) throws {
        let changed = try write { db -> Int in
            // Strictly later than any analysis deleted on its own, even within the same millisecond,
            // or a restore could not tell them apart.
            var now = Self.now()
            if let latest = try StoredDate.fetchOne(
                db, sql: "SELECT MAX(deletedAt) FROM (\(Self.profileOwnedTables.map { "SELECT deletedAt FROM \($0) WHERE profileId = ?1" }.joined(separator: " UNION ALL ")))",
                arguments: [id.uuidString]),
               latest >= now {
                now = latest.addingTimeInterval(0.0015).roundedToMilliseconds
            }
            try db.execute(sql: "UPDATE profile SET deletedAt = ?, updatedAt = ? WHERE id = ? AND deletedAt IS NULL",
                           arguments: [StoredDate.value(now), StoredDate.value(now), id.uuidString])
            guard db.changesCount > 0 else { return 0 }
            for table in Self.profileOwnedTables {
                try db.execute(
                    sql: "UPDATE \(table) SET deletedAt = ?, updatedAt = ? WHERE profileId = ? AND deletedAt IS NULL",
                    arguments: [StoredDate.value(now), StoredDate.value(now), id.uuidString])
            }
            // An unsaved draft is not part of the record a restore brings back: it goes for good.
            try db.execute(sql: "DELETE FROM analysisDraft WHERE profileId = ?", arguments: [id.uuidString])
            try db.execute(sql: "DELETE FROM cardDraft WHERE profileId = ?", arguments: [id.uuidString])
            try db.execute(sql: "DELETE FROM profileDraft WHERE profileId = ?", arguments: [id.uuidString])
            return 1
        }
        if changed == 0 { try requireProfileRow(id: id) }
    }

    public func restoreProfile(id: UUID) throws {
        let now = Self.now()
        let changed = try write { db -> Int in
            guard let deletedAt = try StoredDate.fetchOne(
                db, sql: "SELECT deletedAt FROM profile WHERE id = ? AND deletedAt IS NOT NULL",
                arguments: [id.uuidString])
            else { return 0 }
            for table in Self.profileOwnedTables {
                try db.execute(
                    sql: "UPDATE \(table) SET deletedAt = NULL, updatedAt = ? WHERE profileId = ? AND deletedAt = ?",
                    arguments: [StoredDate.value(now), id.uuidString, StoredDate.value(deletedAt)])
            }
            try db.execute(sql: "UPDATE profile SET deletedAt = NULL, updatedAt = ? WHERE id = ?",
                           arguments: [StoredDate.value(now), id.uuidString])
            return 1
        }
        if changed == 0 { try requireProfileRow(id: id) }
    }

    /// The tables whose records belong to one profile and share its tombstone.
    static let profileOwnedTables = ["lessonAnalysis", "routeSheet", "professionalRoute", "educationalRoute", "reflectionCard"]

    /// Deleting a deleted profile or restoring a live one is harmless; an id never seen is an error.
    private func requireProfileRow(id: UUID) throws {
        let exists = try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM profile WHERE id = ?)", arguments: [id.uuidString])
        } ?? false
        if !exists {
            throw DamuError.notFound(String(format: tr("No profile %@."), id.uuidString))
        }
    }
}
