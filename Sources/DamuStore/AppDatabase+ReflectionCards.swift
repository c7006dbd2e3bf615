import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves a new or edited card (a draft or a finished one) after validating it against
    /// `template`, which is stored as a snapshot the first time a card uses it. Returns the card as
    /// stored. A card deleted meanwhile stays deleted.
    @discardableResult
    public func save(_ card: ReflectionCard, template: ReflectionCardsTemplate) throws -> ReflectionCard {
        var stored = try card.validated(against: template)
        stored.createdAt = stored.createdAt.roundedToMilliseconds
        stored.updatedAt = Self.now()
        let record = try ReflectionCardRecord(stored)
        let snapshot = try template.snapshotJSON()
        try write { db in
            guard try ProfileRecord.filter(Column("id") == card.profileID.uuidString && Column("deletedAt") == nil)
                .fetchCount(db) == 1
            else { throw DamuError.notFound(tr("The profile of this card no longer exists.")) }
            try Self.storeSnapshot(snapshot, id: template.id, version: template.version, in: db)
            let deleted = try Bool.fetchOne(
                db, sql: "SELECT deletedAt IS NOT NULL FROM reflectionCard WHERE id = ?", arguments: [card.id.uuidString])
            if deleted == true {
                throw DamuError.notFound(tr("This reflection card was deleted meanwhile; it was not saved."))
            }
            try record.save(db)
        }
        return stored
    }

    static func storeSnapshot(_ snapshot: Data, id: String, version: Int, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO templateSnapshot (templateId, version, body) VALUES (?, ?, ?)",
            arguments: [id, version, snapshot])
    }

    /// The annual card of the year: the one last saved, if the teacher somehow has two (an import
    /// from another PC).
    public func annualCard(profileID: UUID, academicYear: AcademicYear) throws -> ReflectionCard? {
        try read { db in
            try liveCards(profileID: profileID, db: db)
                .filter(Column("kind") == ReflectionCard.Kind.annual.rawValue && Column("academicYear") == academicYear.startYear)
                .order(Column("updatedAt").desc)
                .fetchOne(db)
        }?.card()
    }

    /// The weekly cards of a year, by week.
    public func weeklyCards(profileID: UUID, academicYear: AcademicYear) throws -> [ReflectionCard] {
        try read { db in
            try liveCards(profileID: profileID, db: db)
                .filter(Column("kind") == ReflectionCard.Kind.weekly.rawValue && Column("academicYear") == academicYear.startYear)
                .order(Column("week"), Column("createdAt"))
                .fetchAll(db)
        }.map { try $0.card() }
    }

    /// Every card of the profile that is not deleted, oldest year first.
    public func reflectionCards(profileID: UUID) throws -> [ReflectionCard] {
        try read { db in
            try liveCards(profileID: profileID, db: db)
                .order(Column("academicYear"), Column("kind"), Column("week"), Column("createdAt"))
                .fetchAll(db)
        }.map { try $0.card() }
    }

    public func reflectionCard(id: UUID) throws -> ReflectionCard? {
        try read { db in
            try ReflectionCardRecord.filter(Column("id") == id.uuidString && Column("deletedAt") == nil).fetchOne(db)
        }?.card()
    }

    private func liveCards(profileID: UUID, db: Database) -> QueryInterfaceRequest<ReflectionCardRecord> {
        ReflectionCardRecord.filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
    }

    /// Marks a card deleted (a tombstone, so an export carries the deletion).
    public func deleteReflectionCard(id: UUID) throws {
        let now = Self.now()
        let changed = try write { db -> Int in
            try db.execute(
                sql: "UPDATE reflectionCard SET deletedAt = ?, updatedAt = ? WHERE id = ? AND deletedAt IS NULL",
                arguments: [StoredDate.value(now), StoredDate.value(now), id.uuidString])
            return db.changesCount
        }
        if changed == 0 {
            throw DamuError.notFound(String(format: tr("No reflection card %@."), id.uuidString))
        }
    }

    /// The template version a card was filled against, as it was then.
    public func template(of card: ReflectionCard) throws -> ReflectionCardsTemplate {
        let body = try read { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM templateSnapshot WHERE templateId = ? AND version = ?",
                arguments: [card.templateID, card.templateVersion])
        }
        guard let body else {
            throw DamuError.template("no snapshot of \(card.templateID) v\(card.templateVersion)")
        }
        return try ReflectionCardsTemplate.decode(body, origin: "snapshot v\(card.templateVersion)")
    }

    /// The year beside the annual card, from the lesson analyses stored for it.
    public func yearSummary(profileID: UUID, academicYear: AcademicYear) throws -> YearSummary {
        var summary = YearSummary(
            history: try history(profileID: profileID, academicYearStartingIn: academicYear.startYear), academicYear: academicYear)
        summary.routeSheet = try routeSheet(profileID: profileID, academicYear: academicYear)?.progress
        return summary
    }
}
