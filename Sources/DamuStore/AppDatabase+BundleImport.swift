import DamuCore
import Foundation
import GRDB

/// What an import does, or would do, record by record.
public struct ImportReport: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        /// Not in this database yet.
        case added
        /// Here, older than in the file.
        case updated
        /// Here, as new as in the file or newer: left as it is.
        case unchanged
    }

    public enum Kind: String, Sendable, CaseIterable {
        case profile, lessonAnalysis, reflectionCard, routeSheet, professionalRoute, educationalRoute

        /// How a summary names the records of this kind.
        public var title: String {
            switch self {
            case .profile: return tr("Profile")
            case .lessonAnalysis: return tr("Lesson analyses")
            case .reflectionCard: return tr("Reflection cards")
            case .routeSheet: return tr("Route sheets with development wheels")
            case .professionalRoute: return tr("Professional development routes")
            case .educationalRoute: return tr("Educational routes")
            }
        }
    }

    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var id: UUID
        /// A line naming the record for a person: date and class, or card and week.
        public var title: String
        public var action: Action
        public var isDeletion: Bool
    }

    public var entries: [Entry]

    public func count(_ action: Action) -> Int { entries.filter { $0.action == action }.count }
    public func count(_ action: Action, of kind: Kind) -> Int { entries.filter { $0.action == action && $0.kind == kind }.count }
    public var changesSomething: Bool { entries.contains { $0.action != .unchanged } }

    /// "3 added, 1 updated, 28 unchanged", of every record or of one kind; `ahead`, before the
    /// import, "3 to add, 1 to update, 28 unchanged".
    public func counts(of kind: Kind? = nil, ahead: Bool = false) -> String {
        let count = { (action: Action) in kind.map { self.count(action, of: $0) } ?? self.count(action) }
        let format = ahead ? tr("%ld to add, %ld to update, %ld unchanged") : tr("%ld added, %ld updated, %ld unchanged")
        return String(format: format, count(.added), count(.updated), count(.unchanged))
    }

    /// What happens to one record, as a list names it; `ahead`, before the import.
    public static func name(of action: Action, ahead: Bool = false) -> String {
        switch action {
        case .added: return ahead ? tr("to add") : tr("added")
        case .updated: return ahead ? tr("to update") : tr("updated")
        case .unchanged: return tr("unchanged")
        }
    }

    /// The kinds of record the file holds, its profile first, in the order a summary lists them:
    /// the lines add up to the count of every record.
    public var kinds: [Kind] { Kind.allCases.filter { kind in entries.contains { $0.kind == kind } } }
}

extension AppDatabase {
    /// What importing `bundle` would change, without changing anything.
    public func importPreview(_ bundle: ImportableBundle) throws -> ImportReport {
        try read { db in try Self.plan(bundle, db: db) }
    }

    /// Imports a checked bundle in ONE transaction: a record missing here is added, one older here
    /// is replaced (timestamps and deletions as in the file), one as new or newer here is kept.
    /// Importing the same file again changes nothing. Returns what was done.
    @discardableResult
    public func importBundle(_ bundle: ImportableBundle) throws -> ImportReport {
        try write { db in
            let report = try Self.plan(bundle, db: db)
            let actions = Dictionary(uniqueKeysWithValues: report.entries.map { ($0.id, $0.action) })
            for snapshot in bundle.snapshots {
                try Self.storeSnapshot(snapshot.body, id: snapshot.id, version: snapshot.version, in: db)
            }
            switch actions[bundle.profile.id] {
            case .added:
                try ProfileRecord(bundle.profile).insert(db)
            case .updated:
                // A profile deleted here stays deleted; its newer details are kept for a restore.
                var record = ProfileRecord(bundle.profile)
                record.deletedAt = try StoredDate.fetchOne(
                    db, sql: "SELECT deletedAt FROM profile WHERE id = ?", arguments: [bundle.profile.id.uuidString])
                try record.update(db)
            default:
                break
            }
            // The plan knows which records are here: an added one is inserted, an older one
            // updated, without `save` trying an update first.
            for item in bundle.analyses {
                let action = actions[item.value.id]
                guard action != .unchanged else { continue }
                var record = LessonAnalysisRecord(item.value)
                record.deletedAt = item.deletedAt
                if action == .added { try record.insertNew(db) } else { try record.save(db) }
            }
            for item in bundle.cards where actions[item.value.id] != .unchanged {
                try ReflectionCardRecord(item.value, deletedAt: item.deletedAt).save(db)
            }
            try Self.importRoutes(of: bundle, actions: actions, in: db)
            return report
        }
    }

