import DamuCore
import Foundation

/// The x axis of a trend chart: lesson days mapped to positions, with as many dated ticks as fit.
struct TimeAxis {
    struct Tick {
        let day: Double
        let label: String
    }

    /// Days since 1970 (noon UTC) at the left and right edges.
    let start: Double
    let end: Double
    /// The weekday (days since 1970, modulo 7) all points share when there are several and they
    /// do: weekly cards, dated by their weeks' Mondays. Their ticks then fall on those days, a
    /// week or more apart, not on the days between that no card can have.
    let sharedWeekday: Int?

    /// The span of the lessons, padded so the first and last points do not sit on the plot's edge;
    /// a single day gets a week around it.
    init(days: [Double]) {
        let weekdays = Set(days.map { Self.weekday(of: $0) })
        sharedWeekday = weekdays.count == 1 && Set(days).count > 1 ? weekdays.first : nil
        guard let first = days.min(), let last = days.max() else {
            (start, end) = (0, 1)
            return
        }
        if last - first < 1 {
            (start, end) = (first - 3.5, last + 3.5)
        } else {
            let pad = max((last - first) * 0.03, 0.5)
            (start, end) = (first - pad, last + pad)
        }
    }

    static func day(_ date: LessonDate) -> Double {
        Double(date.dayNumber) + 0.5
    }

    private static func weekday(of day: Double) -> Int {
        let whole = Int(day.rounded(.down))
        return (whole % 7 + 7) % 7
    }

    func x(_ day: Double, in plot: Rect) -> Double {
        plot.x + (day - start) / (end - start) * plot.width
    }

    private enum Step {
        case days(Int)
        case months(Int)
    }

    /// Dated ticks at a calendar-friendly step (day, week, fortnight, month, quarter, half-year, year…)
    /// no closer than `minimumSpacing` apart.
    func ticks(width: Double, minimumSpacing: Double) -> [Tick] {
        let maxCount = max(Int(width / max(minimumSpacing, 1)), 1)
        let spanDays = end - start
        let steps: [Step] = (sharedWeekday == nil ? [.days(1), .days(2)] : []) + [.days(7), .days(14), .months(1), .months(2), .months(3), .months(6),
                             .months(12), .months(24), .months(60), .months(120)]
        let step = steps.first { step in
            switch step {
            case .days(let count): return spanDays / Double(count) <= Double(maxCount)
            case .months(let count): return spanDays / (30.44 * Double(count)) <= Double(maxCount)
            }
        } ?? .months(120)
        let sameYear = year(of: start) == year(of: end)
        switch step {
        case .days(let count):
            var ticks: [Tick] = []
            var day = start.rounded(.up) + 0.5
            if day - 1 >= start { day -= 1 }
            if let sharedWeekday { day += Double((sharedWeekday - Self.weekday(of: day) + 7) % 7) }
            while day <= end {
                let parts = components(of: day)
                let label = sameYear
                    ? String(format: "%02ld.%02ld", parts.day, parts.month)
                    : String(format: "%02ld.%02ld.%02ld", parts.day, parts.month, parts.year % 100)
                ticks.append(Tick(day: day, label: label))
                day += Double(count)
            }
            return ticks
        case .months(let count):
            var ticks: [Tick] = []
            let first = components(of: start)
            var index = first.year * 12 + (first.month - 1) + 1
            index += (count - index % count) % count
            while true {
                let (year, month) = (index / 12, index % 12 + 1)
                guard let date = try? LessonDate(year: year, month: month, day: 1) else { break }
                let day = Self.day(date)
                if day > end { break }
                let label = count >= 12 ? String(year) : String(format: "%02ld.%04ld", month, year)
                ticks.append(Tick(day: day, label: label))
                index += count
            }
            return ticks
        }
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private func components(of day: Double) -> (year: Int, month: Int, day: Int) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: day * 86_400))
        return (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    private func year(of day: Double) -> Int { components(of: day).year }

    /// A label as wide as any this axis can produce, for measuring how many fit.
    func widestLabel() -> String {
        year(of: start) == year(of: end) ? "00.00" : "00.00.0000"
    }
}
