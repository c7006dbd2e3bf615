/// The days a lesson can fall on in a Kazakhstani school year: September to May, weekdays only,
/// without the three breaks between terms and the public holidays. The breaks are the weeks of
/// `AcademicYear.breakWeeks` and the days around them that recent years closed; the ministry moves
/// them by a day or two each year, so this is close enough for a demonstration.
struct SchoolCalendar {
    let startingYear: Int
    /// The weeks Damu takes for breaks, so that no demonstration lesson falls in one.
    private let breakWeeks: [AcademicWeek]

    init(startingYear: Int) {
        self.startingYear = startingYear
        breakWeeks = (try? AcademicYear(startYear: startingYear))?.breakWeeks ?? []
    }

    var firstDay: LessonDate { try! LessonDate(year: startingYear, month: 9, day: 2) }
    var lastDay: LessonDate { try! LessonDate(year: startingYear + 1, month: 5, day: 22) }

    /// Closed periods as (first, last) day, inclusive.
    private var closed: [(LessonDate, LessonDate)] {
        let (y, n) = (startingYear, startingYear + 1)
        let ranges: [((Int, Int, Int), (Int, Int, Int))] = [
            ((y, 10, 27), (y, 11, 2)),      // autumn break
            ((y, 12, 16), (y, 12, 17)),     // Independence Day
            ((y, 12, 29), (n, 1, 8)),       // winter break
            ((n, 3, 8), (n, 3, 8)),         // International Women's Day
            ((n, 3, 19), (n, 3, 29)),       // spring break and Nauryz
            ((n, 5, 1), (n, 5, 1)),         // Unity Day
            ((n, 5, 7), (n, 5, 9)),         // Defender of the Fatherland Day, Victory Day
        ]
        return ranges.map { first, last in
            (try! LessonDate(year: first.0, month: first.1, day: first.2),
             try! LessonDate(year: last.0, month: last.1, day: last.2))
        }
    }

    func isSchoolDay(_ day: LessonDate) -> Bool {
        guard day >= firstDay, day <= lastDay, day.weekday <= 5 else { return false }
        return !closed.contains { $0.0 <= day && day <= $0.1 } && !breakWeeks.contains { $0.contains(day) }
    }

    /// The school days of each week (Monday to Friday) of the year, weeks without one left out.
    var weeks: [[LessonDate]] {
        var monday = firstDay.adding(days: 1 - firstDay.weekday)
        var result: [[LessonDate]] = []
        while monday <= lastDay {
            let days = (0..<5).map { monday.adding(days: $0) }.filter(isSchoolDay)
            if !days.isEmpty { result.append(days) }
            monday = monday.adding(days: 7)
        }
        return result
    }
}
