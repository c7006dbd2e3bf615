/// The language a teacher's texts are written in, told by their letters. Route sheets and
/// individual routes do not keep the language they were filled in, yet every bundle record names
/// one; reading it off the texts gives the same answer on every export, so a round trip is exact.
public enum WrittenLanguage {
    /// The Kazakh letters Russian lacks.
    static let kazakhLetters: Set<Character> = Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")

    /// "kk", "ru" or "en". English when most letters are Latin; else Kazakh when at least one
    /// Cyrillic letter in 25 is Kazakh (a Kazakh text has far more, a Russian one only in a name or
    /// two), else Russian; Kazakh, the language of the instruments, when there are no letters.
    public static func of(_ texts: [String]) -> String {
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
        if cyrillic == 0 { return "kk" }
        return kazakh * 25 >= cyrillic ? "kk" : "ru"
    }
}
