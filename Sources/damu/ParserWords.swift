import DamuCore
import Foundation

/// ArgumentParser writes its own words in English: its headings, "Show help information.",
/// "(default: kk)", its refusals of a missing or unknown option. In Kazakh and Russian they are
/// put into the interface's language here, so a help page or a refusal reads in one language.
/// The patterns are those of swift-argument-parser 1.8; a word a later version adds stays
/// English, and nothing is lost.
enum ParserWords {
    /// `text` (help or an error, as ArgumentParser wrote it) with its words translated.
    static func translated(_ text: String) -> String {
        rules.reduce(text) { text, rule in rule.apply(to: text) }
    }

    private struct Rule {
        let pattern: NSRegularExpression
        /// Builds the translation from the pattern's captures.
        let replacement: ([String]) -> String

        init(_ pattern: String, _ replacement: @escaping ([String]) -> String) {
            self.pattern = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            self.replacement = replacement
        }

        func apply(to text: String) -> String {
            let whole = NSRange(text.startIndex..., in: text)
            var result = ""
            var rest = text.startIndex
            for match in pattern.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text) else { continue }
                let captures = (1..<match.numberOfRanges).map { index in
                    Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
                }
                result += text[rest..<range.lowerBound] + replacement(captures)
                rest = range.upperBound
            }
            return result + text[rest...]
        }
    }

    private static func format(_ message: String, _ captures: [String]) -> String {
        String(format: message, arguments: captures.map { $0 as NSString })
    }

    private static var rules: [Rule] { [
        Rule(#"^OVERVIEW:"#) { _ in tr("OVERVIEW:") },
        Rule(#"^USAGE:"#) { _ in tr("USAGE:") },
        Rule(#"^ARGUMENTS:"#) { _ in tr("ARGUMENTS:") },
        Rule(#"^OPTIONS:"#) { _ in tr("OPTIONS:") },
        Rule(#"^SUBCOMMANDS:"#) { _ in tr("SUBCOMMANDS:") },
        Rule(#"^Usage:"#) { _ in tr("Usage:") },
        Rule(#"^Help:"#) { _ in tr("Help:") },
        Rule(#"Show help information\."#) { _ in tr("Show help information.") },
        Rule(#"Show the version\."#) { _ in tr("Show the version.") },
        // A default or a list of values may be wrapped onto the next line: the space is kept.
        Rule(#"\(default:(\s+)([^)]*)\)"#) { format(tr("(default:%@%@)"), $0) },
        Rule(#"\(values:(\s+)([^);]*)\)"#) { format(tr("(values:%@%@)"), $0) },
        Rule(#"\(values:(\s+)([^);]*);(\s+)default:(\s+)([^)]*)\)"#) { format(tr("(values:%@%@;%@default:%@%@)"), $0) },
        Rule(#"See '([^']*)' for detailed help\."#) { format(tr("See '%@' for detailed help."), $0) },
        Rule(#"See '([^']*)' for more information\."#) { format(tr("See '%@' for more information."), $0) },
        Rule(#"^Missing expected argument '(.*)'$"#) { format(tr("Missing expected argument '%@'"), $0) },
        Rule(#"^Missing one of: '(.*)'$"#) { format(tr("Missing one of: '%@'"), $0) },
        Rule(#"^Missing value for '(.*)'$"#) { format(tr("Missing value for '%@'"), $0) },
        Rule(#"^Unknown option '(.*)'$"#) { format(tr("Unknown option '%@'"), $0) },
        Rule(#"^Unexpected argument '(.*)'$"#) { format(tr("Unexpected argument '%@'"), $0) },
        Rule(#"^(\d+) unexpected arguments: '(.*)'$"#) { format(tr("%@ unexpected arguments: '%@'"), $0) },
        Rule(#"^Invalid option: (.*)$"#) { format(tr("Invalid option: %@"), $0) },
        Rule(#"^Missing required subcommand\.$"#) { _ in tr("Missing required subcommand.") },
        Rule(#"^The value '(.*)' is invalid for '([^']*)'"#) { format(tr("The value '%@' is invalid for '%@'"), $0) },
        Rule(#"^The value '(.*)' is invalid\."#) { format(tr("The value '%@' is invalid."), $0) },
        // "'a', 'b', and 'c'": the list is given without its English "and".
        Rule(#"\. Please provide one of (.*)\.$"#) { captures in
            let list = captures[0].replacingOccurrences(of: "', and '", with: "', '").replacingOccurrences(of: "' and '", with: "', '")
            return String(format: tr(". Please provide one of %@."), list)
        },
    ] }
}
