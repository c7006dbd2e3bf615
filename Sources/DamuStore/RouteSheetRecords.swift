import DamuCore
import Foundation
import GRDB

/// A route-sheet row of the `routeSheet` table: the sheet's year, category and template; its rows,
/// marks and wheel live in their own tables.
struct RouteSheetRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "routeSheet"
    var id: UUID
    var profileId: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var academicYear: String
    var category: String
    var templateId: String
    var templateVersion: Int
    var language: String

    init(_ sheet: RouteSheet) {
        id = sheet.id
        profileId = sheet.profileID
        createdAt = sheet.createdAt
        updatedAt = sheet.updatedAt
        deletedAt = nil
        academicYear = sheet.academicYear.description
        category = sheet.category.rawValue
        templateId = sheet.templateID
        templateVersion = sheet.templateVersion
        language = sheet.language
    }
}

/// One row of a sheet: the template's (by `templateIndex`) or the teacher's own.
struct RouteSheetRowRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "routeSheetRow"
    var id: UUID
    var routeSheetId: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var position: Int
    var templateIndex: Int?
    var direction: String
    var content: String
    /// JSON array: the teacher's added actions under a template row, all actions of an own row.
    var actions: String
    var carriedFrom: String?

    static func encode(_ actions: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(actions)) ?? Data("[]".utf8), as: UTF8.self)
    }

    func decodedActions() throws -> [String] {
        do { return try JSONDecoder().decode([String].self, from: Data(actions.utf8)) } catch {
            throw DamuError.storage(String(format: tr("The saved route-sheet row %@ is damaged."), id.uuidString))
        }
    }
}

/// One mark given to a row; never updated, only added.
struct RouteMarkRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "routeMark"
    var id: UUID
    var rowId: UUID
    var sequence: Int
    var createdAt: Date
    var mark: String
    var date: String
    var evidenceKind: String?
    var evidenceValue: String?

    init(_ entry: RowMark, rowId: UUID, sequence: Int, now: Date) {
        id = UUID()
        self.rowId = rowId
        self.sequence = sequence
        createdAt = now
        mark = entry.mark.rawValue
        date = entry.date.iso
        evidenceKind = entry.evidence?.kind.rawValue
        evidenceValue = entry.evidence?.value
    }

    func rowMark() throws -> RowMark {
        guard let mark = RouteMark(rawValue: mark) else {
            throw DamuError.storage(String(format: tr("The saved mark %@ is damaged."), id.uuidString))
        }
        var evidence: MarkEvidence?
        if let evidenceKind, let evidenceValue {
            guard let kind = MarkEvidence.Kind(rawValue: evidenceKind) else {
                throw DamuError.storage(String(format: tr("The saved mark %@ is damaged."), id.uuidString))
            }
            evidence = MarkEvidence(kind: kind, value: evidenceValue)
        }
        return RowMark(mark: mark, date: try LessonDate(iso: date), evidence: evidence)
    }
}

/// One sector of a sheet's development wheel with its three scorings.
struct DevelopmentWheelSectorRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "developmentWheelSector"
    var routeSheetId: UUID
    var position: Int
    var name: String
    var start: Int?
    var middle: Int?
    var end: Int?
}
