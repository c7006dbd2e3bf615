/// One week of a school year: Monday to Sunday, except that week 1 starts on 1 September and the
/// last week ends on 31 August, whatever weekday those are.
///
/// Not ISO weeks: ISO numbering restarts in January and gives early September weeks numbers like
/// 36, while a teacher counts "the fifth week of the year" from September. Monday starts the week
/// as it does in Kazakhstan's schools (and in ISO 8601), so week boundaries match ISO weeks; only
/// the numbering and the clipping at both ends differ.
public struct AcademicWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 1-based within the school year.
    public let number: Int
    public let firstDay: LessonDate
    public let lastDay: LessonDate

    public func contains(_ date: LessonDate) -> Bool { firstDay <= date && date <= lastDay }

    public var description: String { "\(number): \(firstDay.iso)–\(lastDay.iso)" }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.firstDay < rhs.firstDay }
}

extension AcademicYear {
    /// The weeks of the year in order: 53 or 54 of them, the first and last usually short.
    public var weeks: [AcademicWeek] {
        var result: [AcademicWeek] = []
        var first = firstDay
        while first <= lastDay {
            let sunday = first.adding(days: 7 - first.weekday)
            let last = min(sunday, lastDay)
            result.append(AcademicWeek(number: result.count + 1, firstDay: first, lastDay: last))
            first = last.adding(days: 1)
        }
        return result
    }

    /// The week `date` falls in, nil outside the year.
    public func week(containing date: LessonDate) -> AcademicWeek? {
        guard contains(date) else { return nil }
        let offset = firstDay.weekday - 1
        return weeks[(date.dayNumber - firstDay.dayNumber + offset) / 7]
    }
}
