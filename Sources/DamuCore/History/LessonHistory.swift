/// A teacher's lesson analyses in the order the lessons were taught, and what can be read from them.
public struct LessonHistory: Sendable {
    /// Oldest lesson first; lessons on one day in the order they were written.
    public let analyses: [LessonAnalysis]

    public init(_ analyses: [LessonAnalysis]) {
        self.analyses = analyses.sorted {
            ($0.lesson.date, $0.createdAt) < ($1.lesson.date, $1.createdAt)
        }
    }

    public var isEmpty: Bool { analyses.isEmpty }
    public var latest: LessonAnalysis? { analyses.last }

    /// The analysis written for the lesson before `analysis`'s.
    public func previous(to analysis: LessonAnalysis) -> LessonAnalysis? {
        guard let index = analyses.firstIndex(where: { $0.id == analysis.id }) else { return analyses.last }
        return index > 0 ? analyses[index - 1] : nil
    }

    /// The most recent analysis with a written growth point: what a new analysis asks about.
    public var lastGrowthPoint: LessonAnalysis? {
        analyses.last { !$0.growthPoint.written.isEmpty }
    }

    /// Scores of one wheel sector (by position) over time; unscored lessons are left out. The
    /// trends are the overview's, so the lesson list and a year's summary draw the same lines.
    public func sectorTrend(_ sector: Int) -> TrendSeries { LessonOverview(self).sectorTrend(sector) }

    /// Step 3's satisfaction score over time.
    public var scalingTrend: TrendSeries { LessonOverview(self).scalingTrend }

    /// Mean of the scored sectors of each wheel over time.
    public var wheelMeanTrend: TrendSeries { LessonOverview(self).wheelMeanTrend }

    /// Analyses of one academic year (September–August), by the year it starts in.
    public func academicYear(startingIn year: Int) -> LessonHistory {
        LessonHistory(analyses.filter { $0.lesson.date.academicYearStart == year })
    }
}

/// Values over lesson dates, oldest first.
public struct TrendSeries: Hashable, Sendable {
    public struct Point: Hashable, Sendable {
        public var date: LessonDate
        public var value: Double

        public init(date: LessonDate, value: Double) {
            self.date = date
            self.value = value
        }
    }

    public var points: [Point]

    public init(points: [Point]) { self.points = points }

    public var first: Double? { points.first?.value }
    public var last: Double? { points.last?.value }
    /// Change from the first to the last point.
    public var change: Double? {
        guard let first, let last, points.count > 1 else { return nil }
        return last - first
    }
}
