/// Writes the JSON the store keeps, byte for byte as JSONEncoder with sorted keys writes it (a test
/// holds the two together), without Codable's generic walk: encoding the answers was a third of the
/// time an import spent saving a lesson. Callers write keys in sorted order themselves.
struct StoredJSONWriter {
    /// Built as UTF-8 bytes: the teacher's text is copied in as it is, and a byte append is a copy,
    /// where appending to a String checks and counts what it appends each time.
    private var bytes: [UInt8] = []
    /// Whether the object or list being written has no member yet, innermost last.
    private var empty: [Bool] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
        empty.reserveCapacity(8)
    }

    /// What has been written.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func object(_ body: (inout Self) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func list<Element>(_ items: [Element], _ write: (inout Self, Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            separate()
            write(&self, item)
        }
        close(UInt8(ascii: "]"))
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
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Runs that need no escape are copied whole.
            var run = 0
            for index in utf8.indices where Self.needsEscape(utf8[index]) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<index]))
                bytes.append(contentsOf: Self.escape(utf8[index]).utf8)
                run = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
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

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        empty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        empty.removeLast()
        bytes.append(bracket)
    }

    private mutating func separate() {
        guard let last = empty.indices.last else { return }
        if empty[last] { empty[last] = false } else { bytes.append(UInt8(ascii: ",")) }
    }
}
