import Foundation

/// The route sheets of seed 004, Tables 9–13 («Мұғалімнің кәсіби даму жолы» маршруттық парағы):
/// one sheet per qualification category, each a list of rows (activity direction, development
/// content, concrete actions) the teacher marks +, ± or − through one academic year.
public struct RouteSheetTemplate: VersionedInstrument {
    /// What in Damu can stand as evidence for a row, beyond what the teacher attaches.
    public enum EvidenceSource: String, Codable, Hashable, Sendable {
        /// "Апта сайын сабақтан кейін өз жұмысының тиімділігін бағалау": the weeks with a lesson analysis.
        case lessonAnalysesWeekly
    }

    public struct Row: Codable, Hashable, Sendable {
        public var direction: LocalizedText
        public var content: LocalizedText
        /// The concrete actions; the parts of one table cell, in the order printed.
        public var actions: [LocalizedText]
        public var evidence: EvidenceSource?
    }

    public struct Sheet: Codable, Hashable, Sendable {
        /// The table number in seed 004 (9–13).
        public var table: Int
        public var sourceLines: String
        public var title: LocalizedText
        public var level: LocalizedText
        public var stage: LocalizedText
        public var goal: LocalizedText
        public var rows: [Row]

        /// The row the weekly lesson analyses stand as evidence for, if the sheet has one.
        public var weeklyEvidenceRow: Int? { rows.firstIndex { $0.evidence == .lessonAnalysesWeekly } }
    }

    public struct Mark: Codable, Hashable, Sendable {
        public var key: String
        public var symbol: String
        public var label: LocalizedText
    }

    public struct Labels: Codable, Hashable, Sendable {
        public var stage: LocalizedText
        public var goal: LocalizedText
    }

    public struct Columns: Codable, Hashable, Sendable {
        public var direction: LocalizedText
        public var content: LocalizedText
        public var actions: LocalizedText
        public var scale: LocalizedText
    }

    public var id: String
    public var version: Int
    public var source: String
    public var corrections: [String]
    public var title: LocalizedText
    public var banner: LocalizedText
    public var validity: LocalizedText
    public var labels: Labels
    public var columns: Columns
    public var marks: [Mark]
    /// Keyed by `QualificationCategory.rawValue`.
    public var sheets: [String: Sheet]

    public static let identifier = "route-sheets"

    /// Rows per sheet in the seed; a file that differs is refused.
    public static let rowCounts: [QualificationCategory: Int] = [
        .pedagogue: 8, .moderator: 7, .expert: 10, .researcher: 12, .master: 11,
    ]

    /// Table numbers in the seed (the master's sheet is printed "12-кесте" but is Table 13).
    public static let tableNumbers: [QualificationCategory: Int] = [
        .pedagogue: 9, .moderator: 10, .expert: 11, .researcher: 12, .master: 13,
    ]

    /// The sheet of `category`; every category has one once the template passed its shape check.
    public func sheet(for category: QualificationCategory) -> Sheet {
        guard let sheet = sheets[category.rawValue] else {
            preconditionFailure("route-sheet template without a \(category.rawValue) sheet passed its shape check")
        }
        return sheet
    }

    /// The label of a mark in `language` ("Қол жеткізді/жетті"); empty for no mark.
    public func label(of mark: RouteMark, in language: String) -> String {
        marks.first { $0.symbol == mark.rawValue }?.label.text(in: language) ?? ""
    }

    public func checkShape(origin: String) throws {
        let unknown = Set(sheets.keys).subtracting(QualificationCategory.allCases.map(\.rawValue))
        if let key = unknown.sorted().first {
            throw DamuError.template(String(format: tr("%@: “%@” is not a qualification category"), origin, key))
        }
        for category in QualificationCategory.allCases {
            guard let sheet = sheets[category.rawValue] else {
                throw DamuError.template(String(format: tr("%@: the route sheet of “%@” is missing"), origin, category.rawValue))
            }
            let what = String(format: tr("route sheet “%@”"), category.rawValue)
            try ShapeCheck.count(sheet.rows.count, Self.rowCounts[category]!, what + ": " + tr("rows"), origin: origin)
            try ShapeCheck.count(sheet.table, Self.tableNumbers[category]!, what + ": " + tr("table number"), origin: origin)
            try ShapeCheck.kazakh([sheet.title, sheet.level, sheet.stage, sheet.goal], what, origin: origin)
            for (index, row) in sheet.rows.enumerated() {
                let rowWhat = what + " " + String(format: tr("row %ld"), index + 1)
                try ShapeCheck.nonEmpty(row.actions.count, rowWhat + ": " + tr("concrete actions"), origin: origin)
                try ShapeCheck.kazakh([row.direction, row.content] + row.actions, rowWhat, origin: origin)
            }
            // Row 1 of every sheet is the weekly self-evaluation after lessons; Damu fills its evidence.
            guard sheet.weeklyEvidenceRow == 0, sheet.rows.filter({ $0.evidence != nil }).count == 1 else {
                throw DamuError.template(
                    String(format: tr("%@: %@: only row 1 may take the weekly lesson analyses as evidence"), origin, what))
            }
        }
        let symbols = marks.map(\.symbol)
        guard symbols == RouteMark.scale.map(\.rawValue) else {
            throw DamuError.template(
                String(format: tr("%@: the scale is %@, expected + ± −"), origin, symbols.joined(separator: " ")))
        }
    }
}
