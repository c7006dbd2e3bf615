import Foundation

/// A number a route item promises for the year, with what is counted: "жылына 6 мақала"
/// (6 articles a year) is 6 and "мақала".
public struct YearlyTarget: Codable, Hashable, Sendable {
    public var count: Int
    /// The word after the number in the text, in each language.
    public var unit: LocalizedText
    /// The period the count is for; the seed's targets are all yearly.
    public var per: String

    public init(count: Int, unit: LocalizedText, per: String = "year") {
        self.count = count
        self.unit = unit
        self.per = per
    }

    /// Reads "жылына N <unit>" out of a Kazakh text; nil when it has none. The seed writes every
    /// yearly number this way, so parsing it lets a teacher's own items get a target too.
    public static func parse(kazakh text: String) -> (count: Int, unit: String)? {
        let words = text.split { $0.isWhitespace || $0 == "(" || $0 == ")" }.map(String.init)
        for index in words.indices.dropLast(2) where words[index].lowercased() == "жылына" {
            guard let count = Int(words[index + 1]), count >= 0 else { continue }
            let unit = words[index + 2].trimmingCharacters(in: .punctuationCharacters)
            guard !unit.isEmpty else { continue }
            return (count, unit)
        }
        return nil
    }
}