    static func plan(_ bundle: ImportableBundle, db: Database) throws -> ImportReport {
        var entries: [ImportReport.Entry] = []
        let profile = bundle.profile
        entries.append(.init(
            kind: .profile, id: profile.id, title: profile.fullName,
            action: try action(table: "profile", id: profile.id, updatedAt: profile.updatedAt, profileID: nil, db: db),
            isDeletion: false))
        let lessonActions = try actions(
            table: "lessonAnalysis", records: bundle.analyses.map { ($0.value.id, $0.value.updatedAt) }, profileID: profile.id, db: db)
        for (item, action) in zip(bundle.analyses, lessonActions) {
            let analysis = item.value
            let title = [analysis.lesson.date.iso, analysis.lesson.grade, analysis.lesson.subject, analysis.lesson.topic]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            entries.append(.init(kind: .lessonAnalysis, id: analysis.id, title: title, action: action, isDeletion: item.deletedAt != nil))
        }
        for item in bundle.cards {
            let card = item.value
            let title = card.kind == .annual
                ? String(format: tr("Annual card %@"), card.academicYear.description)
                : String(format: tr("Weekly card %@, week %ld"), card.academicYear.description, card.week ?? 0)
            entries.append(.init(
                kind: .reflectionCard, id: card.id, title: title,
                action: try action(table: "reflectionCard", id: card.id, updatedAt: card.updatedAt, profileID: profile.id, db: db),
                isDeletion: item.deletedAt != nil))
        }
        entries += try planRoutes(of: bundle, db: db)
        return ImportReport(entries: entries)
    }

    /// The actions for many records of one table, in their order, asked of the database a few
    /// hundred at a time: a year's lessons asked one by one cost an import a tenth of its writing.
    static func actions(
        table: String, records: [(id: UUID, updatedAt: Date)], profileID: UUID, db: Database
    ) throws -> [ImportReport.Action] {
        var here: [String: Row] = [:]
        let ids = records.map(\.id.uuidString)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ", ")
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, updatedAt, profileId AS owner FROM \(table) WHERE id IN (\(marks))",
                arguments: StatementArguments(chunk))
            for row in rows { here[row["id"]] = row }
        }
        return try zip(records, ids).map { record, id in
            guard let row = here[id] else { return .added }
            return try action(of: record.id, updatedAt: record.updatedAt, profileID: profileID, here: row)
        }
    }

    static func action(
        table: String, id: UUID, updatedAt: Date, profileID: UUID?, db: Database
    ) throws -> ImportReport.Action {
        let owner = profileID == nil ? "NULL" : "profileId"
        // Asked for each of a file's few other records: the statement is compiled once per table.
        let statement = try db.cachedStatement(sql: "SELECT updatedAt, \(owner) AS owner FROM \(table) WHERE id = ?")
        guard let row = try Row.fetchOne(statement, arguments: [id.uuidString]) else { return .added }
        return try action(of: id, updatedAt: updatedAt, profileID: profileID, here: row)
    }

    /// Added, updated or unchanged, given the record's row here (its updatedAt and owner).
    private static func action(of id: UUID, updatedAt: Date, profileID: UUID?, here row: Row) throws -> ImportReport.Action {
        if let profileID, row["owner"] as String? != profileID.uuidString {
            throw DamuError.invalid(
                field: id.uuidString,
                message: tr("this record belongs to another profile in this database; nothing was imported"))
        }
        let here = try StoredDate.decode(row, "updatedAt")
        return milliseconds(updatedAt) > milliseconds(here) ? .updated : .unchanged
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
