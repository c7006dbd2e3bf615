import CPangoCairo
@testable import DamuRender
import XCTest

/// A teacher's words go into Pango markup escaped: whatever they typed is shown as typed.
final class TextBlockTests: XCTestCase {
    func testEscapedTextShowsAsTyped() {
        // "&" and "<" carrying a combining accent are each one character, and still markup.
        for text in ["Сабақ <b>мақсаты</b> & «нәтиже»", "Learners' \"voice\"", "&\u{301}amp; <\u{301}i>", "ә ғ қ ң ө ұ ү һ і", ""] {
            let escaped = TextBlock.escape(text)
            XCTAssertFalse(escaped.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) }, escaped)
            var parsed: UnsafeMutablePointer<CChar>? = nil
            XCTAssertNotEqual(pango_parse_markup(escaped, -1, 0, nil, &parsed, nil, nil), 0, escaped)
            XCTAssertEqual(parsed.map { String(cString: $0) }, text)
            g_free(parsed)
        }
    }
}
