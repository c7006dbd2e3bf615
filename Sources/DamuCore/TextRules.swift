/// Limits on what a teacher types, so that one runaway paste cannot bloat the database or an export.
public enum TextRules {
    public static let lineLimit = 200
    public static let paragraphLimit = 10_000

    /// A one-line field: trimmed, no line breaks, at most `lineLimit` characters.
    public static func line(_ text: String, field: String, required: Bool = false) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && trimmed.isEmpty {
            throw DamuError.invalid(field: field, message: tr("must not be empty"))
        }
        if trimmed.contains(where: \.isNewline) {
            throw DamuError.invalid(field: field, message: tr("must be a single line"))
        }
        try checkLength(trimmed, limit: lineLimit, field: field)
        return trimmed
    }

    /// A free answer: trailing white space trimmed, at most `paragraphLimit` characters.
    public static func paragraph(_ text: String, field: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        try checkLength(trimmed, limit: paragraphLimit, field: field)
        return trimmed
    }

    private static func checkLength(_ text: String, limit: Int, field: String) throws {
        if text.count > limit {
            throw DamuError.invalid(
                field: field, message: String(format: trn("is %ld character long; at most %ld fit", "is %ld characters long; at most %ld fit", text.count), text.count, limit))
        }
    }
}

import Foundation
