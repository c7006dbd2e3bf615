/// Which weeks of a school year have at least one lesson self-analysis: the evidence for route-sheet
/// row 1, "Апта сайын сабақтан кейін өз жұмысының тиімділігін бағалау" (evaluate one's own work
/// after lessons every week). Weeks are `AcademicWeek`s (Monday-start, numbered from September);
/// they are counted up to the summer holidays, and the weeks of the usual breaks between terms
/// only when a lesson was analysed in them.
public struct WeeklyEvidence: Hashable, Sendable {
    public let academicYear: AcademicYear
    public let weeks: [AcademicWeek]
    /// Lesson analyses per week, aligned with `weeks`.
    public let analysesPerWeek: [Int]
    /// The numbers of the weeks `AcademicYear.breakWeeks` takes for breaks.
    private let breakNumbers: Set<Int>

    /// Counts `lessonDates` by week; dates outside the year are ignored.
    public init(academicYear: AcademicYear, lessonDates: [LessonDate]) {
        self.academicYear = academicYear
        weeks = academicYear.weeks
        var counts = Array(repeating: 0, count: weeks.count)
        for date in lessonDates {
            if let week = academicYear.week(containing: date) { counts[week.number - 1] += 1 }
        }
        analysesPerWeek = counts
        breakNumbers = Set(academicYear.breakWeeks.map(\.number))
    }

    public init(academicYear: AcademicYear, history: LessonHistory) {
        self.init(academicYear: academicYear, lessonDates: history.analyses.map(\.lesson.date))
    }

    /// Weeks with at least one analysis.
    public var coveredWeeks: [AcademicWeek] {
        zip(weeks, analysesPerWeek).filter { $0.1 > 0 }.map(\.0)
    }

    /// Whether `week` is one of the usual breaks between terms.
    public func isBreak(_ week: AcademicWeek) -> Bool { breakNumbers.contains(week.number) }

    /// The weeks with lessons: those that start before June, when the summer holidays begin, less
    /// the breaks between terms. A summer or break week without an analysis is no gap in a
    /// teacher's weekly evaluation; a break week with one counts, since the school's break may
    /// have fallen elsewhere that year.
    public var schoolWeeks: [AcademicWeek] {
        let summer = try! LessonDate(year: academicYear.endYear, month: 6, day: 1)
        return zip(weeks, analysesPerWeek)
            .filter { week, count in week.firstDay < summer && (count > 0 || !isBreak(week)) }
            .map(\.0)
    }

    /// School weeks that have begun by `date` (all of them after May, none before the year).
    public func elapsedWeeks(asOf date: LessonDate) -> [AcademicWeek] {
        schoolWeeks.filter { $0.firstDay <= date }
    }

    /// School weeks begun by `date` without an analysis, to show the teacher the gaps.
    public func missingWeeks(asOf date: LessonDate) -> [AcademicWeek] {
        elapsedWeeks(asOf: date).filter { analysesPerWeek[$0.number - 1] == 0 }
    }

    /// Covered and elapsed school week counts by `date`: "32 of 35 weeks".
    public func coverage(asOf date: LessonDate) -> (covered: Int, elapsed: Int) {
        let elapsed = elapsedWeeks(asOf: date)
        return (elapsed.filter { analysesPerWeek[$0.number - 1] > 0 }.count, elapsed.count)
    }

    /// The share of begun weeks with an analysis, nil before the year starts.
    public func ratio(asOf date: LessonDate) -> Double? {
        let (covered, elapsed) = coverage(asOf: date)
        return elapsed == 0 ? nil : Double(covered) / Double(elapsed)
    }
}
