/// A stretch of the calendar a trend's lessons are averaged over when a chart cannot draw them
/// apart: ten years of daily lessons as a thousand-pixel zigzag show no trend at all.
public enum TrendPeriod: CaseIterable, Sendable {
    /// Monday to Sunday.
    case week
    case month
    case year

    /// About how many days one lasts, for judging how far apart its points fall on a time axis.
    public var days: Double {
        switch self {
        case .week: return 7
        case .month: return 365.2425 / 12
        case .year: return 365.2425
        }
    }

    /// Which week, month or year `date` falls in, counted from any fixed start.
    func index(of date: LessonDate) -> Int {
        switch self {
        // 1970-01-01 was a Thursday: three days on, weeks start on Mondays.
        case .week: return Int((Double(date.dayNumber + 3) / 7).rounded(.down))
        case .month: return date.year * 12 + date.month - 1
        case .year: return date.year
        }
    }
}

extension TrendSeries {
    /// One point per `period` that has lessons: the mean of their values, on the day nearest the
    /// mean of their days, oldest first.
    public func averaged(per period: TrendPeriod) -> TrendSeries {
        var sums: [Int: (value: Double, day: Int, count: Int)] = [:]
        for point in points {
            let index = period.index(of: point.date)
            let sum = sums[index] ?? (0, 0, 0)
            sums[index] = (sum.value + point.value, sum.day + point.date.dayNumber, sum.count + 1)
        }
        return TrendSeries(points: sums.sorted { $0.key < $1.key }.map { _, sum in
            let count = Double(sum.count)
            let day = Int((Double(sum.day) / count).rounded())
            // The mean of days inside one week, month or year is a day inside it too.
            return Point(date: try! LessonDate(dayNumber: day), value: sum.value / count)
        })
    }
}
