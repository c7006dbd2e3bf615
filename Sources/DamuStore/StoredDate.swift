import DamuCore
import Foundation
import GRDB

/// A date as GRDB stores it, "2025-09-01 08:30:00.000" in UTC, written by calendar arithmetic:
/// GRDB formats each date with an ICU DateFormatter, which cost an import of 20,000 lessons more
/// than SQLite's own work. Milliseconds are rounded half up, as the formatter rounds them; dates
/// outside the years CivilCalendar writes are left to GRDB. A test holds both to the same text.
enum StoredDate {
    static func value(_ date: Date) -> DatabaseValue {
        let milliseconds = (date.timeIntervalSince1970 * 1000 + 0.5).rounded(.down)
        guard milliseconds.isFinite, abs(milliseconds) < 2.5e14,
              let text = CivilCalendar.timestamp(milliseconds: Int(milliseconds), separator: " ")
        else { return date.databaseValue }
        return text.databaseValue
    }

    static func value(_ date: Date?) -> DatabaseValue {
        date.map(value) ?? .null
    }
}
