import Foundation

/// A number with one decimal as the interface language writes it: "6.5" in English, "6,5" in
/// Kazakh and Russian. Worked out here rather than by NumberFormatter, which loads the locale
/// data of ICU: the lessons page shows these numbers in its first frame.
public enum DecimalText {
    /// `value` rounded to `digits` decimals; `signed` writes "+" before a positive value too.
    public static func of(_ value: Double, digits: Int = 1, signed: Bool = false) -> String {
        let text = String(format: signed ? "%+.\(digits)f" : "%.\(digits)f", value)
        // The standard library's map, not Foundation's replacingOccurrences: that one is code the
        // first frame did not run before, 0.7 MiB more resident at it.
        return usesDecimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    private static var usesDecimalComma: Bool {
        ["kk", "ru"].contains(Localization.interfaceLanguage)
    }
}
