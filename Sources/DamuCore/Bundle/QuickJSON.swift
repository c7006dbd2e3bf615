import Foundation

/// Reads JSON several times faster than Foundation's JSONDecoder, which on Linux made opening a
/// long history and importing bundles slow: every lesson's answers are a JSON object, and a
/// bundle holds hundreds. It reads strict JSON only (whole numbers, no key twice in an object)
/// and answers nil to anything it does not take, so callers fall back to JSONDecoder and its
/// error messages.
public enum QuickJSON {
    public static func parse(_ text: String) -> JSONValue? {
        var text = text
        return text.withUTF8(parse(bytes:))
    }

    /// `data` known to be UTF-8: BundleReader checks the whole file first, to name the offset of
    /// a bad byte, so each string is taken as it is (a string ends at an ASCII quote, never inside
    /// a character).
    static func parse(validUTF8 data: Data) -> JSONValue? {
        data.withUnsafeBytes { raw in parse(bytes: raw.bindMemory(to: UInt8.self)) }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        var parser = Parser(bytes: bytes)
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.index == bytes.count ? value : nil
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// Deeper than anything Damu writes: a limit instead of a stack overflow.
        static let maximumDepth = 32

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x0A, 0x0D, 0x09: index += 1
                default: return
                }
            }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            skipSpace()
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func value(depth: Int) -> JSONValue? {
            guard depth < Self.maximumDepth else { return nil }
            skipSpace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        private mutating func object(depth: Int) -> JSONValue? {
            index += 1
            // As many keys as Damu's records have, so most objects never grow.
            var pairs = [String: JSONValue](minimumCapacity: 8)
            if take(UInt8(ascii: "}")) { return .object(pairs) }
            repeat {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string(),
                      take(UInt8(ascii: ":")), let item = value(depth: depth + 1),
                      pairs.updateValue(item, forKey: key) == nil else { return nil }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}")) ? .object(pairs) : nil
        }

        private mutating func array(depth: Int) -> JSONValue? {
            index += 1
            var items: [JSONValue] = []
            if take(UInt8(ascii: "]")) { return .array(items) }
            repeat {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? .array(items) : nil
        }

        private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return nil }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
            index += count
            return value
        }

        /// Whole numbers only (`-?(0|[1-9][0-9]*)`, within Int), the only numbers Damu writes;
        /// any other is left to JSONDecoder.
        private mutating func number() -> JSONValue? {
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            let digits = index
            var magnitude = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                // Accumulated negative, so Int.min fits.
                let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
                let (next, under) = times.subtractingReportingOverflow(Int(bytes[index] - UInt8(ascii: "0")))
                guard !overflow, !under else { return nil }
                magnitude = next
                index += 1
            }
            guard index > digits, bytes[digits] != UInt8(ascii: "0") || index == digits + 1 else { return nil }
            if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) { return nil }
            if negative { return .int(magnitude) }
            return magnitude == .min ? nil : .int(-magnitude)
        }

        /// A string at `index` (its opening quote); escapes decoded.
        private mutating func string() -> String? {
            index += 1
            let start = index
            var escaped = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") { escaped = true; index += 1 }
                index += 1
            }
            guard index < bytes.count else { return nil }
            let body = UnsafeBufferPointer(rebasing: bytes[start..<index])
            index += 1
            return escaped ? Self.unescaped(body) : String(decoding: body, as: UTF8.self)
        }

        private static func unescaped(_ body: UnsafeBufferPointer<UInt8>) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(body.count)
            var at = 0
            func hex4() -> UInt32? {
                guard at + 4 <= body.count else { return nil }
                var value: UInt32 = 0
                for byte in body[at..<(at + 4)] {
                    let digit: UInt8
                    switch byte {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                    default: return nil
                    }
                    value = value << 4 | UInt32(digit)
                }
                at += 4
                return value
            }
            while at < body.count {
                let byte = body[at]
                at += 1
                guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
                guard at < body.count else { return nil }
                let code = body[at]
                at += 1
                switch code {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(code)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A pair of UTF-16 escapes for one scalar beyond the first plane.
                        guard at + 2 <= body.count, body[at] == UInt8(ascii: "\\"), body[at + 1] == UInt8(ascii: "u") else { return nil }
                        at += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: UTF8.encode(unicode)!)
                default:
                    return nil
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
