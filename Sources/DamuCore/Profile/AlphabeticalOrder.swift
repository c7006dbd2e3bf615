/// The order people are listed in by name: the Kazakh Cyrillic alphabet, which holds the Russian
/// letters in their Russian order, ignoring case.
///
/// The same on every PC, whatever its locale. Foundation's localized comparison follows ICU, whose
/// order puts І beside И and Ү before Ұ, and it loads ICU's collation into every start that lists
/// more than one profile.
public enum AlphabeticalOrder {
    /// The 42 letters, in order.
    static let cyrillic = Array("аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя".unicodeScalars)
    static let latin = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)

    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let (keyA, keyB) = (key(a), key(b))
        if keyA != keyB { return keyA.lexicographicallyPrecedes(keyB) }
        // Same letters: a fixed order still, so a list never shuffles between two starts.
        return a.unicodeScalars.map(\.value).lexicographicallyPrecedes(b.unicodeScalars.map(\.value))
    }

    /// Spaces and punctuation first, so that "Ан Б" comes before "Ана"; then digits, Latin letters,
    /// the Cyrillic alphabet; anything else after, by code point.
    static func key(_ text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.map { scalar in
            if ("0"..."9").contains(scalar) { return 0x100 + scalar.value }
            if scalar.isASCII, !scalar.properties.isAlphabetic { return scalar.value }
            if let index = latin.firstIndex(of: scalar) { return 0x200 + UInt32(index) }
            if let index = cyrillic.firstIndex(of: scalar) { return 0x300 + UInt32(index) }
            return 0x1000 + scalar.value
        }
    }
}
