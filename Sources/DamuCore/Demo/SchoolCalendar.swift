/// The days a lesson can fall on in a Kazakhstani school year: September to May, weekdays only,
/// without the three breaks between terms and the public holidays. Dates are those of recent
/// years (the ministry moves them by a day or two each year), close enough for a demonstration.
struct SchoolCalendar {
    let startingYear: Int

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
        guard day >= firstDay, day <= lastDay, Self.weekday(day) <= 5 else { return false }
        return !closed.contains { $0.0 <= day && day <= $0.1 }
    }

    /// The school days of each week (Monday to Friday) of the year, weeks without one left out.
    var weeks: [[LessonDate]] {
        var monday = firstDay.adding(days: 1 - Self.weekday(firstDay))
        var result: [[LessonDate]] = []
        while monday <= lastDay {
            let days = (0..<5).map { monday.adding(days: $0) }.filter(isSchoolDay)
            if !days.isEmpty { result.append(days) }
            monday = monday.adding(days: 7)
        }
        return result
    }

    /// ISO weekday, Monday 1 … Sunday 7 (Sakamoto's method; no calendar or time zone involved).
    static func weekday(_ day: LessonDate) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let year = day.month < 3 ? day.year - 1 : day.year
        let sunday0 = (year + year / 4 - year / 100 + year / 400 + offsets[day.month - 1] + day.day) % 7
        return sunday0 == 0 ? 7 : sunday0
    }
}
