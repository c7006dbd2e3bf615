import Foundation

/// Parses and writes the bundle's timestamps: ISO 8601 in UTC with milliseconds, the precision
/// the database keeps, so a timestamp survives export and import unchanged.
///
/// A bundle holds several timestamps per record; building an ICU formatter for each cost a third
/// of an import. The one form Damu writes (`2025-09-01T08:30:00.000Z`) is therefore read and
/// written by calendar arithmetic; any other spelling, any impossible date, and any year before
/// 1600 (where ICU's calendar turns Julian) goes to Foundation's ISO 8601 formatter, so what is
/// accepted, and what it means, has not changed.
public enum BundleTimestamp {
    public static func string(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        guard milliseconds.isFinite, abs(milliseconds) < 2.5e14,
              let text = CivilCalendar.timestamp(milliseconds: Int(milliseconds), separator: "T")
        else { return formatter().string(from: date) }
        return text + "Z"
    }

    public static func date(_ text: String) -> Date? {
        canonicalDate(text) ?? formatter().date(from: text)
    }

    /// `YYYY-MM-DDTHH:MM:SS.sssZ` exactly, of a real day and time; nil for anything else.
    static func canonicalDate(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 24, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[19] == 0x2E, bytes[23] == 0x5A else { return nil }
        func number(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for byte in bytes[from..<(from + count)] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
              let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
              CivilCalendar.arithmeticYears.contains(year), CivilCalendar.isDay(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        let days = CivilCalendar.days(fromCivil: year, month, day)
        let milliseconds = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
        return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    private static func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }
}
