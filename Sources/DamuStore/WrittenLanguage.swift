/// The language a teacher's texts are written in, told by their letters. Route sheets and
/// individual routes written before schema v4 did not keep their language; their bundles named
/// the one read off their texts by this rule, so the migration fills the new column by it too and
/// those files and the records they came from agree. Kept as it was then for that reason.
enum WrittenLanguage {
    /// The Kazakh letters Russian lacks.
    static let kazakhLetters: Set<Character> = Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

    /// "kk", "ru" or "en"; nil when the texts have no letters at all. English when most letters
    /// are Latin; else Kazakh when at least one Cyrillic letter in 25 is Kazakh (a Kazakh text has
    /// far more, a Russian one only in a name or two), else Russian.
    static func of(_ texts: [String]) -> String? {
        var kazakh = 0, cyrillic = 0, latin = 0
        for character in texts.joined(separator: " ") where character.isLetter {
            guard let scalar = character.unicodeScalars.first else { continue }
            if kazakhLetters.contains(character) {
                kazakh += 1
                cyrillic += 1
            } else if (0x0400...0x04FF).contains(scalar.value) {
                cyrillic += 1
            } else if scalar.isASCII {
                latin += 1
            }
        }
        if latin > cyrillic { return "en" }
        if cyrillic == 0 { return nil }
        return kazakh * 25 >= cyrillic ? "kk" : "ru"
    }
}
