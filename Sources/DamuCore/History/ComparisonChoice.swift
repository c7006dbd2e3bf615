import Foundation

/// Which two lessons of a teacher's history a coach puts side by side.
public enum ComparisonChoice: String, CaseIterable, Sendable {
    /// The latest lesson against the one before it.
    case previousLesson
    /// The latest lesson against the very first one.
    case firstLesson
    /// The first against the last lesson of the latest academic year.
    case academicYear

    /// The two analyses compared, before then after; nil when the history has fewer than two
    /// lessons to offer (for `academicYear`: fewer than two in the latest year).
    public func pair(in history: LessonHistory) -> (before: LessonAnalysis, after: LessonAnalysis)? {
        guard let latest = history.latest else { return nil }
        let before: LessonAnalysis?
        let after: LessonAnalysis
        switch self {
        case .previousLesson:
            before = history.previous(to: latest)
            after = latest
        case .firstLesson:
            before = history.analyses.first
            after = latest
        case .academicYear:
            let year = history.academicYear(startingIn: latest.lesson.date.academicYearStart)
            before = year.analyses.first
            after = year.latest ?? latest
        }
        guard let before, before.id != after.id else { return nil }
        return (before, after)
    }

    /// The choices that compare different pairs, each pair under the first choice that makes it:
    /// with every lesson in one school year, the first lesson is also the year's first, and a
    /// coach shown both would see one slide twice.
    public static func distinct(in history: LessonHistory) -> [ComparisonChoice] {
        var shown = Set<[UUID]>()
        return allCases.filter { choice in
            guard let (before, after) = choice.pair(in: history) else { return false }
            return shown.insert([before.id, after.id]).inserted
        }
    }

    public func comparison(in history: LessonHistory) -> WheelComparison? {
        pair(in: history).map { WheelComparison(before: $0.before.wheel, after: $0.after.wheel) }
    }
}
