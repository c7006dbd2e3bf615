import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves a new or edited route sheet after validating it against `template`, in one transaction:
    /// the sheet, its rows, the marks not yet stored and the wheel. Marks are only ever added; a
    /// copy that misses a mark stored meanwhile (from another window or the CLI) is refused, so no
    /// mark is lost. With `movingProfile`, the sheet starts the teacher's new category after
    /// attestation: the profile takes the sheet's category in the same transaction. Returns the
    /// sheet as stored.
    @discardableResult
    public func save(_ sheet: RouteSheet, template: RouteSheetTemplate, movingProfile: Bool = false) throws -> RouteSheet {
        var stored = try sheet.validated(template: template)
        let now = Self.now()
        stored.createdAt = stored.createdAt.roundedToMilliseconds
        stored.updatedAt = now
        try write { db in
            try Self.requireLiveProfile(sheet.profileID, in: db)
            try Self.storeSnapshot(of: template, in: db)
            try Self.store(stored, now: now, in: db)
            if movingProfile {
                try db.execute(
                    sql: "UPDATE profile SET category = ?, updatedAt = ? WHERE id = ?",
                    arguments: [stored.category.rawValue, StoredDate.value(now), stored.profileID.uuidString])
            }
        }
        return stored
    }

    /// Where a sheet being stored comes from, which decides what wins over the stored copy.
    enum SheetSource: Equatable {
        /// Edited here: marks are only added, and a deletion or a mark made meanwhile elsewhere
        /// refuses the save.
        case edit
        /// From a bundle newer than the stored copy: its state replaces the stored one, its
        /// deletion and mark histories included, as the newer copy of any record does.
        case bundle(deletedAt: Date?)
    }

    static func store(_ sheet: RouteSheet, now: Date, from source: SheetSource = .edit, in db: Database) throws {
        let id = sheet.id.uuidString
        let deleted = try Bool.fetchOne(db, sql: "SELECT deletedAt IS NOT NULL FROM routeSheet WHERE id = ?", arguments: [id])
        if deleted == true, source == .edit { throw DamuError.notFound(tr("This route sheet was deleted meanwhile; it was not saved.")) }
        var record = RouteSheetRecord(sheet)
        if case let .bundle(deletedAt) = source { record.deletedAt = deletedAt }
        if record.deletedAt == nil {
            let twin = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM routeSheet WHERE profileId = ? AND academicYear = ? AND deletedAt IS NULL AND id <> ?)",
                arguments: [sheet.profileID.uuidString, sheet.academicYear.description, id]) ?? false
            if twin {
                throw DamuError.invalid(
                    field: tr("Route sheet"),
                    message: String(format: tr("this teacher already has a route sheet for %@"), sheet.academicYear.description))
            }
        }
        try record.save(db)

        let existing = try RouteSheetRowRecord.filter(Column("routeSheetId") == id).fetchAll(db)
        let byTemplateIndex = Dictionary(existing.compactMap { row in row.templateIndex.map { ($0, row) } }, uniquingKeysWith: { a, _ in a })
        let byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var position = 0
        for row in sheet.templateRows {
            let old = byTemplateIndex[row.index]
            let record = RouteSheetRowRecord(
                id: old?.id ?? UUID(), routeSheetId: sheet.id, createdAt: old?.createdAt ?? now, updatedAt: now,
                deletedAt: nil, position: position, templateIndex: row.index, direction: "", content: "",
                actions: RouteSheetRowRecord.encode(row.addedActions), carriedFrom: nil)
            // A row new here has no marks to compare with: it and its marks are only inserted.
            if old == nil { try record.insert(db) } else { try record.save(db) }
            try storeMarks(
                row.marks, rowID: record.id, rowName: sheet.rowName(.template(row.index)), now: now, from: source,
                isNew: old == nil, in: db)
            position += 1
        }
        for row in sheet.ownRows {
            let name = sheet.rowName(.own(row.id))
            let old = byID[row.id]
            if old?.deletedAt != nil, source == .edit {
                throw DamuError.notFound(String(format: tr("%@ was deleted meanwhile; the route sheet was not saved."), name))
            }
            if old == nil, try RouteSheetRowRecord.filter(Column("id") == row.id.uuidString).fetchCount(db) > 0 {
                throw DamuError.invalid(field: name, message: tr("belongs to another route sheet"))
            }
            let record = RouteSheetRowRecord(
                id: row.id, routeSheetId: sheet.id, createdAt: old?.createdAt ?? now, updatedAt: now, deletedAt: nil,
                position: position, templateIndex: nil, direction: row.direction, content: row.content,
                actions: RouteSheetRowRecord.encode(row.actions), carriedFrom: row.carriedFrom?.description)
            if old == nil { try record.insert(db) } else { try record.save(db) }
            try storeMarks(row.marks, rowID: row.id, rowName: name, now: now, from: source, isNew: old == nil, in: db)
            position += 1
        }
        // An own row taken off the sheet keeps its marks under a tombstone.
        let kept = Set(sheet.ownRows.map(\.id))
        for old in existing where old.templateIndex == nil && old.deletedAt == nil && !kept.contains(old.id) {
            try db.execute(
                sql: "UPDATE routeSheetRow SET deletedAt = ?, updatedAt = ? WHERE id = ?", arguments: [StoredDate.value(now), StoredDate.value(now), old.id.uuidString])
        }
        // A bundle's copy may be of another category than the stored one: rows of the template's
        // sheet it does not have go, with their marks.
        let templateIndices = Set(sheet.templateRows.map(\.index))
        for old in existing where old.templateIndex.map({ !templateIndices.contains($0) }) ?? false {
            try db.execute(sql: "DELETE FROM routeSheetRow WHERE id = ?", arguments: [old.id.uuidString])
        }

        try db.execute(sql: "DELETE FROM developmentWheelSector WHERE routeSheetId = ?", arguments: [id])
        for (index, sector) in sheet.wheel.sectors.enumerated() {
            try DevelopmentWheelSectorRecord(
                routeSheetId: sheet.id, position: index, name: sector.name, start: sector.start, middle: sector.middle,
                end: sector.end
            ).insert(db)
        }
    }

    /// Adds the marks of `history` beyond those stored. A history that differs from the stored one
    /// is refused when edited here, and replaces it when it comes from a newer bundle.
    private static func storeMarks(
        _ history: MarkHistory, rowID: UUID, rowName: String, now: Date, from source: SheetSource, isNew: Bool,
        in db: Database
    ) throws {
        var stored = isNew ? [] : try RouteMarkRecord.filter(Column("rowId") == rowID.uuidString).order(Column("sequence"))
            .fetchAll(db).map { try $0.rowMark() }
        if stored.count > history.entries.count || Array(history.entries.prefix(stored.count)) != stored {
            guard source != .edit else {
                throw DamuError.invalid(
                    field: rowName,
                    message: tr("was marked meanwhile elsewhere; reopen the route sheet to see that mark, then mark again"))
            }
            try db.execute(sql: "DELETE FROM routeMark WHERE rowId = ?", arguments: [rowID.uuidString])
            stored = []
        }
        for (sequence, entry) in history.entries.enumerated().dropFirst(stored.count) {
            try RouteMarkRecord(entry, rowId: rowID, sequence: sequence, now: now).insert(db)
        }
    }

    public func routeSheet(id: UUID) throws -> RouteSheet? {
        try read { db in
            try RouteSheetRecord.filter(Column("id") == id.uuidString && Column("deletedAt") == nil).fetchOne(db)
                .map { try Self.routeSheet($0, in: db) }
        }
    }

    /// The teacher's live sheet for `academicYear`, if there is one.
    public func routeSheet(profileID: UUID, academicYear: AcademicYear) throws -> RouteSheet? {
        try read { db in
            try RouteSheetRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .filter(Column("academicYear") == academicYear.description)
                .fetchOne(db)
                .map { try Self.routeSheet($0, in: db) }
        }
    }

    /// The teacher's live sheets, oldest school year first.
    public func routeSheets(profileID: UUID) throws -> [RouteSheet] {
        try read { db in
            try RouteSheetRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .order(Column("academicYear"))
                .fetchAll(db)
                .map { try Self.routeSheet($0, in: db) }
        }
    }

    static func routeSheet(_ record: RouteSheetRecord, in db: Database) throws -> RouteSheet {
        let damaged = DamuError.storage(String(format: tr("The saved route sheet %@ is damaged."), record.id.uuidString))
        guard let category = QualificationCategory(rawValue: record.category),
              let year = try? AcademicYear(parsing: record.academicYear)
        else { throw damaged }
        let rows = try RouteSheetRowRecord
            .filter(Column("routeSheetId") == record.id.uuidString && Column("deletedAt") == nil)
            .order(Column("position"))
            .fetchAll(db)
        let marks = Dictionary(grouping: try RouteMarkRecord
            .filter(sql: "rowId IN (SELECT id FROM routeSheetRow WHERE routeSheetId = ?)", arguments: [record.id.uuidString])
            .order(Column("sequence"))
            .fetchAll(db), by: \.rowId)
        var templateRows: [RouteSheet.TemplateRow] = []
        var ownRows: [RouteSheet.OwnRow] = []
        for row in rows {
            let history = MarkHistory(try (marks[row.id] ?? []).map { try $0.rowMark() })
            if let index = row.templateIndex {
                templateRows.append(.init(index: index, addedActions: try row.decodedActions(), marks: history))
            } else {
                ownRows.append(.init(
                    id: row.id, direction: row.direction, content: row.content, actions: try row.decodedActions(),
                    marks: history, carriedFrom: try row.carriedFrom.map { try AcademicYear(parsing: $0) }))
            }
        }
        let sectors = try DevelopmentWheelSectorRecord
            .filter(Column("routeSheetId") == record.id.uuidString)
            .order(Column("position"))
            .fetchAll(db)
            .map { DevelopmentWheel.Sector(name: $0.name, start: $0.start, middle: $0.middle, end: $0.end) }
        return RouteSheet(
            id: record.id, profileID: record.profileId, createdAt: record.createdAt, updatedAt: record.updatedAt,
            academicYear: year, category: category, templateID: record.templateId, templateVersion: record.templateVersion,
            language: record.language, templateRows: templateRows, ownRows: ownRows, wheel: DevelopmentWheel(sectors: sectors))
    }

    /// The template version a sheet was filled against, as it was then.
    public func template(of sheet: RouteSheet) throws -> RouteSheetTemplate {
        try snapshot(RouteSheetTemplate.self, id: sheet.templateID, version: sheet.templateVersion)
    }

    /// Marks a sheet deleted; `restoreRouteSheet` undoes it unless the year has a new sheet meanwhile.
    public func deleteRouteSheet(id: UUID) throws {
        try setRouteSheetDeleted(id: id, deleted: true)
    }

    public func restoreRouteSheet(id: UUID) throws {
        try setRouteSheetDeleted(id: id, deleted: false)
    }

    private func setRouteSheetDeleted(id: UUID, deleted: Bool) throws {
        let now = Self.now()
        let changed = try write { db -> Int in
            if !deleted, let record = try RouteSheetRecord.filter(Column("id") == id.uuidString).fetchOne(db),
               try RouteSheetRecord.filter(Column("profileId") == record.profileId.uuidString && Column("deletedAt") == nil)
                .filter(Column("academicYear") == record.academicYear && Column("id") != id.uuidString).fetchCount(db) > 0 {
                throw DamuError.invalid(
                    field: tr("Route sheet"),
                    message: String(format: tr("this teacher already has a route sheet for %@"), record.academicYear))
            }
            try db.execute(
                sql: "UPDATE routeSheet SET deletedAt = ?, updatedAt = ? WHERE id = ?",
                arguments: [StoredDate.value(deleted ? now : nil), StoredDate.value(now), id.uuidString])
            return db.changesCount
        }
        if changed == 0 { throw DamuError.notFound(String(format: tr("No route sheet %@."), id.uuidString)) }
    }

    /// Which weeks of the school year have a lesson analysis: the evidence of route-sheet row 1,
    /// counted from the stored analyses, so it is never out of step with them.
    public func weeklyEvidence(profileID: UUID, academicYear: AcademicYear) throws -> WeeklyEvidence {
        let dates = try read { db in
            try String.fetchAll(
                db,
                sql: "SELECT lessonDate FROM lessonAnalysis WHERE profileId = ? AND deletedAt IS NULL AND lessonDate BETWEEN ? AND ?",
                arguments: [profileID.uuidString, academicYear.firstDay.iso, academicYear.lastDay.iso])
        }
        return WeeklyEvidence(academicYear: academicYear, lessonDates: try dates.map { try LessonDate(iso: $0) })
    }
}
