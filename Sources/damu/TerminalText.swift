/// What `damu` prints holds teachers' texts, and a text pasted into a note or brought by an
/// imported bundle may carry control characters: printed, a terminal obeys them (ESC c clears it,
/// ESC ] sets its title, a lone CR writes over the line). The store keeps texts as they came, so
/// an old record never becomes unsaveable; what reaches the terminal shows each such character
/// as its picture (␛, ␀, ␍) instead. Line breaks and tabs stay.
enum TerminalText {
    static func visible(_ text: String) -> String {
        // C0 and DEL are single bytes in UTF-8; 0xC2 leads the C1 controls (and «, », ±, which
        // only take the slow way).
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else {
            return text
        }
        var shown = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x09, 0x0A:
                shown.append(scalar)
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n":
                // A Windows line end is a line end.
                continue
            case 0x00...0x1F:
                shown.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F:
                shown.append("\u{2421}")
            case 0x80...0x9F:
                shown.append("\u{FFFD}")
            default:
                shown.append(scalar)
            }
        }
        return String(shown)
    }
}

/// Every line a command prints goes through here, in place of the standard library's `print`, so
/// none can send a control character from a teacher's text to the terminal.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(TerminalText.visible(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator)
}
