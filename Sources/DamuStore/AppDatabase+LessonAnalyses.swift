import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves a new or edited analysis after validating it against `template`, which is stored as a
    /// snapshot the first time a record uses it. Returns the analysis as stored.
    @discardableResult
    public func save(_ analysis: LessonAnalysis, template: LessonAnalysisTemplate) throws -> LessonAnalysis {
        let stored = try prepared(analysis, template: template, now: Self.now())
        let snapshot = try template.snapshotJSON()
        try write { db in
            guard try ProfileRecord.filter(Column("id") == analysis.profileID.uuidString && Column("deletedAt") == nil)
                .fetchCount(db) == 1
            else { throw DamuError.notFound(tr("The profile of this analysis no longer exists.")) }
            try Self.storeSnapshot(snapshot, of: template, in: db)
            try Self.store(stored, in: db)
        }
        return stored
    }

    /// The analysis as it will be stored: validated, with timestamps as SQLite keeps them.
    func prepared(_ analysis: LessonAnalysis, template: LessonAnalysisTemplate, now: Date) throws -> LessonAnalysis {
        var stored = try analysis.validated(against: template)
        stored.createdAt = stored.createdAt.roundedToMilliseconds
        stored.updatedAt = now
        return stored
    }

    static func storeSnapshot(_ snapshot: Data, of template: LessonAnalysisTemplate, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR IGNORE INTO templateSnapshot (templateId, version, body) VALUES (?, ?, ?)",
            arguments: [template.id, template.version, snapshot])
    }

    /// Inserts or updates the row. An analysis deleted meanwhile (from another window or the CLI)
    /// stays deleted: saving a stale copy must not bring it back unnoticed.
    static func store(_ analysis: LessonAnalysis, in db: Database) throws {
        let deleted = try Bool.fetchOne(
            db, sql: "SELECT deletedAt IS NOT NULL FROM lessonAnalysis WHERE id = ?", arguments: [analysis.id.uuidString])
        if deleted == true {
            throw DamuError.notFound(tr("This lesson analysis was deleted meanwhile; it was not saved."))
        }
        try LessonAnalysisRecord(analysis).save(db)
    }

    /// The profile's analyses that are not deleted, oldest lesson first.
    public func history(profileID: UUID) throws -> LessonHistory {
        LessonHistory(try read { db in
            try LessonAnalysisRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .order(sql: Self.historyOrder)
                .fetchAll(db)
        }.map { try $0.analysis() })
    }

    /// The profile's analyses of one academic year (September to August, by the year it starts in),
    /// read through the index of live lessons: a year's trends cost the same after ten years.
    public func history(profileID: UUID, academicYearStartingIn year: Int) throws -> LessonHistory {
        let (first, last) = Self.academicYearDates(year)
        return LessonHistory(try read { db in
            try LessonAnalysisRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .filter(Column("lessonDate") >= first && Column("lessonDate") <= last)
                .order(sql: Self.historyOrder)
                .fetchAll(db)
        }.map { try $0.analysis() })
    }

    /// The first and last lesson dates of the academic year starting in `year`, as stored.
    static func academicYearDates(_ year: Int) -> (first: String, last: String) {
        (String(format: "%04d-09-01", year), String(format: "%04d-08-31", year + 1))
    }

    public func analysis(id: UUID) throws -> LessonAnalysis? {
        try read { db in
            try LessonAnalysisRecord.filter(Column("id") == id.uuidString && Column("deletedAt") == nil).fetchOne(db)
        }?.analysis()
    }

    /// Marks an analysis deleted; `restoreAnalysis` undoes it.
    public func deleteAnalysis(id: UUID) throws {
        try setDeleted(id: id, deleted: true)
    }

    public func restoreAnalysis(id: UUID) throws {
        try setDeleted(id: id, deleted: false)
    }

    private func setDeleted(id: UUID, deleted: Bool) throws {
        let now = Self.now()
        let changed = try write { db -> Int in
            try db.execute(
                sql: "UPDATE lessonAnalysis SET deletedAt = ?, updatedAt = ? WHERE id = ?",
                arguments: [StoredDate.value(deleted ? now : nil), StoredDate.value(now), id.uuidString])
            return db.changesCount
        }
        if changed == 0 {
            throw DamuError.notFound(String(format: tr("No lesson analysis %@."), id.uuidString))
        }
    }

    /// The template version an analysis was filled against, as it was then.
    public func template(of analysis: LessonAnalysis) throws -> LessonAnalysisTemplate {
        let body = try read { db in
            try Data.fetchOne(
                db, sql: "SELECT body FROM templateSnapshot WHERE templateId = ? AND version = ?",
                arguments: [analysis.templateID, analysis.templateVersion])
        }
        guard let body else {
            throw DamuError.template("no snapshot of \(analysis.templateID) v\(analysis.templateVersion)")
        }
        return try LessonAnalysisTemplate.decode(body, origin: "snapshot v\(analysis.templateVersion)")
    }
}

