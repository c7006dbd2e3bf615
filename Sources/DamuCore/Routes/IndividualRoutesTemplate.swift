/// The two individual routes of seed 004, Case 3: Table 17, the individual professional development
/// route (four questions: goals, actions, self-help, indicators; the school director's example
/// given as suggestions) and Table 18, the teacher's individual educational route for a year
/// (header fields and eight blocks of forms of work, each with an expected result and a product).
public struct IndividualRoutesTemplate: VersionedInstrument {
    public struct Suggestion: Codable, Hashable, Sendable {
        public var text: LocalizedText
        public var target: YearlyTarget?
    }

    public struct Quadrant: Codable, Hashable, Sendable {
        public var key: ProfessionalDevelopmentRoute.Quadrant
        public var title: LocalizedText
        public var suggestions: [Suggestion]
    }

    public struct ProfessionalRoute: Codable, Hashable, Sendable {
        public var table: Int
        public var sourceLines: String
        public var title: LocalizedText
        public var name: LocalizedText
        public var topicLabel: LocalizedText
        public var topicExample: LocalizedText
        public var periodLabel: LocalizedText
        public var periodExample: LocalizedText
        /// Goals, actions, self-help, indicators: the order of the printed four-square form.
        public var quadrants: [Quadrant]

        public func quadrant(_ key: ProfessionalDevelopmentRoute.Quadrant) -> Quadrant {
            quadrants.first { $0.key == key }!
        }
    }

    public struct HeaderField: Codable, Hashable, Sendable {
        public var key: EducationalRoute.HeaderField
        public var label: LocalizedText
    }

    public struct Columns: Codable, Hashable, Sendable {
        public var form: LocalizedText
        public var expectedResult: LocalizedText
        public var product: LocalizedText
    }

    public struct Block: Codable, Hashable, Sendable {
        public var title: LocalizedText
        public var rows: [LocalizedText]
    }

    public struct EducationalRouteTemplate: Codable, Hashable, Sendable {
        public var table: Int
        public var sourceLines: String
        /// As printed, with the example's year (`exampleAcademicYear`); see `title(for:in:)`.
        public var title: LocalizedText
        public var exampleAcademicYear: AcademicYear
        public var headerFields: [HeaderField]
        public var columns: Columns
        public var blocks: [Block]

        /// The title with the route's own school year in place of the example's.
        public func title(for year: AcademicYear, in language: String) -> String {
            title.text(in: language).replacingOccurrences(of: exampleAcademicYear.slashed, with: year.slashed)
        }
    }

    public var id: String
    public var version: Int
    public var source: String
    public var corrections: [String]
    public var professionalDevelopmentRoute: ProfessionalRoute
    public var educationalRoute: EducationalRouteTemplate

    public static let identifier = "individual-routes"

    /// Items per quadrant of Table 17 once its placeholder indicator is dropped.
    public static let quadrantCounts: [ProfessionalDevelopmentRoute.Quadrant: Int] = [
        .goals: 5, .actions: 4, .selfHelp: 7, .indicators: 11,
    ]
    /// Rows per block of Table 18.
    public static let blockRowCounts = [5, 5, 7, 4, 5, 2, 2, 2]

    public func checkShape(origin: String) throws {
        let route = professionalDevelopmentRoute
        try ShapeCheck.count(route.table, 17, tr("professional development route: table number"), origin: origin)
        guard route.quadrants.map(\.key) == ProfessionalDevelopmentRoute.Quadrant.allCases else {
            throw DamuError.template(
                String(format: tr("%@: the route's quadrants must be goals, actions, self-help and indicators, in that order"), origin))
        }
        for quadrant in route.quadrants {
            let what = String(format: tr("quadrant “%@”"), quadrant.key.rawValue)
            try ShapeCheck.count(quadrant.suggestions.count, Self.quadrantCounts[quadrant.key]!, what, origin: origin)
            try ShapeCheck.kazakh([quadrant.title] + quadrant.suggestions.map(\.text), what, origin: origin)
            for suggestion in quadrant.suggestions {
                guard let target = suggestion.target else { continue }
                guard target.count >= 0, target.per == "year" else {
                    throw DamuError.template(String(format: tr("%@: %@: a target must be a yearly count of at least 0"), origin, what))
                }
            }
        }
        let educational = educationalRoute
        try ShapeCheck.count(educational.table, 18, tr("educational route: table number"), origin: origin)
        guard educational.headerFields.map(\.key) == EducationalRoute.HeaderField.allCases else {
            throw DamuError.template(String(format: tr("%@: the educational route's header fields differ from Table 18"), origin))
        }
        try ShapeCheck.count(educational.blocks.count, Self.blockRowCounts.count, tr("educational route: blocks"), origin: origin)
        for (index, block) in educational.blocks.enumerated() {
            let what = String(format: tr("educational route: block %ld"), index + 1)
            try ShapeCheck.count(block.rows.count, Self.blockRowCounts[index], what, origin: origin)
            try ShapeCheck.kazakh([block.title] + block.rows, what, origin: origin)
        }
    }
}
