/// How far a team has come along its route sheets, by activity direction: for each direction of the
/// template, how many of the chosen teachers' rows are marked +, ±, − or not at all. Only the
/// template's rows count, named in the template's words; a teacher's own rows are their own words
/// and stay out of the team picture.
public struct TeamRouteCompletion: Hashable, Sendable {
    public struct Direction: Hashable, Sendable {
        public let name: String
        public let progress: RouteSheetProgress
    }

    /// How many route sheets went in (one per teacher who has one for the year).
    public let sheetCount: Int
    /// In the order the directions first appear in the sheets' templates.
    public let directions: [Direction]

    public init(_ sheets: [RouteSheet], template: RouteSheetTemplate, language: String) {
        sheetCount = sheets.count
        var order: [String] = []
        var marks: [String: [RouteMark]] = [:]
        for sheet in sheets {
            let rows = template.sheet(for: sheet.category).rows
            for row in sheet.templateRows where rows.indices.contains(row.index) {
                let name = rows[row.index].direction.text(in: language)
                if marks[name] == nil { order.append(name) }
                marks[name, default: []].append(row.marks.current)
            }
        }
        directions = order.map { Direction(name: $0, progress: RouteSheetProgress(marks: marks[$0] ?? [])) }
    }

    public var isEmpty: Bool { directions.isEmpty }

    /// Every direction together.
    public var overall: RouteSheetProgress {
        RouteSheetProgress(marks: directions.flatMap { direction in
            Array(repeating: RouteMark.achieved, count: direction.progress.achieved)
                + Array(repeating: .partial, count: direction.progress.partial)
                + Array(repeating: .notAchieved, count: direction.progress.notAchieved)
                + Array(repeating: .none, count: direction.progress.unmarked)
        })
    }
}
