import Foundation

/// A calendar day in the teacher's school year, with no time zone: the lesson happened on that day
/// wherever the PC's clock is set.
public struct LessonDate: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) throws {
        guard (1900...2200).contains(year) else {
            throw DamuError.invalid(
                field: tr("Date"), message: String(format: tr("%04ld-%02ld-%02ld is outside the years Damu keeps (1900–2200)"), year, month, day))
        }
        guard CivilCalendar.isDay(year: year, month: month, day: day) else {
            throw DamuError.invalid(
                field: tr("Date"), message: String(format: tr("%04ld-%02ld-%02ld is not a calendar date"), year, month, day))
        }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Parses `YYYY-MM-DD`.
    public init(iso text: String) throws {
        // What the store holds, read without Foundation's trimming: the lesson list reads a date
        // per lesson as the window opens.
        if let (year, month, day) = Self.plainISO(text) {
            try self.init(year: year, month: month, day: day)
            return
        }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw DamuError.invalid(
                field: tr("Date"), message: String(format: tr("“%@” is not a date of the form YYYY-MM-DD"), text))
        }
        try self.init(year: year, month: month, day: day)
    }

    /// The numbers of exactly "DDDD-DD-DD" in ASCII digits; nil for anything else.
    private static func plainISO(_ text: String) -> (Int, Int, Int)? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return (year, month, day)
        } ?? nil
    }

    public init(_ date: Date) {
        let parts = Self.calendar.dateComponents(in: TimeZone.current, from: date)
        (year, month, day) = (parts.year!, parts.month!, parts.day!)
    }

    public static var today: LessonDate { LessonDate(Date()) }

    /// "2025-10-07". Built by hand: String(format:) cost an import of 20,000 lessons a tenth of a second.
    public var iso: String {
        CivilCalendar.digits(year, 4) + "-" + CivilCalendar.digits(month, 2) + "-" + CivilCalendar.digits(day, 2)
    }
    public var description: String { iso }

    /// Days since 1970-01-01: what placing many lessons on a time axis needs, without the ICU
    /// calendar behind `date`.
    public var dayNumber: Int { CivilCalendar.days(fromCivil: year, month, day) }

    /// The day `dayNumber` days after 1970-01-01, inside the years a lesson date may have.
    public init(dayNumber: Int) throws {
        let (year, month, day) = CivilCalendar.civil(fromDays: dayNumber)
        try self.init(year: year, month: month, day: day)
    }

    /// Noon UTC of the day, as a Foundation date: for timestamps and weekdays.
    public var date: Date {
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (year, month, day, 12)
        return Self.calendar.date(from: components)!
    }

    /// ISO weekday: Monday 1 … Sunday 7. 1970-01-01, day 0, was a Thursday.
    public var weekday: Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }

    public func adding(days: Int) -> LessonDate {
        try! LessonDate(dayNumber: dayNumber + days)
    }

    /// The academic year (September to August) the day belongs to, by its first calendar year.
    public var academicYearStart: Int { month >= 9 ? year : year - 1 }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        try self.init(iso: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
