import DamuCore
import Foundation
import GRDB

/// Single lessons and facts of a teacher's history, read without reading the history whole: a
/// new analysis, the editor, the cards and the team picture need its newest lesson, a neighbour
/// or its dates, and after ten years of a lesson every school day a whole history is 2,000
/// analyses to decode.
extension AppDatabase {
    /// The order of `history(profileID:)`: by lesson date, then by when it was written; the row
    /// id settles the rest, so the newest read alone is the last read in order.
    static let historyOrder = "lessonDate, createdAt, rowid"
    static let newestFirst = "lessonDate DESC, createdAt DESC, rowid DESC"

    /// The profile's latest lesson: `history(profileID:).latest`.
    public func latestAnalysis(profileID: UUID) throws -> LessonAnalysis? {
        try read { db in try Self.latest(profileID: profileID.uuidString, in: db) }?.analysis()
    }

    private static func latest(profileID: String, in db: Database) throws -> LessonAnalysisRecord? {
        try LessonAnalysisRecord.fetchOne(
            db, sql: "SELECT * FROM lessonAnalysis WHERE profileId = ? AND deletedAt IS NULL ORDER BY \(newestFirst) LIMIT 1",
            arguments: [profileID])
    }

    /// `history(profileID:).previous(to: analysis)`: the lesson before the stored copy of
    /// `analysis`, nil for the first; the latest lesson when `analysis` is not stored (a new one).
    public func previousAnalysis(to analysis: LessonAnalysis) throws -> LessonAnalysis? {
        let profile = analysis.profileID.uuidString, id = analysis.id.uuidString
        return try read { db in
            let isStored = try Bool.fetchOne(
                db, sql: "SELECT 1 FROM lessonAnalysis WHERE id = ? AND profileId = ? AND deletedAt IS NULL", arguments: [id, profile]) ?? false
            guard isStored else { return try Self.latest(profileID: profile, in: db) }
            return try LessonAnalysisRecord.fetchOne(
                db,
                sql: """
                    SELECT * FROM lessonAnalysis
                    WHERE profileId = ? AND deletedAt IS NULL
                      AND (lessonDate, createdAt, rowid) < (SELECT lessonDate, createdAt, rowid FROM lessonAnalysis WHERE id = ?)
                    ORDER BY \(Self.newestFirst) LIMIT 1
                    """,
                arguments: [profile, id])
        }?.analysis()
    }

    /// The most recent analysis with a written growth point (`history(profileID:).lastGrowthPoint`),
    /// read newest first until one is found.
    public func lastGrowthPoint(profileID: UUID) throws -> LessonAnalysis? {
        try read { db in
            let records = try LessonAnalysisRecord.fetchCursor(
                db, sql: "SELECT * FROM lessonAnalysis WHERE profileId = ? AND deletedAt IS NULL ORDER BY \(Self.newestFirst)",
                arguments: [profileID.uuidString])
            while let record = try records.next() {
                let analysis = try record.analysis()
                if !analysis.growthPoint.written.isEmpty { return analysis }
            }
            return nil
        }
    }

    /// The lessons a comparison (`ComparisonChoice`) picks from, as a history of their own: the
    /// first, the first of the latest lesson's academic year, the one before the latest, and the
    /// latest. Each choice pairs the same two lessons in it as in the whole history.
    public func comparableLessons(profileID: UUID) throws -> LessonHistory {
        let profile = profileID.uuidString
        let live = "SELECT rowid, * FROM lessonAnalysis WHERE profileId = ? AND deletedAt IS NULL"
        let rows = try read { db -> [Row] in
            let newest = try Row.fetchAll(db, sql: "\(live) ORDER BY \(Self.newestFirst) LIMIT 2", arguments: [profile])
            guard let latest = newest.first else { return [] }
            let year = Self.academicYearDates(try LessonDate(iso: latest["lessonDate"]).academicYearStart)
            return try newest
                + Row.fetchAll(db, sql: "\(live) ORDER BY \(Self.historyOrder) LIMIT 1", arguments: [profile])
                + Row.fetchAll(db, sql: "\(live) AND lessonDate >= ? ORDER BY \(Self.historyOrder) LIMIT 1",
                               arguments: [profile, year.first])
        }
        // By row id first: the history's sort keeps that order for lessons of one day and moment.
        var seen = Set<Int64>()
        let unique = rows.filter { seen.insert($0["rowid"]).inserted }.sorted { ($0["rowid"] as Int64) < $1["rowid"] }
        return LessonHistory(try unique.map { try LessonAnalysisRecord(row: $0).analysis() })
    }

    /// The dates of the profile's lessons, oldest first.
    public func lessonDates(profileID: UUID) throws -> [LessonDate] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT lessonDate FROM lessonAnalysis WHERE profileId = ? AND deletedAt IS NULL ORDER BY \(Self.historyOrder)",
                arguments: [profileID.uuidString])
        }.map { try LessonDate(iso: $0) }
    }

    /// How many lessons each profile has, by profile id; a profile without any is left out.
    public func analysisCounts() throws -> [UUID: Int] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT profileId, COUNT(*) FROM lessonAnalysis WHERE deletedAt IS NULL GROUP BY profileId")
            return Dictionary(uniqueKeysWithValues: rows.compactMap { row in
                UUID(uuidString: row[0]).map { ($0, row[1] as Int) }
            })
        }
    }
}
