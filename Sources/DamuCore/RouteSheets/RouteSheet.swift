import Foundation

/// A teacher's route sheet for one school year: the rows of their category's sheet (Tables 9–13),
/// each with the marks given through the year, plus the rows and actions the teacher added.
/// The template's rows are referred to by position and never copied, so the sheet stays small
/// and its texts come from the template version it names.
public struct RouteSheet: Identifiable, Hashable, Codable, Sendable {
    /// A row of the sheet: one of the template's (by position) or one the teacher added.
    public enum RowID: Hashable, Sendable {
        case template(Int)
        case own(UUID)
    }

    public struct TemplateRow: Hashable, Codable, Sendable {
        /// Position in the template's sheet, from 0.
        public let index: Int
        /// Concrete actions the teacher added under this row, kept apart from the template's.
        public var addedActions: [String]
        public var marks: MarkHistory

        public init(index: Int, addedActions: [String] = [], marks: MarkHistory = MarkHistory()) {
            self.index = index
            self.addedActions = addedActions
            self.marks = marks
        }

        private enum CodingKeys: String, CodingKey { case index, addedActions, marks }

        // Decoded by hand so that a bad mark in a bundle is reported with the row it sits in.
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            index = try container.decode(Int.self, forKey: .index)
            addedActions = try container.decodeIfPresent([String].self, forKey: .addedActions) ?? []
            do { marks = try container.decode(MarkHistory.self, forKey: .marks) } catch let DamuError.invalid(_, message) {
                throw DamuError.invalid(field: RouteSheet.templateRowName(index), message: message)
            }
        }
    }

    public struct OwnRow: Identifiable, Hashable, Codable, Sendable {
        public let id: UUID
        public var direction: String
        public var content: String
        public var actions: [String]
        public var marks: MarkHistory
        /// The school year the row was left open in and carried over from, if it was.
        public var carriedFrom: AcademicYear?

        public init(
            id: UUID = UUID(), direction: String, content: String = "", actions: [String] = [],
            marks: MarkHistory = MarkHistory(), carriedFrom: AcademicYear? = nil
        ) {
            self.id = id
            self.direction = direction
            self.content = content
            self.actions = actions
            self.marks = marks
            self.carriedFrom = carriedFrom
        }

        private enum CodingKeys: String, CodingKey { case id, direction, content, actions, marks, carriedFrom }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(UUID.self, forKey: .id)
            direction = try container.decode(String.self, forKey: .direction)
            content = try container.decodeIfPresent(String.self, forKey: .content) ?? ""
            actions = try container.decodeIfPresent([String].self, forKey: .actions) ?? []
            carriedFrom = try container.decodeIfPresent(AcademicYear.self, forKey: .carriedFrom)
            do { marks = try container.decode(MarkHistory.self, forKey: .marks) } catch let DamuError.invalid(_, message) {
                throw DamuError.invalid(field: RouteSheet.ownRowName(direction), message: message)
            }
        }
    }

    /// Bounds that keep one runaway paste from bloating a sheet or its export.
    public static let ownRowLimit = 30
    /// Actions a teacher may add under one template row.
    public static let addedActionLimit = 10
    /// Actions of an own row: room for a carried-over template row's actions plus the added ones.
    public static let ownActionLimit = 15
    public static let markLimit = 100

    public var id: UUID
    public var profileID: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var academicYear: AcademicYear
    public var category: QualificationCategory
    public var templateID: String
    public var templateVersion: Int
    /// The language (ISO 639-1) the sheet was started in: its wheel's sector names and, as a rule,
    /// the teacher's own rows and evidence are in it.
    public var language: String
    public var templateRows: [TemplateRow]
    public var ownRows: [OwnRow]
    /// The teacher development wheel of this year, scored at its start, middle and end.
    public var wheel: DevelopmentWheel

    /// A blank sheet of `category` for `academicYear`; the wheel's sectors are the sheet's
    /// directions in `language`.
    public init(
        id: UUID = UUID(), profileID: UUID, academicYear: AcademicYear, category: QualificationCategory,
        template: RouteSheetTemplate, language: String, createdAt: Date = Date()
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.academicYear = academicYear
        self.category = category
        self.templateID = template.id
        self.templateVersion = template.version
        self.language = language
        self.templateRows = template.sheet(for: category).rows.indices.map { TemplateRow(index: $0) }
        self.ownRows = []
        self.wheel = DevelopmentWheel(template: template, category: category, language: language)
    }

    /// Template rows first, in the template's order, then the teacher's own rows.
    public var rowIDs: [RowID] {
        templateRows.map { .template($0.index) } + ownRows.map { .own($0.id) }
    }

    public func marks(of row: RowID) -> MarkHistory? {
        switch row {
        case let .template(index): return templateRows.first { $0.index == index }?.marks
        case let .own(id): return ownRows.first { $0.id == id }?.marks
        }
    }

    public func currentMark(of row: RowID) -> RouteMark { marks(of: row)?.current ?? .none }

    /// Rows not yet achieved (marked ±, − or not at all): what is left of the year.
    public var openRows: [RowID] { rowIDs.filter { currentMark(of: $0) != .achieved } }

    public var progress: RouteSheetProgress {
        RouteSheetProgress(marks: rowIDs.map { currentMark(of: $0) })
    }

    /// How a message names a row: "Row 3", or an own row by its direction.
    public func rowName(_ row: RowID) -> String {
        switch row {
        case let .template(index): return Self.templateRowName(index)
        case let .own(id): return Self.ownRowName(ownRows.first { $0.id == id }?.direction ?? id.uuidString)
        }
    }

    static func templateRowName(_ index: Int) -> String { String(format: tr("Row %ld"), index + 1) }
    static func ownRowName(_ direction: String) -> String { String(format: tr("Own row “%@”"), direction) }

    /// Adds a mark to a row's history; the latest by date becomes the row's mark.
    public mutating func mark(
        _ row: RowID, _ mark: RouteMark, on date: LessonDate, evidence: MarkEvidence? = nil, now: Date = Date()
    ) throws {
        let name = rowName(row)
        guard marks(of: row) != nil else { throw DamuError.notFound(String(format: tr("%@ is not on this route sheet."), name)) }
        let entry = try Self.checked(RowMark(mark: mark, date: date, evidence: evidence), in: academicYear, row: name)
        guard (marks(of: row)?.entries.count ?? 0) < Self.markLimit else {
            throw DamuError.invalid(field: name, message: String(format: tr("has %ld marks already; no more fit"), Self.markLimit))
        }
        switch row {
        case let .template(index): templateRows[templateRows.firstIndex { $0.index == index }!].marks.append(entry)
        case let .own(id): ownRows[ownRows.firstIndex { $0.id == id }!].marks.append(entry)
        }
        updatedAt = now
    }

    /// Marks a row with what the teacher typed: "+", "±" (or "+-"), "−" (or "-"), or nothing.
    public mutating func mark(
        _ row: RowID, symbol: String, on date: LessonDate, evidence: MarkEvidence? = nil, now: Date = Date()
    ) throws {
        try mark(row, try RouteMark.parse(symbol, row: rowName(row)), on: date, evidence: evidence, now: now)
    }

    /// Adds a concrete action of the teacher's own under a row.
    public mutating func addAction(_ text: String, to row: RowID, now: Date = Date()) throws {
        let name = rowName(row)
        // The action is what may be empty or too long, not the row it goes under.
        let action = try TextRules.line(text, field: String(format: tr("%@, new action"), name), required: true)
        switch row {
        case let .template(index):
            guard let position = templateRows.firstIndex(where: { $0.index == index }) else {
                throw DamuError.notFound(String(format: tr("%@ is not on this route sheet."), name))
            }
            try Self.checkActionCount(templateRows[position].addedActions.count + 1, limit: Self.addedActionLimit, row: name)
            templateRows[position].addedActions.append(action)
        case let .own(id):
            guard let position = ownRows.firstIndex(where: { $0.id == id }) else {
                throw DamuError.notFound(String(format: tr("%@ is not on this route sheet."), name))
            }
            try Self.checkActionCount(ownRows[position].actions.count + 1, limit: Self.ownActionLimit, row: name)
            ownRows[position].actions.append(action)
        }
        updatedAt = now
    }

    /// Adds a row of the teacher's own after the template's.
    @discardableResult
    public mutating func addOwnRow(
        direction: String, content: String = "", actions: [String] = [], id: UUID = UUID(), now: Date = Date()
    ) throws -> RowID {
        guard ownRows.count < Self.ownRowLimit else {
            throw DamuError.invalid(
                field: tr("Route sheet"), message: String(format: tr("has %ld rows of your own already; no more fit"), Self.ownRowLimit))
        }
        let row = try Self.checked(OwnRow(id: id, direction: direction, content: content, actions: actions), in: academicYear)
        ownRows.append(row)
        updatedAt = now
        return .own(row.id)
    }

    /// Removes a row the teacher added; the template's rows stay, as the category requires them.
    public mutating func removeOwnRow(_ id: UUID, now: Date = Date()) {
        ownRows.removeAll { $0.id == id }
        updatedAt = now
    }

    /// The sheet trimmed and checked against the template it names.
    public func validated(template: RouteSheetTemplate) throws -> RouteSheet {
        guard template.id == templateID, template.version == templateVersion else {
            throw DamuError.invalid(
                field: tr("Route sheet"),
                message: String(format: tr("was filled against %@ version %ld, not %@ version %ld"),
                                templateID, templateVersion, template.id, template.version))
        }
        let expected = template.sheet(for: category).rows.count
        guard templateRows.map(\.index) == Array(0..<expected) else {
            throw DamuError.invalid(
                field: tr("Route sheet"),
                message: String(format: tr("must hold the %ld rows of its category's sheet in order"), expected))
        }
        guard ownRows.count <= Self.ownRowLimit else {
            throw DamuError.invalid(
                field: tr("Route sheet"), message: String(format: tr("has more than %ld rows of your own"), Self.ownRowLimit))
        }
        var sheet = self
        for position in templateRows.indices {
            let row = templateRows[position]
            let name = Self.templateRowName(row.index)
            try Self.checkActionCount(row.addedActions.count, limit: Self.addedActionLimit, row: name)
            sheet.templateRows[position].addedActions = try row.addedActions.map {
                try TextRules.line($0, field: name, required: true)
            }
            sheet.templateRows[position].marks = try Self.checked(row.marks, in: academicYear, row: name)
        }
        sheet.ownRows = try ownRows.map { try Self.checked($0, in: academicYear) }
        sheet.wheel = try wheel.validated()
        return sheet
    }

    private static func checkActionCount(_ count: Int, limit: Int, row: String) throws {
        guard count <= limit else {
            throw DamuError.invalid(field: row, message: String(format: tr("at most %ld actions of your own fit in a row"), limit))
        }
    }

    private static func checked(_ row: OwnRow, in year: AcademicYear) throws -> OwnRow {
        var result = row
        let name = ownRowName(row.direction)
        result.direction = try TextRules.line(row.direction, field: tr("Own row"), required: true)
        result.content = try TextRules.line(row.content, field: name)
        try checkActionCount(row.actions.count, limit: ownActionLimit, row: name)
        result.actions = try row.actions.map { try TextRules.line($0, field: name, required: true) }
        result.marks = try checked(row.marks, in: year, row: name)
        return result
    }

    private static func checked(_ history: MarkHistory, in year: AcademicYear, row: String) throws -> MarkHistory {
        guard history.entries.count <= markLimit else {
            throw DamuError.invalid(field: row, message: String(format: tr("has more than %ld marks"), markLimit))
        }
        return MarkHistory(try history.entries.map { try checked($0, in: year, row: row) })
    }

    private static func checked(_ entry: RowMark, in year: AcademicYear, row: String) throws -> RowMark {
        guard year.contains(entry.date) else {
            throw DamuError.invalid(
                field: row,
                message: String(format: tr("the mark's date %@ is outside the school year %@"), DateText.of(entry.date), year.description))
        }
        var result = entry
        result.evidence = try entry.evidence?.validated(field: row)
        return result
    }
}
