import Foundation

extension Array where Element == ReflectionCard {
    /// The confidence scale of the weekly cards over the weeks, by each week's first day; drafts
    /// count too (the score is what the teacher felt that week), unscored cards are left out.
    public var confidenceTrend: TrendSeries {
        TrendSeries(points: filter { $0.kind == .weekly }
            .compactMap { card -> TrendSeries.Point? in
                guard let score = card.score, let week = card.academicWeek else { return nil }
                return TrendSeries.Point(date: week.firstDay, value: Double(score))
            }
            .sorted { $0.date < $1.date })
    }
}
