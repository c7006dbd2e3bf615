/// Which weeks of a school year have at least one lesson self-analysis: the evidence for route-sheet
/// row 1, "Апта сайын сабақтан кейін өз жұмысының тиімділігін бағалау" (evaluate one's own work
/// after lessons every week). Weeks are `AcademicWeek`s (Monday-start, numbered from September).
public struct WeeklyEvidence: Hashable, Sendable {
    public let academicYear: AcademicYear
    public let weeks: [AcademicWeek]
    /// Lesson analyses per week, aligned with `weeks`.
    public let analysesPerWeek: [Int]

    /// Counts `lessonDates` by week; dates outside the year are ignored.
    public init(academicYear: AcademicYear, lessonDates: [LessonDate]) {
        self.academicYear = academicYear
        weeks = academicYear.weeks
        var counts = Array(repeating: 0, count: weeks.count)
        for date in lessonDates {
            if let week = academicYear.week(containing: date) { counts[week.number - 1] += 1 }
        }
        analysesPerWeek = counts
    }

    public init(academicYear: AcademicYear, history: LessonHistory) {
        self.init(academicYear: academicYear, lessonDates: history.analyses.map(\.lesson.date))
    }

    /// Weeks with at least one analysis.
    public var coveredWeeks: [AcademicWeek] {
        zip(weeks, analysesPerWeek).filter { $0.1 > 0 }.map(\.0)
    }

    /// Weeks that have begun by `date` (all of them after the year, none before it).
    public func elapsedWeeks(asOf date: LessonDate) -> [AcademicWeek] {
        weeks.filter { $0.firstDay <= date }
    }

    /// Weeks begun by `date` without an analysis, to show the teacher the gaps.
    public func missingWeeks(asOf date: LessonDate) -> [AcademicWeek] {
        zip(weeks, analysesPerWeek).filter { $0.0.firstDay <= date && $0.1 == 0 }.map(\.0)
    }

    /// Covered and elapsed week counts by `date`: "32 of 35 weeks".
    public func coverage(asOf date: LessonDate) -> (covered: Int, elapsed: Int) {
        let elapsed = elapsedWeeks(asOf: date).count
        return (analysesPerWeek.prefix(elapsed).filter { $0 > 0 }.count, elapsed)
    }

    /// The share of begun weeks with an analysis, nil before the year starts.
    public func ratio(asOf date: LessonDate) -> Double? {
        let (covered, elapsed) = coverage(asOf: date)
        return elapsed == 0 ? nil : Double(covered) / Double(elapsed)
    }
}
