/// Limits on what a teacher types, so that one runaway paste cannot bloat the database or an export.
public enum TextRules {
    public static let lineLimit = 200
    public static let paragraphLimit = 10_000

    // `field` names the field only in a message: built when a check fails, not for every text an
    // import of thousands of records checks.

    /// A one-line field: trimmed, no line breaks, at most `lineLimit` characters.
    public static func line(_ text: String, field: @autoclosure () -> String, required: Bool = false) throws -> String {
        let trimmed = trimmed(text)
        if required && trimmed.isEmpty {
            throw DamuError.invalid(field: field(), message: tr("must not be empty"))
        }
        if trimmed.unicodeScalars.contains(where: isNewline) {
            throw DamuError.invalid(field: field(), message: tr("must be a single line"))
        }
        try checkLength(trimmed, limit: lineLimit, field: field())
        return trimmed
    }

    /// A free answer: trailing white space trimmed, at most `paragraphLimit` characters.
    public static func paragraph(_ text: String, field: @autoclosure () -> String) throws -> String {
        let trimmed = trimmed(text)
        try checkLength(trimmed, limit: paragraphLimit, field: field())
        return trimmed
    }

    /// `text` without white space at either end: the Unicode White_Space characters and the zero
    /// width space, the set of Foundation's whitespacesAndNewlines. Foundation's trimming goes
    /// through UTF-16 and cost a tenth of an import; this walks the scalars and mostly copies nothing.
    public static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// Character.isNewline's scalars. A newline is a grapheme of its own (or CR LF), so a text
    /// holds a newline character exactly when it holds one of these, found without grapheme breaking.
    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func checkLength(_ text: String, limit: Int, field: @autoclosure () -> String) throws {
        // Every character is at least one byte: a short text needs no counting of characters.
        if text.utf8.count > limit, text.count > limit {
            throw DamuError.invalid(
                field: field(), message: String(format: trn("is %ld character long; at most %ld fit", "is %ld characters long; at most %ld fit", text.count), text.count, limit))
        }
    }
}

import Foundation
