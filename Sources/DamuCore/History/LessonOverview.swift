import Foundation

/// A teacher's lessons as the lesson list and the trends show them, in the order they were
/// taught (lessons on one day in the order they were written), each as a summary.
public struct LessonOverview: Sendable {
    /// Oldest lesson first.
    public let lessons: [LessonSummary]

    /// `lessons` must already be in teaching order, as the store and LessonHistory give them.
    public init(_ lessons: [LessonSummary]) {
        self.lessons = lessons
    }

    public init(_ history: LessonHistory) {
        self.init(history.analyses.map(LessonSummary.init))
    }

    public var isEmpty: Bool { lessons.isEmpty }
    public var latest: LessonSummary? { lessons.last }

    /// The lesson before the one with `id`; the latest when `id` is not among them.
    public func previous(to id: UUID) -> LessonSummary? {
        guard let index = lessons.firstIndex(where: { $0.id == id }) else { return lessons.last }
        return index > 0 ? lessons[index - 1] : nil
    }

    /// Scores of one wheel sector (by position) over time; unscored lessons are left out.
    public func sectorTrend(_ sector: Int) -> TrendSeries {
        TrendSeries(points: lessons.compactMap { lesson in
            guard lesson.scores.indices.contains(sector), let score = lesson.scores[sector] else { return nil }
            return TrendSeries.Point(date: lesson.lesson.date, value: Double(score))
        })
    }

    /// Step 3's satisfaction score over time.
    public var scalingTrend: TrendSeries {
        TrendSeries(points: lessons.compactMap { lesson in
            lesson.satisfaction.map { TrendSeries.Point(date: lesson.lesson.date, value: Double($0)) }
        })
    }

    /// Mean of the scored sectors of each wheel over time.
    public var wheelMeanTrend: TrendSeries {
        TrendSeries(points: lessons.compactMap { lesson in
            lesson.wheelMean.map { TrendSeries.Point(date: lesson.lesson.date, value: $0) }
        })
    }
}
