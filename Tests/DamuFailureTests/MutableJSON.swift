import DamuCore
import Foundation

/// JSON as a tree the bundle fuzzer can damage in ways `JSONValue` cannot hold: keys kept in order
/// and possibly twice, numbers kept as their text (so `1e999` or twenty digits survive to the file).
indirect enum MutableJSON {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([MutableJSON])
    case object([(key: String, value: MutableJSON)])

    enum Step {
        case key(String)
        case index(Int)
    }

    typealias Path = [Step]

    init(_ value: JSONValue) {
        switch value {
        case .null: self = .null
        case let .bool(flag): self = .bool(flag)
        case let .int(number): self = .number(String(number))
        case let .double(number): self = .number(String(number))
        case let .string(text): self = .string(text)
        case let .array(items): self = .array(items.map(MutableJSON.init))
        // Sorted: a dictionary's order changes from run to run, and the seed must replay the same cases.
        case let .object(pairs): self = .object(pairs.keys.sorted().map { (key: $0, value: MutableJSON(pairs[$0]!)) })
        }
    }

    subscript(path: Path) -> MutableJSON? {
        get {
            var node = self
            for step in path {
                switch (step, node) {
                case let (.key(key), .object(pairs)):
                    guard let found = pairs.first(where: { $0.key == key }) else { return nil }
                    node = found.value
                case let (.index(index), .array(items)) where items.indices.contains(index):
                    node = items[index]
                default:
                    return nil
                }
            }
            return node
        }
        set { set(newValue, at: path[...]) }
    }

    /// Replaces (or, with nil, removes) the node at `path`; a path that does not exist changes nothing.
    private mutating func set(_ value: MutableJSON?, at path: ArraySlice<Step>) {
        guard let step = path.first else {
            if let value { self = value }
            return
        }
        let rest = path.dropFirst()
        switch (step, self) {
        case (let .key(key), var .object(pairs)):
            guard let index = pairs.firstIndex(where: { $0.key == key }) else {
                if rest.isEmpty, let value { pairs.append((key, value)); self = .object(pairs) }
                return
            }
            if rest.isEmpty, value == nil {
                pairs.remove(at: index)
            } else {
                pairs[index].value.set(value, at: rest)
            }
            self = .object(pairs)
        case (let .index(index), var .array(items)) where items.indices.contains(index):
            if rest.isEmpty, value == nil {
                items.remove(at: index)
            } else {
                items[index].set(value, at: rest)
            }
            self = .array(items)
        default:
            return
        }
    }

    var count: Int {
        switch self {
        case let .array(items): return items.count
        case let .object(pairs): return pairs.count
        default: return 0
        }
    }

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "bool"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    /// Every path under this node (itself included) whose node passes `accept`.
    func paths(prefix: Path = [], where accept: (MutableJSON) -> Bool) -> [Path] {
        var found: [Path] = accept(self) ? [prefix] : []
        switch self {
        case let .array(items):
            for (index, item) in items.enumerated() { found += item.paths(prefix: prefix + [.index(index)], where: accept) }
        case let .object(pairs):
            for pair in pairs { found += pair.value.paths(prefix: prefix + [.key(pair.key)], where: accept) }
        default:
            break
        }
        return found
    }

    func text() -> String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case let .bool(flag): out += flag ? "true" : "false"
        case let .number(text): out += text
        case let .string(text): Self.quote(text, into: &out)
        case let .array(items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case let .object(pairs):
            out += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { out += "," }
                Self.quote(pair.key, into: &out)
                out += ":"
                pair.value.write(into: &out)
            }
            out += "}"
        }
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
