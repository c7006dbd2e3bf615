/// A text of an instrument in each language Damu has it in, keyed by ISO 639-1 code.
/// Kazakh is the original (verbatim from the seed documents); the others are translations.
public struct LocalizedText: Codable, Hashable, Sendable {
    public static let languages = ["kk", "ru", "en"]

    public var values: [String: String]

    public init(_ values: [String: String]) { self.values = values }

    /// The text in `language`, else in Kazakh (the original), else any.
    public func text(in language: String) -> String {
        if let value = values[language], !value.isEmpty { return value }
        if let value = values["kk"], !value.isEmpty { return value }
        return values.values.sorted().first ?? ""
    }

    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
