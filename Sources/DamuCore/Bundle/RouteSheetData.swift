import Foundation

/// A route sheet as a bundle carries it: the year and category, every row's whole mark history,
/// the teacher's own rows and actions, and the teacher development wheel of the year. The
/// template's rows travel by position; their texts are in the template snapshot the record names.
public struct RouteSheetData: Codable, Hashable, Sendable {
    /// One mark of a row's history.
    public struct Mark: Codable, Hashable, Sendable {
        public var mark: RouteMark
        public var date: LessonDate
        public var evidence: MarkEvidence?

        enum CodingKeys: String, CodingKey { case mark, date, evidence }

        init(_ entry: RowMark) {
            mark = entry.mark
            date = entry.date
            evidence = entry.evidence
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            mark = try container.decodeRouteMark(forKey: .mark)
            date = try container.decodeDay(forKey: .date)
            evidence = try container.decodeIfPresent(MarkEvidence.self, forKey: .evidence)
        }

        var rowMark: RowMark { RowMark(mark: mark, date: date, evidence: evidence) }
    }

    public struct TemplateRow: Codable, Hashable, Sendable {
        /// Position in the template's sheet of the category, from 0.
        public var index: Int
        public var addedActions: [String]
        public var marks: [Mark]
    }

    public struct OwnRow: Codable, Hashable, Sendable {
        public var id: UUID
        public var direction: String
        public var content: String
        public var actions: [String]
        public var marks: [Mark]
        public var carriedFrom: AcademicYear?

        enum CodingKeys: String, CodingKey { case id, direction, content, actions, marks, carriedFrom }

        init(_ row: RouteSheet.OwnRow) {
            id = row.id
            direction = row.direction
            content = row.content
            actions = row.actions
            marks = row.marks.entries.map(Mark.init)
            carriedFrom = row.carriedFrom
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(UUID.self, forKey: .id)
            direction = try container.decode(String.self, forKey: .direction)
            content = try container.decode(String.self, forKey: .content)
            actions = try container.decode([String].self, forKey: .actions)
            marks = try container.decode([Mark].self, forKey: .marks)
            carriedFrom = try container.decodeAcademicYearIfPresent(forKey: .carriedFrom)
        }
    }

    public var academicYear: AcademicYear
    public var category: QualificationCategory
    public var templateRows: [TemplateRow]
    public var ownRows: [OwnRow]
    public var wheel: DevelopmentWheel

    enum CodingKeys: String, CodingKey { case academicYear, category, templateRows, ownRows, wheel }

    public init(_ sheet: RouteSheet) {
        academicYear = sheet.academicYear
        category = sheet.category
        templateRows = sheet.templateRows.map {
            TemplateRow(index: $0.index, addedActions: $0.addedActions, marks: $0.marks.entries.map(Mark.init))
        }
        ownRows = sheet.ownRows.map(OwnRow.init)
        wheel = sheet.wheel
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        academicYear = try container.decodeAcademicYear(forKey: .academicYear)
        category = try container.decode(QualificationCategory.self, forKey: .category)
        templateRows = try container.decode([TemplateRow].self, forKey: .templateRows)
        ownRows = try container.decode([OwnRow].self, forKey: .ownRows)
        wheel = try container.decode(DevelopmentWheel.self, forKey: .wheel)
    }

    func sheet(envelope: BundleRecord, profileID: UUID) -> RouteSheet {
        RouteSheet(
            id: envelope.id, profileID: profileID, createdAt: envelope.createdAt, updatedAt: envelope.updatedAt,
            academicYear: academicYear, category: category, templateID: envelope.template.id,
            templateVersion: envelope.template.version, language: envelope.language,
            templateRows: templateRows.map {
                RouteSheet.TemplateRow(index: $0.index, addedActions: $0.addedActions, marks: MarkHistory($0.marks.map(\.rowMark)))
            },
            ownRows: ownRows.map {
                RouteSheet.OwnRow(
                    id: $0.id, direction: $0.direction, content: $0.content, actions: $0.actions,
                    marks: MarkHistory($0.marks.map(\.rowMark)), carriedFrom: $0.carriedFrom)
            },
            wheel: wheel)
    }
}
