/// Writes the JSON the store keeps, byte for byte as JSONEncoder with sorted keys writes it (a test
/// holds the two together), without Codable's generic walk: encoding the answers was a third of the
/// time an import spent saving a lesson. Callers write keys in sorted order themselves.
struct StoredJSONWriter {
    /// Built as a String, so the teacher's text is copied in as it is, never decoded again.
    private(set) var text = ""
    /// Whether the object or list being written has no member yet, innermost last.
    private var empty: [Bool] = []

    init(capacity: Int = 4096) {
        text.reserveCapacity(capacity)
        empty.reserveCapacity(8)
    }

    mutating func object(_ body: (inout Self) -> Void) {
        open("{")
        body(&self)
        close("}")
    }

    mutating func list<Element>(_ items: [Element], _ write: (inout Self, Element) -> Void) {
        open("[")
        for item in items {
            separate()
            write(&self, item)
        }
        close("]")
    }

    /// `{"key": [{…}, …]}`, the shape of a wheel's sectors and of a growth point's steps; `write`
    /// fills each inner object.
    mutating func object<Element>(listing key: String, _ items: [Element], _ write: (inout Self, Element) -> Void) {
        object { json in
            json.key(key)
            json.list(items) { json, item in json.object { write(&$0, item) } }
        }
    }

    /// A key of the object being written; its value is written next.
    mutating func key(_ name: String) {
        separate()
        text += "\""
        text += name
        text += "\":"
    }

    mutating func string(_ value: String) {
        text += "\""
        if value.utf8.withContiguousStorageIfAvailable({ !$0.contains(where: Self.needsEscape) }) == true {
            text += value
            text += "\""
            return
        }
        // Runs that need no escape are copied whole.
        var run = value.startIndex
        let utf8 = value.utf8
        for index in utf8.indices {
            let byte = utf8[index]
            guard Self.needsEscape(byte) else { continue }
            // An ASCII byte starts a character, so the run ends on a boundary.
            text += value[run..<index]
            text += Self.escape(byte)
            run = utf8.index(after: index)
        }
        text += value[run...]
        text += "\""
    }

    mutating func int(_ value: Int) {
        text += String(value)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "/")
    }

    private static func escape(_ byte: UInt8) -> String {
        switch byte {
        case 0x08: return "\\b"
        case 0x0C: return "\\f"
        case 0x0A: return "\\n"
        case 0x0D: return "\\r"
        case 0x09: return "\\t"
        case ..<0x10: return "\\u000" + String(byte, radix: 16)
        case ..<0x20: return "\\u00" + String(byte, radix: 16)
        default: return "\\" + String(UnicodeScalar(byte))
        }
    }

    private mutating func open(_ bracket: String) {
        text += bracket
        empty.append(true)
    }

    private mutating func close(_ bracket: String) {
        empty.removeLast()
        text += bracket
    }

    private mutating func separate() {
        guard let last = empty.indices.last else { return }
        if empty[last] { empty[last] = false } else { text += "," }
    }
}
