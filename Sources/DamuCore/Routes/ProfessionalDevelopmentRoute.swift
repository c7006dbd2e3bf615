import Foundation

/// A teacher's individual professional development route (жеке кәсіби даму маршруты, Table 17):
/// a self-education topic, a period, and four questions answered as lists — what I want (goals),
/// how I will get there (actions), how I can help myself, and how I will know (indicators).
/// Indicators with a yearly number are counted through the year.
public struct ProfessionalDevelopmentRoute: Identifiable, Hashable, Codable, Sendable {
    public enum Quadrant: String, CaseIterable, Codable, Sendable {
        case goals, actions, selfHelp, indicators
    }

    public struct Item: Hashable, Codable, Sendable {
        public var text: String
        /// The yearly number promised ("жылына 6 мақала" → 6); nil for an item simply done or not.
        public var target: Int?
        /// What the number counts ("мақала").
        public var unit: String
        /// How many are done so far; for an item without a number, 1 means done.
        public var actual: Int

        public init(text: String, target: Int? = nil, unit: String = "", actual: Int = 0) {
            self.text = text
            self.target = target
            self.unit = unit
            self.actual = actual
        }

        /// An item typed by the teacher; a yearly number in it ("жылына 4 рет", "4 раза в год") becomes its target.
        public init(parsing text: String) {
            let parsed = YearlyTarget.parse(text)
            self.init(text: text, target: parsed?.count, unit: parsed?.unit ?? "")
        }

        /// 0–1: actual over target, capped at 1 (doing more than promised does not hide another
        /// item's shortfall in the route's mean). A target of 0 is met from the start.
        public var progress: Double {
            let goal = target ?? 1
            return goal == 0 ? 1 : min(Double(actual) / Double(goal), 1)
        }

        public var isMet: Bool { progress >= 1 }

        /// How many are still to do; nil for an item without a number.
        public var remaining: Int? { target.map { max($0 - actual, 0) } }
    }

    public static let itemLimit = 30
    public static let countLimit = 10_000

    public var id: UUID
    public var profileID: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var templateID: String
    public var templateVersion: Int
    /// The language (ISO 639-1) the route was started in, which its suggestions are in.
    public var language: String
    /// Өздігінен білім алу тақырыбы: the self-education topic.
    public var topic: String
    public var periodStart: LessonDate
    public var periodEnd: LessonDate
    public var goals: [Item]
    public var actions: [Item]
    public var selfHelp: [Item]
    public var indicators: [Item]

    /// A route over `academicYear`; with `suggestions`, the four lists start from the seed's
    /// example (the school director's), in `language`, for the teacher to keep, edit or delete.
    public init(
        id: UUID = UUID(), profileID: UUID, template: IndividualRoutesTemplate, academicYear: AcademicYear,
        language: String, suggestions: Bool = false, createdAt: Date = Date()
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.templateID = template.id
        self.templateVersion = template.version
        self.language = language
        self.topic = ""
        self.periodStart = academicYear.firstDay
        self.periodEnd = academicYear.lastDay
        (goals, actions, selfHelp, indicators) = ([], [], [], [])
        guard suggestions else { return }
        for quadrant in template.professionalDevelopmentRoute.quadrants {
            self[quadrant.key] = quadrant.suggestions.map { suggestion in
                Item(text: suggestion.text.text(in: language), target: suggestion.target?.count,
                     unit: suggestion.target?.unit.text(in: language) ?? "")
            }
        }
    }

    public subscript(quadrant: Quadrant) -> [Item] {
        get {
            switch quadrant {
            case .goals: return goals
            case .actions: return actions
            case .selfHelp: return selfHelp
            case .indicators: return indicators
            }
        }
        set {
            switch quadrant {
            case .goals: goals = newValue
            case .actions: actions = newValue
            case .selfHelp: selfHelp = newValue
            case .indicators: indicators = newValue
            }
        }
    }

    /// How far the route has come: the mean progress of its indicators ("how will I know I got
    /// there"); nil while it has none.
    public var progress: Double? {
        indicators.isEmpty ? nil : indicators.map(\.progress).reduce(0, +) / Double(indicators.count)
    }

    /// Items with a yearly number, across the four lists.
    public var countedItems: [(quadrant: Quadrant, index: Int, item: Item)] {
        Quadrant.allCases.flatMap { quadrant in
            self[quadrant].enumerated().filter { $0.element.target != nil }.map { (quadrant, $0.offset, $0.element) }
        }
    }

    /// Records how many of an item are done so far.
    public mutating func record(actual: Int, quadrant: Quadrant, item index: Int, now: Date = Date()) throws {
        let field = Self.fieldName(quadrant, index)
        guard self[quadrant].indices.contains(index) else {
            throw DamuError.notFound(String(format: tr("%@ is not on this route."), field))
        }
        try Self.checkCount(actual, field: field)
        self[quadrant][index].actual = actual
        updatedAt = now
    }

    /// The route trimmed and checked: texts present, counts from 0, the period in order.
    public func validated() throws -> ProfessionalDevelopmentRoute {
        var route = self
        route.topic = try TextRules.paragraph(topic, field: tr("Self-education topic"))
        guard periodStart <= periodEnd else {
            throw DamuError.invalid(
                field: tr("Period of the route"),
                message: String(format: tr("ends (%@) before it starts (%@)"), DateText.of(periodEnd), DateText.of(periodStart)))
        }
        for quadrant in Quadrant.allCases {
            guard self[quadrant].count <= Self.itemLimit else {
                throw DamuError.invalid(
                    field: Self.quadrantName(quadrant), message: String(format: tr("has more than %ld items"), Self.itemLimit))
            }
            for (index, item) in self[quadrant].enumerated() {
                let field = Self.fieldName(quadrant, index)
                let text = try TextRules.paragraph(item.text, field: field)
                guard !text.isEmpty else { throw DamuError.invalid(field: field, message: tr("must not be empty")) }
                route[quadrant][index].text = text
                route[quadrant][index].unit = try TextRules.line(item.unit, field: field)
                if let target = item.target { try Self.checkCount(target, field: field) }
                try Self.checkCount(item.actual, field: field)
            }
        }
        return route
    }

    private static func checkCount(_ count: Int, field: String) throws {
        guard (0...countLimit).contains(count) else {
            throw DamuError.invalid(field: field, message: String(format: tr("%ld is not a count from 0 to %ld"), count, countLimit))
        }
    }

    static func quadrantName(_ quadrant: Quadrant) -> String {
        switch quadrant {
        case .goals: return tr("Goals")
        case .actions: return tr("Actions")
        case .selfHelp: return tr("Self-help")
        case .indicators: return tr("Indicators")
        }
    }

    static func fieldName(_ quadrant: Quadrant, _ index: Int) -> String {
        String(format: tr("%@, item %ld"), quadrantName(quadrant), index + 1)
    }
}
