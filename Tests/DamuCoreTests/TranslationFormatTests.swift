import Foundation
import XCTest

/// Every translation takes the arguments its English message is given, of the same kinds: a
/// translation that moves `%@` before `%ld` without numbering them reads an integer as an object,
/// and the program crashes when it prints that line. msgfmt does not check `%@` messages.
final class TranslationFormatTests: XCTestCase {
    func testEveryTranslationTakesItsMessagesArguments() throws {
        let po = Fixtures.repositoryRoot.appendingPathComponent("po", isDirectory: true)
        let languages = try String(contentsOf: po.appendingPathComponent("LINGUAS"), encoding: .utf8)
            .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        XCTAssertEqual(Set(languages), ["kk", "ru"])
        for language in languages {
            let entries = try CatalogEntry.read(po.appendingPathComponent("\(language).po"))
            XCTAssertGreaterThan(entries.count, 700, language)
            for entry in entries where !entry.id.isEmpty {
                let expected = FormatArguments.of(entry.plural ?? entry.id)
                XCTAssertNotNil(expected, "\(language): the message itself mixes numbered and unnumbered arguments: \(entry.id)")
                for translation in entry.translations where !translation.isEmpty {
                    XCTAssertEqual(FormatArguments.of(translation), expected, "\(language): “\(translation)” for “\(entry.id)”")
                }
            }
        }
    }

    func testTheCheckFindsArgumentsMovedWithoutNumbers() {
        XCTAssertEqual(FormatArguments.of("Added row %ld “%@” to %@."), ["ld", "@", "@"])
        XCTAssertEqual(FormatArguments.of("В лист %3$@ добавлена строка %1$ld «%2$@»."), ["ld", "@", "@"])
        XCTAssertNotEqual(FormatArguments.of("В лист %@ добавлена строка %ld «%@»."), ["ld", "@", "@"])
        XCTAssertEqual(FormatArguments.of("%.1f%% and %5.2f"), ["f", "f"])
        XCTAssertNil(FormatArguments.of("%1$ld and %@"), "numbered and unnumbered mixed")
        XCTAssertNil(FormatArguments.of("%2$ld"), "argument 1 left out")
    }
}

/// The kinds of the arguments a printf-style message takes, in argument order; nil when it mixes
/// numbered and unnumbered conversions, or numbers them with a gap.
enum FormatArguments {
    private static let conversion = try! NSRegularExpression(
        pattern: #"%(?:(\d+)\$)?[-+ 0#']*\d*(?:\.\d+)?(hh|h|ll|l|z|j|t|L)?([@diouxXcsfeEgGaAp%])"#)

    static func of(_ text: String) -> [String]? {
        let range = NSRange(text.startIndex..., in: text)
        var numbered: [Int: String] = [:]
        var unnumbered: [String] = []
        for match in conversion.matches(in: text, range: range) {
            let kind = [2, 3].compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }.joined()
            if kind == "%" { continue }
            if let position = Range(match.range(at: 1), in: text).flatMap({ Int(text[$0]) }) {
                guard numbered[position] == nil || numbered[position] == kind else { return nil }
                numbered[position] = kind
            } else {
                unnumbered.append(kind)
            }
        }
        guard !numbered.isEmpty else { return unnumbered }
        guard unnumbered.isEmpty, Set(numbered.keys) == Set(1...numbered.count) else { return nil }
        return (1...numbered.count).map { numbered[$0]! }
    }
}

/// One message of a gettext catalog: its English text (with its plural, if it has one) and its
/// translations, one per plural form.
struct CatalogEntry {
    var id = ""
    var plural: String?
    var translations: [String] = []

    static func read(_ url: URL) throws -> [CatalogEntry] {
        var entries: [CatalogEntry] = []
        var entry = CatalogEntry()
        var field: WritableKeyPath<CatalogEntry, String>?
        var translationIndex: Int?
        func finish() {
            if !entry.id.isEmpty || !entry.translations.isEmpty { entries.append(entry) }
            entry = CatalogEntry()
            field = nil
            translationIndex = nil
        }
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { continue }
            if line.isEmpty { finish(); continue }
            guard let quote = line.firstIndex(of: "\"") else { continue }
            let keyword = line[..<quote].trimmingCharacters(in: .whitespaces)
            let text = unescape(line[line.index(after: quote)..<line.index(before: line.endIndex)])
            switch keyword {
            case "": break
            case "msgctxt": field = nil; translationIndex = nil; continue
            case "msgid": field = \.id; translationIndex = nil
            case "msgid_plural": entry.plural = ""; field = nil; translationIndex = -1
            default:
                field = nil
                entry.translations.append("")
                translationIndex = entry.translations.count - 1
            }
            if let field {
                entry[keyPath: field] += text
            } else if translationIndex == -1 {
                entry.plural! += text
            } else if let index = translationIndex {
                entry.translations[index] += text
            }
        }
        finish()
        return entries
    }

    private static func unescape(_ text: Substring) -> String {
        var result = ""
        var escaped = false
        for character in text {
            if escaped {
                result.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
