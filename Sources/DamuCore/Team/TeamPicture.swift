/// The anonymous picture of a group of teachers: per wheel sector the mean and the spread, how many
/// teachers, and how the satisfaction scores are distributed. Built from `TeamContribution`s only,
/// so it holds numbers and nothing that names a teacher or quotes an answer.
public struct TeamPicture: Hashable, Sendable {
    /// How many teachers contributed, whether or not they scored everything.
    public let teacherCount: Int
    /// One per sector, by position; nil where no teacher scored the sector.
    public let sectors: [ScoreSpread?]
    public let satisfaction: ScoreSpread?
    /// How many teachers gave each satisfaction score: index 0 is the count of 0s, index 10 of 10s.
    public let satisfactionCounts: [Int]

    public init(_ contributions: [TeamContribution], sectorCount: Int = BalanceWheel.sectorCount) {
        teacherCount = contributions.count
        sectors = (0..<sectorCount).map { sector in
            ScoreSpread(contributions.compactMap { $0.sectorScores.indices.contains(sector) ? $0.sectorScores[sector] : nil })
        }
        let given = contributions.compactMap(\.satisfaction)
        satisfaction = ScoreSpread(given)
        satisfactionCounts = Score.range.map { value in given.filter { $0 == value }.count }
    }

    public var isEmpty: Bool { teacherCount == 0 }

    /// Per sector the team's mean, for drawing the polygon; nil where nobody scored.
    public var means: [Double?] { sectors.map { $0?.mean } }

    /// Teachers who gave a satisfaction score.
    public var satisfactionCount: Int { satisfactionCounts.reduce(0, +) }
}
