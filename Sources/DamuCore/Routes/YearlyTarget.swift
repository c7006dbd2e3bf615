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

    /// Reads a yearly number and what it counts out of an item's text, as the seed writes them in
    /// each language: "жылына 4 кітап", "4 книги в год", "4 books a year" (and "once a year").
    /// Nil when the text has none, so a teacher's own items get a target the way the seed's do,
    /// whichever language the teacher types in.
    public static func parse(_ text: String) -> (count: Int, unit: String)? {
        let words = text.split { $0.isWhitespace || $0 == "(" || $0 == ")" }
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { !$0.isEmpty }
        let lowered = words.map { $0.lowercased() }
        func count(at index: Int) -> Int? {
            guard lowered.indices.contains(index), let count = Int(lowered[index]), count >= 0 else { return nil }
            return count
        }
        func follows(_ phrase: [String], at index: Int) -> Bool {
            index + phrase.count <= lowered.count && Array(lowered[index..<index + phrase.count]) == phrase
        }
        for index in lowered.indices {
            // Kazakh puts the period first: "жылына 4 рет".
            if lowered[index] == "жылына", let count = count(at: index + 1), words.indices.contains(index + 2) {
                return (count, words[index + 2])
            }
            // Russian and English put it last: "4 раза в год", "6 articles a year".
            if let count = count(at: index), words.indices.contains(index + 1),
               yearly.contains(where: { follows($0, at: index + 2) }) {
                return (count, words[index + 1])
            }
            if let times = spelledTimes[lowered[index]], yearly.contains(where: { follows($0, at: index + 1) }) {
                return (times, times == 1 ? "time" : "times")
            }
        }
        return nil
    }

    private static let yearly: [[String]] = [["в", "год"], ["a", "year"], ["per", "year"]]
    private static let spelledTimes = ["once": 1, "twice": 2]
}
