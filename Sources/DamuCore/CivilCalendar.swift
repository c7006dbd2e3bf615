/// Day arithmetic of the proleptic Gregorian calendar, without ICU: Foundation's Calendar builds
/// ICU objects, which cost more than the rest of reading a lesson or a bundle timestamp.
public enum CivilCalendar {
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isDay(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    // Days since 1970-01-01, and back (H. Hinnant's algorithms).
    public static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The years written by arithmetic; before 1600 ICU's calendar turns Julian, and callers leave
    /// such dates to Foundation's formatters.
    public static let arithmeticYears = 1600...9999

    /// "2025-09-01" + `separator` + "08:30:00.000" for `milliseconds` since 1970 in UTC; nil for a
    /// year outside `arithmeticYears`.
    public static func timestamp(milliseconds: Int, separator: String) -> String? {
        guard abs(milliseconds) < 250_000_000_000_000 else { return nil }
        let remainder = milliseconds % 86_400_000
        let (days, inDay) = remainder < 0
            ? (milliseconds / 86_400_000 - 1, remainder + 86_400_000) : (milliseconds / 86_400_000, remainder)
        let (year, month, day) = civil(fromDays: days)
        guard arithmeticYears.contains(year) else { return nil }
        let seconds = inDay / 1000
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2) + separator
            + digits(seconds / 3600, 2) + ":" + digits(seconds / 60 % 60, 2) + ":" + digits(seconds % 60, 2)
            + "." + digits(inDay % 1000, 3)
    }

    /// `value` (not negative) with leading zeros to `count` digits.
    static func digits(_ value: Int, _ count: Int) -> String {
        let text = String(value)
        return text.count >= count ? text : String(repeating: "0", count: count - text.count) + text
    }
}
