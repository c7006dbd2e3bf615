/// The qualification levels of seed 004: for each category, the Case 1 stage, goal, professional
/// skills, expected results and recommended activities, and Table 8's growth along the three
/// directions of development (practical, methodological, research). Reference texts a teacher
/// reads beside the route sheet: what the next level asks for.
public struct QualificationLevelsTemplate: VersionedInstrument {
    public enum Direction: String, CaseIterable, Codable, Sendable {
        case practical, methodological, research
    }

    public struct Growth: Codable, Hashable, Sendable {
        public var practical: [LocalizedText]
        public var methodological: [LocalizedText]
        public var research: [LocalizedText]

        public subscript(direction: Direction) -> [LocalizedText] {
            switch direction {
            case .practical: return practical
            case .methodological: return methodological
            case .research: return research
            }
        }
    }

    public struct Level: Codable, Hashable, Sendable {
        public var level: LocalizedText
        public var stage: LocalizedText
        public var goal: LocalizedText
        /// A sentence the seed adds to some levels (the stage's main direction, or what forms in it).
        public var note: LocalizedText?
        public var skills: [LocalizedText]
        public var expectedResults: [LocalizedText]
        public var recommendedActivities: [LocalizedText]
        public var growth: Growth
    }

    public struct Labels: Codable, Hashable, Sendable {
        public var goal: LocalizedText
        public var skills: LocalizedText
        public var expectedResults: LocalizedText
        public var recommendedActivities: LocalizedText
    }

    public struct GrowthTable: Codable, Hashable, Sendable {
        public var table: Int
        public var title: LocalizedText
        public var levelColumn: LocalizedText
        public var directionsHeading: LocalizedText
        public var directions: [String: LocalizedText]

        public func title(of direction: Direction) -> LocalizedText {
            directions[direction.rawValue] ?? LocalizedText([:])
        }
    }

    public var id: String
    public var version: Int
    public var source: String
    public var corrections: [String]
    public var title: LocalizedText
    public var labels: Labels
    public var growthTable: GrowthTable
    /// Keyed by `QualificationCategory.rawValue`.
    public var levels: [String: Level]

    public static let identifier = "qualification-levels"

    /// Recommended activities per level in the seed (lines 9145–9263).
    public static let activityCounts: [QualificationCategory: Int] = [
        .pedagogue: 9, .moderator: 7, .expert: 8, .researcher: 12, .master: 11,
    ]

    public func level(for category: QualificationCategory) -> Level {
        guard let level = levels[category.rawValue] else {
            preconditionFailure("qualification-levels template without \(category.rawValue) passed its shape check")
        }
        return level
    }

    public func checkShape(origin: String) throws {
        try ShapeCheck.count(growthTable.table, 8, tr("growth table number"), origin: origin)
        guard Set(growthTable.directions.keys) == Set(Direction.allCases.map(\.rawValue)) else {
            throw DamuError.template(String(format: tr("%@: the growth table must name the three directions"), origin))
        }
        guard Set(levels.keys) == Set(QualificationCategory.allCases.map(\.rawValue)) else {
            throw DamuError.template(String(format: tr("%@: expected one level per qualification category"), origin))
        }
        for category in QualificationCategory.allCases {
            let level = level(for: category)
            let what = String(format: tr("level “%@”"), category.rawValue)
            try ShapeCheck.count(
                level.recommendedActivities.count, Self.activityCounts[category]!, what + ": " + tr("recommended activities"),
                origin: origin)
            try ShapeCheck.nonEmpty(level.skills.count, what + ": " + tr("professional skills"), origin: origin)
            try ShapeCheck.nonEmpty(level.expectedResults.count, what + ": " + tr("expected results"), origin: origin)
            for direction in Direction.allCases {
                try ShapeCheck.nonEmpty(level.growth[direction].count, what + ": " + direction.rawValue, origin: origin)
            }
            let texts = [level.level, level.stage, level.goal] + level.skills + level.expectedResults
                + level.recommendedActivities + Direction.allCases.flatMap { level.growth[$0] }
            try ShapeCheck.kazakh(texts, what, origin: origin)
        }
    }
}
