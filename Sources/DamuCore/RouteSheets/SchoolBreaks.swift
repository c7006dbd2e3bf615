/// The three breaks between terms of a Kazakhstani school year, as the weeks they usually take.
///
/// The ministry sets the dates each year by order and moves them by a few days, so Damu cannot
/// know them; it knows where they usually fall:
/// - autumn: the week with 1 November;
/// - winter: the week whose school days all lie from 29 December to 8 January;
/// - spring: the week with 25 March, around Nauryz (21–23 March).
///
/// Whole weeks, because the weekly evaluation asks for one per school week: a week half in the
/// break is still a school week. A school whose break falls elsewhere sees a week marked as a
/// break that was not; a lesson analysed in it still counts (see `WeeklyEvidence`). Every year
/// has one week of each: a Monday falls between 29 December and 4 January, and no two weeks'
/// school days fit between 29 December and 8 January.
extension AcademicYear {
    public var breakWeeks: [AcademicWeek] {
        let autumn = try! LessonDate(year: startYear, month: 11, day: 1)
        let winter = try! LessonDate(year: startYear, month: 12, day: 29)...(try! LessonDate(year: endYear, month: 1, day: 8))
        let spring = try! LessonDate(year: endYear, month: 3, day: 25)
        return weeks.filter { week in
            if week.contains(autumn) || week.contains(spring) { return true }
            let schoolDays = week.days.filter { $0.weekday <= 5 }
            return !schoolDays.isEmpty && schoolDays.allSatisfy(winter.contains)
        }
    }
}

extension AcademicWeek {
    /// Its days, first to last.
    public var days: [LessonDate] {
        (0...(lastDay.dayNumber - firstDay.dayNumber)).map { firstDay.adding(days: $0) }
    }
}
