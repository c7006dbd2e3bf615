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
        try write { db in try record.save(db) }
        return profile
    }

    /// Profiles on this PC that are not deleted, by name.
    public func profiles() throws -> [Profile] {
        try read { db in
            try ProfileRecord.filter(Column("deletedAt") == nil)
                .order(Column("fullName").collating(.localizedCaseInsensitiveCompare))
                .fetchAll(db).map(\.profile)
        }
    }

    public func profile(id: UUID) throws -> Profile? {
        try read { db in
            try ProfileRecord.filter(Column("id") == id.uuidString && Column("deletedAt") == nil)
                .fetchOne(db)?.profile
        }
    }

    /// Marks a profile and its analyses deleted (tombstones; `restoreProfile` undoes it).
    public func deleteProfile(id: UUID) throws {
        let now = Self.now()
        try write { db in
            try db.execute(sql: "UPDATE profile SET deletedAt = ?, updatedAt = ? WHERE id = ?",
                           arguments: [now, now, id.uuidString])
        }
    }

    public func restoreProfile(id: UUID) throws {
        try write { db in
            try db.execute(sql: "UPDATE profile SET deletedAt = NULL, updatedAt = ? WHERE id = ?",
                           arguments: [Self.now(), id.uuidString])
        }
    }
}

extension ProfileRecord {
    static let databaseUUIDEncodingStrategy = DatabaseUUIDEncodingStrategy.uppercaseString
}
