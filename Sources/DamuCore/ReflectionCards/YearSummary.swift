import Foundation

/// What the stored lesson analyses say about one academic year, shown beside the annual card and
/// printed on it: how many lessons were analysed, the average wheel and how it moved from the first
/// term to the last, the satisfaction (scaling) trend, and how often a growth point was tried.
public struct YearSummary: Hashable, Sendable {
    public var academicYear: AcademicYear
    public var analysisCount: Int
    /// Mean of every scored sector of every wheel of the year.
    public var averageWheel: Double?
    /// Mean of each sector (by position) over the year; nil where never scored.
    public var averageSectors: [Double?]
    /// Average wheel of the first term with analyses, and of the last one.
    public var firstTerm: TermAverage?
    public var lastTerm: TermAverage?
    /// Step 3's satisfaction over the year.
    public var scalingTrend: TrendSeries
    /// Follow-ups that answered "tried" or "partly" about the previous growth point, of those answered.
    public var growthPointsTried: Int
    public var growthPointsAnswered: Int
    /// The last analysis's wheel, with the year's sector names: what the printed card draws.
    public var latestWheel: BalanceWheel?
    /// The year's route sheet, when the teacher keeps one: its rows marked +, ±, − and not at all.
    public var routeSheet: RouteSheetProgress?

    public struct TermAverage: Hashable, Sendable {
        public var term: Int
        public var average: Double

        public init(term: Int, average: Double) {
            self.term = term
            self.average = average
        }
    }

    /// Change of the average wheel from the first to the last term; nil with fewer than two terms.
    public var termChange: Double? {
        guard let firstTerm, let lastTerm, firstTerm.term != lastTerm.term else { return nil }
        return lastTerm.average - firstTerm.average
    }

    public init(history: LessonHistory, academicYear: AcademicYear) {
        let year = history.academicYear(startingIn: academicYear.startYear)
        self.academicYear = academicYear
        analysisCount = year.analyses.count
        let scores = year.analyses.flatMap { $0.wheel.sectors.compactMap(\.score) }
        averageWheel = scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count)
        averageSectors = (0..<BalanceWheel.sectorCount).map { sector in
            let values = year.sectorTrend(sector).points.map(\.value)
            return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
        }
        let terms = SchoolTerms(academicYear)
        let byTerm = Dictionary(grouping: year.analyses) { terms.number(of: $0.lesson.date) }
        let termAverages: [TermAverage] = byTerm.keys.sorted().compactMap { term in
            let values = byTerm[term, default: []].flatMap { $0.wheel.sectors.compactMap(\.score) }
            guard !values.isEmpty else { return nil }
            return TermAverage(term: term, average: Double(values.reduce(0, +)) / Double(values.count))
        }
        firstTerm = termAverages.first
        lastTerm = termAverages.last
        scalingTrend = year.scalingTrend
        let outcomes = year.analyses.compactMap { $0.followUp?.outcome }
        growthPointsAnswered = outcomes.count
        growthPointsTried = outcomes.filter { $0 == .tried || $0 == .partly }.count
        latestWheel = year.latest?.wheel
    }
}

/// The four terms (тоқсан) of a Kazakh school year, which its three breaks divide
/// (`AcademicYear.breakWeeks`): the first ends with the autumn break, the fourth runs from the
/// spring break to the end of the year. A break belongs to the term it ends.
public struct SchoolTerms {
    /// The last day of each break, autumn to spring.
    private let breakEnds: [LessonDate]

    public init(_ academicYear: AcademicYear) {
        breakEnds = academicYear.breakWeeks.map(\.lastDay)
    }

    /// 1 to 4.
    public func number(of date: LessonDate) -> Int {
        1 + breakEnds.filter { $0 < date }.count
    }
}
