import DamuCore
import Foundation
import GRDB

/// A date as GRDB stores it, "2025-09-01 08:30:00.000" in UTC, written and read by calendar
/// arithmetic. GRDB formats each date with an ICU DateFormatter, which cost an import of 20,000
/// lessons more than SQLite's own work; and it reads each date through a Calendar with a locale,
/// whose first use loaded ICU's locale and time-zone data: megabytes of Damu's memory at start-up.
/// Both directions give exactly GRDB's text and GRDB's Double (a test holds them to it); text of
/// another form, and years outside CivilCalendar's, are left to GRDB.
enum StoredDate {
    static func value(_ date: Date) -> DatabaseValue {
        // Milliseconds are rounded half up, as the formatter rounds them.
        let milliseconds = (date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down)
        guard milliseconds.isFinite, abs(milliseconds) < 2.5e14,
              let text = CivilCalendar.timestamp(milliseconds: Int(milliseconds), separator: " ")
        else { return date.databaseValue }
        return text.databaseValue
    }

    static func value(_ date: Date?) -> DatabaseValue {
        date.map(value) ?? .null
    }

    /// The date GRDB would read from `value`, nil when it would read none.
    static func date(_ value: DatabaseValue) -> Date? {
        arithmeticDate(value) ?? Date.fromDatabaseValue(value)
    }

    /// The date in `column`; GRDB's error when there is none.
    static func decode(_ row: Row, _ column: String) throws -> Date {
        try arithmeticDate(row[column]) ?? row.decode(Date.self, forColumn: column)
    }

    /// The date in `column`, nil for NULL; GRDB's error for anything else that is not a date.
    static func decodeIfPresent(_ row: Row, _ column: String) throws -> Date? {
        try arithmeticDate(row[column]) ?? row.decode(Date?.self, forColumn: column)
    }

    /// The date the query's first row holds in its first column.
    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments) throws -> Date? {
        try DatabaseValue.fetchOne(db, sql: sql, arguments: arguments).flatMap(date)
    }

    /// "YYYY-MM-DD HH:MM:SS.SSS" read the way Foundation's Gregorian calendar reads GRDB's
    /// components: the day's start from its Julian day, then the hours, minutes, seconds and
    /// nanoseconds added one by one, each rounding as it does there.
    static func arithmeticDate(_ value: DatabaseValue) -> Date? {
        guard case .string(var text) = value.storage else { return nil }
        return text.withUTF8 { bytes -> Date? in
            guard bytes.count == 23, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x20, bytes[13] == 0x3A,
                  bytes[16] == 0x3A, bytes[19] == 0x2E
            else { return nil }
            func number(_ start: Int, _ count: Int) -> Int? {
                var result = 0
                for byte in bytes[start..<start + count] {
                    guard (0x30...0x39).contains(byte) else { return nil }
                    result = result * 10 + Int(byte - 0x30)
                }
                return result
            }
            guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  let millisecond = number(20, 3),
                  CivilCalendar.arithmeticYears.contains(year), CivilCalendar.isDay(year: year, month: month, day: day),
                  hour < 24, minute < 60, second < 60
            else { return nil }
            let julianDay = CivilCalendar.days(fromCivil: year, month, day) + 2_440_588
            let dayStart = (Double(julianDay) - 2_451_910.5) * 86400 - 43200
            var inDay = Double(hour) * 3600
            inDay += Double(minute) * 60
            inDay += Double(second)
            inDay += Double(millisecond * 1_000_000) / 1_000_000_000
            return Date(timeIntervalSinceReferenceDate: dayStart + inDay)
        }
    }
}
