import Foundation

/// What the list of a teacher's lessons and the trends need of one analysis: the lesson, the
/// wheel's scores and the satisfaction score, without the answers, which are read only for the
/// lesson that is opened.
public struct LessonSummary: Identifiable, Hashable, Sendable {
    public let id: UUID
    public let lesson: LessonAnalysis.Lesson
    /// The balance wheel's scores in sector order; nil for an unscored sector.
    public let scores: [Int?]
    /// Step 3's 0–10 score.
    public let satisfaction: Int?

    public init(id: UUID, lesson: LessonAnalysis.Lesson, scores: [Int?], satisfaction: Int?) {
        self.id = id
        self.lesson = lesson
        self.scores = scores
        self.satisfaction = satisfaction
    }

    public init(_ analysis: LessonAnalysis) {
        self.init(id: analysis.id, lesson: analysis.lesson, scores: analysis.wheel.scores, satisfaction: analysis.scaling.score)
    }

    /// Mean of the scored sectors, nil when none is scored.
    public var wheelMean: Double? { BalanceWheel.mean(of: scores) }
}
