import Foundation

/// A day as the interface language writes it and as a teacher types it: "20.05.2026" in Kazakh
/// and Russian, as school papers there write dates; "2026-05-20" in English. The store, bundles,
/// file names and the command line's output keep the ISO form, which sorts and parses alike
/// everywhere. Worked out by hand rather than by DateFormatter, which loads ICU's locale data:
/// the lesson list shows a date per lesson in its first frame.
public enum DateText {
    /// `date` written the interface language's way.
    public static func of(_ date: LessonDate) -> String {
        guard writesDayFirst else { return date.iso }
        return CivilCalendar.digits(date.day, 2) + "." + CivilCalendar.digits(date.month, 2) + "."
            + CivilCalendar.digits(date.year, 4)
    }

    /// A moment, such as a save, to the minute in the computer's time zone: "07.12.2026, 21:12"
    /// in Kazakh and Russian, "2026-12-07 21:12" in English.
    public static func of(moment: Date) -> String {
        let parts = clock.dateComponents(in: TimeZone.current, from: moment)
        let time = CivilCalendar.digits(parts.hour ?? 0, 2) + ":" + CivilCalendar.digits(parts.minute ?? 0, 2)
        return of(LessonDate(moment)) + (writesDayFirst ? ", " : " ") + time
    }

    private static let clock = Calendar(identifier: .gregorian)

    /// What a date field shows while empty, in the interface language's letters: "КК.АА.ЖЖЖЖ".
    public static var pattern: String {
        writesDayFirst ? tr("DD.MM.YYYY") : tr("YYYY-MM-DD")
    }

    /// The day in `text`, typed either way: "20.05.2026" (or "20.5.2026") and "2026-05-20" are
    /// the same day in every language, so a date typed before the language changed still reads.
    public static func day(from text: String) throws -> LessonDate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let dayFirst = trimmed.contains(".")
        let parts = trimmed.split(separator: dayFirst ? "." : "-", omittingEmptySubsequences: false)
        let widths = dayFirst ? [1...2, 1...2, 4...4] : [4...4, 1...2, 1...2]
        guard parts.count == 3, zip(parts, widths).allSatisfy({ $1.contains($0.count) }),
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } })
        else { throw notADate(text) }
        let numbers = parts.compactMap { Int($0) }
        let (year, month, day) = dayFirst ? (numbers[2], numbers[1], numbers[0]) : (numbers[0], numbers[1], numbers[2])
        guard let date = try? LessonDate(year: year, month: month, day: day) else { throw notACalendarDay(text) }
        return date
    }

    private static func notADate(_ text: String) -> DamuError {
        let message = text.trimmingCharacters(in: .whitespaces).isEmpty
            ? String(format: tr("missing; write it as %@"), pattern)
            : String(format: tr("“%@” is not a date; write it as %@"), text, pattern)
        return .invalid(field: tr("Date"), message: message)
    }

    private static func notACalendarDay(_ text: String) -> DamuError {
        .invalid(field: tr("Date"), message: String(format: tr("“%@” is not a calendar date"), text))
    }

    private static var writesDayFirst: Bool {
        ["kk", "ru"].contains(Localization.interfaceLanguage)
    }
}
