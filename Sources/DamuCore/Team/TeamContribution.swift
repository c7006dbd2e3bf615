/// What one teacher gives to the team picture: numbers only. The type holds no name, no profile
/// and no written answer, so a team picture built from it cannot show whose wheel is whose or
/// what anyone wrote.
public struct TeamContribution: Hashable, Sendable {
    /// 0–10 per wheel sector, by position; nil where the teacher did not score the sector.
    public let sectorScores: [Int?]
    /// Step 3's satisfaction 0–10; nil when not given.
    public let satisfaction: Int?

    public init(sectorScores: [Int?], satisfaction: Int?) {
        self.sectorScores = sectorScores.map { $0.flatMap(Self.checked) }
        self.satisfaction = satisfaction.flatMap(Self.checked)
    }

    /// The scores of one lesson self-analysis, without anything the teacher wrote. Whatever the
    /// lesson's source (this PC's database or a teacher's imported bundle), only its scores go further.
    public init(_ analysis: LessonAnalysis) {
        self.init(sectorScores: analysis.wheel.scores, satisfaction: analysis.scaling.score)
    }

    /// A score outside 0–10 cannot come from a valid record; it is left out rather than skewing the mean.
    private static func checked(_ score: Int) -> Int? { Score.range.contains(score) ? score : nil }
}
