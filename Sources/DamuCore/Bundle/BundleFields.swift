import Foundation

/// The bundle's dates, school years and marks, read so that a bad one is reported at its own JSON
/// path: the domain's own decoders throw `DamuError`, which would lose where in the file it sat.
extension KeyedDecodingContainer {
    /// A day written "2025-10-07".
    func decodeDay(forKey key: Key) throws -> LessonDate {
        let text = try decode(String.self, forKey: key)
        do {
            return try LessonDate(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: BundleDay.problem(text, error))
        }
    }

    /// A school year written "2025-2026".
    func decodeAcademicYear(forKey key: Key) throws -> AcademicYear {
        let text = try decode(String.self, forKey: key)
        guard text.count <= 9, let year = try? AcademicYear(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: String(format: tr("“%@” is not an academic year of the form YYYY-YYYY"), BundleText.excerpt(text)))
        }
        return year
    }

    func decodeAcademicYearIfPresent(forKey key: Key) throws -> AcademicYear? {
        try contains(key) && !decodeNil(forKey: key) ? decodeAcademicYear(forKey: key) : nil
    }

    /// A route-sheet mark exactly as Damu writes it: "+", "±", "−" or "none". The ASCII spellings a
    /// teacher may type ("+-", "-") are for the keyboard, not for files.
    func decodeRouteMark(forKey key: Key) throws -> RouteMark {
        let text = try decode(String.self, forKey: key)
        guard let mark = RouteMark(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self,
                debugDescription: String(format: tr("“%@” is not a mark; use +, ±, − or none"), BundleText.excerpt(text)))
        }
        return mark
    }
}

enum BundleDay {
    /// Why `text` is no day, for a bundle's message: one written as a day but missing from the
    /// calendar (2026-02-30) or from the years Damu keeps, as the date says it; anything else as
    /// not of the form, quoted short, since a bundle's text may be of any length.
    static func problem(_ text: String, _ error: any Error) -> String {
        if text.count == 10, case let DamuError.invalid(_, message) = error { return message }
        return String(format: tr("“%@” is not a date of the form YYYY-MM-DD"), BundleText.excerpt(text))
    }
}
