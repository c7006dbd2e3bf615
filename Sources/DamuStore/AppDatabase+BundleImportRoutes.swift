import DamuCore
import Foundation
import GRDB

/// Route sheets (with their development wheels) and individual routes in a bundle import: planned
/// with the rest, so a preview shows them and a file that cannot land is refused before anything
/// changes, and written in the import's one transaction.
extension AppDatabase {
    static func planRoutes(of bundle: ImportableBundle, db: Database) throws -> [ImportReport.Entry] {
        let profileID = bundle.profile.id
        var entries: [ImportReport.Entry] = []
        for item in bundle.routeSheets {
            let sheet = item.value
            let action = try action(table: "routeSheet", id: sheet.id, updatedAt: sheet.updatedAt, profileID: profileID, db: db)
            if action != .unchanged { try checkOwnRows(of: sheet, db: db) }
            entries.append(.init(
                kind: .routeSheet, id: sheet.id, title: String(format: tr("Route sheet %@"), sheet.academicYear.description),
                action: action, isDeletion: item.deletedAt != nil))
        }
        for item in bundle.professionalRoutes {
            let route = item.value
            entries.append(.init(
                kind: .professionalRoute, id: route.id,
                title: String(format: tr("Professional development route %@ – %@"), route.periodStart.iso, route.periodEnd.iso),
                action: try action(table: "professionalRoute", id: route.id, updatedAt: route.updatedAt, profileID: profileID, db: db),
                isDeletion: item.deletedAt != nil))
        }
        for item in bundle.educationalRoutes {
            let route = item.value
            entries.append(.init(
                kind: .educationalRoute, id: route.id, title: String(format: tr("Educational route %@"), route.academicYear.description),
                action: try action(table: "educationalRoute", id: route.id, updatedAt: route.updatedAt, profileID: profileID, db: db),
                isDeletion: item.deletedAt != nil))
        }
        try checkOneLivePerYear(
            table: "routeSheet", bundle.routeSheets.map { ($0.value.id, $0.value.academicYear, $0.deletedAt) },
            entries: entries, profileID: profileID, db: db)
        try checkOneLivePerYear(
            table: "educationalRoute", bundle.educationalRoutes.map { ($0.value.id, $0.value.academicYear, $0.deletedAt) },
            entries: entries, profileID: profileID, db: db)
        return entries
    }

    /// Writes what `planRoutes` found missing or older here; timestamps and deletions as in the file.
    static func importRoutes(of bundle: ImportableBundle, actions: [UUID: ImportReport.Action], in db: Database) throws {
        let now = Self.now()
        for item in deletionsFirst(bundle.routeSheets) where actions[item.value.id] != .unchanged {
            try store(item.value, now: now, from: .bundle(deletedAt: item.deletedAt), in: db)
        }
        for item in bundle.professionalRoutes where actions[item.value.id] != .unchanged {
            var record = try ProfessionalRouteRecord(item.value)
            record.deletedAt = item.deletedAt
            try record.save(db)
        }
        for item in deletionsFirst(bundle.educationalRoutes) where actions[item.value.id] != .unchanged {
            var record = try EducationalRouteRecord(item.value)
            record.deletedAt = item.deletedAt
            try record.save(db)
        }
    }

    /// A deletion in the file frees its school year for the live record the file brings.
    private static func deletionsFirst<Value>(_ items: [ImportableBundle.Item<Value>]) -> [ImportableBundle.Item<Value>] {
        items.filter { $0.deletedAt != nil } + items.filter { $0.deletedAt == nil }
    }

    /// An own row's id is its key here: one held by another sheet refuses the import.
    private static func checkOwnRows(of sheet: RouteSheet, db: Database) throws {
        for row in sheet.ownRows {
            let owner = try String.fetchOne(
                db, sql: "SELECT routeSheetId FROM routeSheetRow WHERE id = ?", arguments: [row.id.uuidString])
            if let owner, owner != sheet.id.uuidString {
                throw DamuError.invalid(
                    field: row.id.uuidString,
                    message: tr("this row belongs to another route sheet in this database; nothing was imported"))
            }
        }
    }

    /// A teacher keeps one live route sheet and one live educational route a school year. A live
    /// record the file brings may not meet another live one here, unless the file deletes that one.
    private static func checkOneLivePerYear(
        table: String, _ items: [(id: UUID, year: AcademicYear, deletedAt: Date?)], entries: [ImportReport.Entry],
        profileID: UUID, db: Database
    ) throws {
        let written = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            .filter { $0.value.action != .unchanged }
        let freed = Set(items.filter { $0.deletedAt != nil && written[$0.id] != nil }.map(\.id))
        for item in items where item.deletedAt == nil && written[item.id] != nil {
            let others = try String.fetchAll(
                db, sql: "SELECT id FROM \(table) WHERE profileId = ? AND academicYear = ? AND deletedAt IS NULL AND id <> ?",
                arguments: [profileID.uuidString, item.year.description, item.id.uuidString])
            if others.contains(where: { UUID(uuidString: $0).map { !freed.contains($0) } ?? true }) {
                throw DamuError.invalid(
                    field: written[item.id]?.title ?? item.id.uuidString,
                    message: tr("this database holds another one for the same school year; delete one of the two, then import again; nothing was imported"))
            }
        }
    }
}
