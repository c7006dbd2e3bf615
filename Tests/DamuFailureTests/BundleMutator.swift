import DamuCore
import Foundation

/// Damages valid bundles the way disks, editors, careless scripts and hostile files do: bytes
/// flipped, inserted, deleted, cut short or spliced from two files; and, on the parsed JSON, values
/// of the wrong type, keys dropped or doubled, numbers out of range, huge strings, wrong versions,
/// shared ids and records of one kind dressed as the other. Everything comes from the generator
/// passed in, so a seed replays the same files.
struct BundleMutator {
    struct Source {
        let name: String
        let bytes: Data
        let tree: MutableJSON
        /// How often it is picked, against the other sources.
        let weight: Int
    }

    let sources: [Source]
    private let totalWeight: Int
    /// Made once: building a megabyte string a character at a time would cost more than the import.
    private let hugeStrings: [String]

    init(sources: [Source]) {
        self.sources = sources
        totalWeight = sources.reduce(0) { $0 + $1.weight }
        hugeStrings = ["a", "ә", "Ү", "😀", "\u{0301}", "\u{202E}", "\u{0}", "\n", "\"", "\\", "𝕏ұ"].flatMap { unit in
            [1_001, 10_000, 100_000, 1_000_000].map { String(repeating: unit, count: $0) }
        }
    }

    /// One damaged file and a line saying what was done to which source.
    func mutant(_ rng: inout SplitMix64) -> (bytes: Data, source: String, description: String) {
        let source = pick(&rng)
        if rng.chance(0.4) {
            let (bytes, what) = byteMutation(of: source, &rng)
            return (bytes, source.name, "\(source.name): \(what)")
        }
        var tree = source.tree
        var done: [String] = []
        for _ in 0..<rng.int(in: 1...3) { done.append(structureMutation(&tree, from: source, &rng)) }
        return (Data(tree.text().utf8), source.name, "\(source.name): \(done.joined(separator: "; "))")
    }

    private func pick(_ rng: inout SplitMix64) -> Source {
        var ticket = rng.int(in: 0...(totalWeight - 1))
        for source in sources {
            if ticket < source.weight { return source }
            ticket -= source.weight
        }
        return sources[0]
    }

    // MARK: Bytes

    private static let interestingBytes: [UInt8] = Array("{}[]\":,\\0-e.n ".utf8) + [0x00, 0x0A, 0x7F, 0x80, 0xBF, 0xC0, 0xE2, 0xF0, 0xF8, 0xFF]

    private func byteMutation(of source: Source, _ rng: inout SplitMix64) -> (Data, String) {
        var bytes = [UInt8](source.bytes)
        func offset() -> Int { rng.int(in: 0...max(0, bytes.count - 1)) }
        switch rng.int(in: 0...6) {
        case 0:
            let flips = rng.int(in: 1...8)
            for _ in 0..<flips { let at = offset(); bytes[at] ^= UInt8(1) << UInt8(rng.int(in: 0...7)) }
            return (Data(bytes), "\(flips) bits flipped")
        case 1:
            let at = offset(), count = rng.int(in: 1...16)
            let inserted = (0..<count).map { _ in
                rng.chance(0.5) ? rng.element(of: Self.interestingBytes) : UInt8(truncatingIfNeeded: rng.next())
            }
            bytes.insert(contentsOf: inserted, at: at)
            return (Data(bytes), "\(count) bytes inserted at \(at)")
        case 2:
            let at = offset(), count = min(bytes.count - at, rng.int(in: 1...(rng.chance(0.8) ? 16 : 4096)))
            bytes.removeSubrange(at..<(at + count))
            return (Data(bytes), "\(count) bytes deleted at \(at)")
        case 3:
            let at = rng.chance(0.1) ? rng.int(in: 0...8) : offset()
            return (Data(bytes.prefix(at)), "cut short at \(at) of \(bytes.count)")
        case 4:
            let other = [UInt8](pick(&rng).bytes)
            let cut = offset(), from = rng.int(in: 0...max(0, other.count - 1))
            return (Data(bytes.prefix(cut) + other[from...]), "spliced: its first \(cut) bytes, another file's from \(from)")
        case 5:
            let at = offset(), count = min(bytes.count - at, rng.int(in: 1...256))
            let chunk = bytes[at..<(at + count)]
            let to = offset()
            bytes.insert(contentsOf: chunk, at: to)
            return (Data(bytes), "\(count) bytes from \(at) repeated at \(to)")
        default:
            // A byte overwritten with one that matters to JSON or UTF-8.
            let writes = rng.int(in: 1...4)
            for _ in 0..<writes { bytes[offset()] = rng.element(of: Self.interestingBytes) }
            return (Data(bytes), "\(writes) bytes overwritten")
        }
    }

    // MARK: Structure

    /// A part of the bundle to damage: one record, one template, or the rest; the whole year is
    /// never walked for each case.
    private func focus(_ tree: MutableJSON, _ rng: inout SplitMix64) -> MutableJSON.Path {
        let records = tree[[.key("records")]]?.count ?? 0
        let templates = tree[[.key("templates")]]?.count ?? 0
        switch rng.int(in: 0...9) {
        case 0...5 where records > 0: return [.key("records"), .index(rng.int(in: 0...(records - 1)))]
        case 6 where templates > 0: return [.key("templates"), .index(rng.int(in: 0...(templates - 1)))]
        case 7: return [.key("profile")]
        case 8: return [.key("scope")]
        default: return []
        }
    }

    /// A node inside the focus (the root's own fields only, when the focus is the root).
    private func target(
        _ tree: MutableJSON, _ rng: inout SplitMix64, where accept: (MutableJSON) -> Bool = { _ in true }
    ) -> MutableJSON.Path? {
        let base = focus(tree, &rng)
        guard let node = tree[base] else { return nil }
        var candidates: [MutableJSON.Path]
        if base.isEmpty, case let .object(pairs) = node {
            candidates = [[]] + pairs.map { [.key($0.key)] }
            candidates = candidates.filter { tree[$0].map(accept) ?? false }
        } else {
            candidates = node.paths(prefix: base, where: accept)
        }
        return candidates.isEmpty ? nil : rng.element(of: candidates)
    }

    private static func describe(_ path: MutableJSON.Path) -> String {
        path.reduce("$") { text, step in
            switch step {
            case let .key(key): return text + "." + key
            case let .index(index): return text + "[\(index)]"
            }
        }
    }

    private static let strangeNumbers = [
        "-1", "11", "0", "-0", "2147483648", "-2147483649", "9223372036854775807", "-9223372036854775808",
        "9223372036854775808", "99999999999999999999999999", "1e999", "-1e999", "1E400", "0.5", "1.0", "1e2", "1e-400", "100000",
    ]

    private static let strangeTimestamps = [
        "", "2025-13-45T99:99:99.999Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2025-09-01",
        "2025-09-01T08:30:00Z", "2025-09-01T08:30:00.000+05:00", "1969-12-31T23:59:59.999Z", "-inf", "2025-02-30T00:00:00.000Z",
    ]

    private func structureMutation(_ tree: inout MutableJSON, from source: Source, _ rng: inout SplitMix64) -> String {
        switch rng.int(in: 0...15) {
        case 0, 1:
            guard let path = target(tree, &rng) else { return "nothing to retype" }
            let value = randomValue(&rng, unlike: tree[path])
            tree[path] = value
            return "\(Self.describe(path)) became \(value.kindName)"
        case 2:
            guard let path = target(tree, &rng, where: { $0.count > 0 && { if case .object = $0 { true } else { false } }($0) }),
                  case let .object(pairs)? = tree[path] else { return "no key to drop" }
            let key = rng.element(of: pairs).key
            tree[path + [.key(key)]] = nil
            return "\(Self.describe(path)).\(key) dropped"
        case 3:
            guard let path = target(tree, &rng, where: { $0.count > 0 && { if case .object = $0 { true } else { false } }($0) }),
                  case var .object(pairs)? = tree[path] else { return "no key to double" }
            var pair = rng.element(of: pairs)
            if rng.chance(0.5) { pair.value = randomValue(&rng, unlike: pair.value) }
            pairs.insert(pair, at: rng.int(in: 0...pairs.count))
            tree[path] = .object(pairs)
            return "\(Self.describe(path)).\(pair.key) twice"
        case 4:
            guard let path = target(tree, &rng, where: { if case .number = $0 { true } else { false } }) else { return "no number" }
            let number = rng.element(of: Self.strangeNumbers)
            tree[path] = .number(number)
            return "\(Self.describe(path)) = \(number)"
        case 5:
            guard let path = target(tree, &rng, where: { if case .string = $0 { true } else { false } }) else { return "no string" }
            let text = hugeString(&rng)
            tree[path] = .string(text)
            return "\(Self.describe(path)) = a string of \(text.unicodeScalars.count) characters"
        case 6:
            return wrongVersion(&tree, &rng)
        case 7, 8:
            return sharedID(&tree, &rng)
        case 9:
            return swappedKinds(&tree, &rng)
        case 10:
            guard let path = target(tree, &rng, where: { if case .string = $0 { true } else { false } }) else { return "no string" }
            let stamp = rng.element(of: Self.strangeTimestamps)
            tree[path] = .string(stamp)
            return "\(Self.describe(path)) = \"\(stamp)\""
        case 11:
            return reshapedRecords(&tree, &rng)
        case 12:
            guard let path = target(tree, &rng) else { return "nothing to nest" }
            let depth = rng.element(of: [64, 600, 20_000])
            tree[path] = .number(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
            return "\(Self.describe(path)) = arrays nested \(depth) deep"
        case 13:
            guard let path = target(tree, &rng, where: { if case .object = $0 { true } else { false } }),
                  case var .object(pairs)? = tree[path] else { return "no object" }
            let value = randomValue(&rng, unlike: nil)
            pairs.append((rng.element(of: ["unknown", "", "kind", "__proto__", "id"]), value))
            tree[path] = .object(pairs)
            return "\(Self.describe(path)) got a key \(pairs.last!.key)"
        case 14:
            guard let path = target(tree, &rng, where: { if case .string = $0 { true } else { false } }) else { return "no string" }
            let text = rng.element(of: ["", " ", "kk", "ru", "en", "KK", "lesson-self-analysis", "reflection-cards", "profile",
                                        "annualCard", "academicYear", "annual", "weekly", "pedagogue", "\u{0}", "2025-02-30", "0000-00-00"])
            tree[path] = .string(text)
            return "\(Self.describe(path)) = \"\(text)\""
        default:
            // The same part of another bundle, another teacher's or the same one's.
            let other = sources[rng.int(in: 0...(sources.count - 1))].tree
            let part = rng.element(of: ["profile", "scope", "templates", "records", "app"])
            tree[[.key(part)]] = other[[.key(part)]]
            return "$.\(part) taken from another bundle"
        }
    }

    private func randomValue(_ rng: inout SplitMix64, unlike current: MutableJSON?) -> MutableJSON {
        let choices: [MutableJSON] = [
            .null, .bool(true), .bool(false), .number("0"), .number("-1"), .number("1.5"), .string(""), .string("x"),
            .array([]), .array([.null]), .object([]), .object([("id", .string("x"))]),
        ]
        let other = choices.filter { $0.kindName != current?.kindName }
        return rng.element(of: other.isEmpty ? choices : other)
    }

    private func hugeString(_ rng: inout SplitMix64) -> String { rng.element(of: hugeStrings) }

    private func wrongVersion(_ tree: inout MutableJSON, _ rng: inout SplitMix64) -> String {
        var places: [MutableJSON.Path] = [[.key("version")], [.key("format")]]
        for index in 0..<(tree[[.key("templates")]]?.count ?? 0) {
            places.append([.key("templates"), .index(index), .key("version")])
            places.append([.key("templates"), .index(index), .key("body"), .key("version")])
        }
        let records = tree[[.key("records")]]?.count ?? 0
        if records > 0 { places.append([.key("records"), .index(rng.int(in: 0...(records - 1))), .key("template"), .key("version")]) }
        let path = rng.element(of: places)
        let value: MutableJSON = rng.element(of: [
            .number("0"), .number("-1"), .number("2"), .number("99"), .number("9223372036854775807"), .number("1e999"),
            .number("1.0"), .number("1.5"), .string("1"), .null, .bool(true), .string("kz.damu.bundle"), .string("kz.damu.bundle2"),
        ])
        tree[path] = value
        return "\(Self.describe(path)) = \(value.text())"
    }

    /// Ids shared inside the file, with the profile, or with another teacher's bundle (whose
    /// records the database may already hold), and ids that are not UUIDs.
    private func sharedID(_ tree: inout MutableJSON, _ rng: inout SplitMix64) -> String {
        let records = tree[[.key("records")]]?.count ?? 0
        guard records > 0 else { return "no record for an id" }
        let victim: MutableJSON.Path = [.key("records"), .index(rng.int(in: 0...(records - 1))), .key("id")]
        let other = sources[rng.int(in: 0...(sources.count - 1))].tree
        let otherRecords = other[[.key("records")]]?.count ?? 0
        var ids: [(String, MutableJSON?)] = [
            ("the profile's", tree[[.key("profile"), .key("id")]]),
            ("another record's", tree[[.key("records"), .index(rng.int(in: 0...(records - 1))), .key("id")]]),
            ("another bundle's profile's", other[[.key("profile"), .key("id")]]),
            ("not a UUID", .string(rng.element(of: ["", "not-a-uuid", "00000000-0000-0000-0000-00000000000G", "{910A2DEC-8902-4CC1-BEEB-8DA1658EEC67}"]))),
            ("lower case", tree[victim].flatMap { if case let .string(text) = $0 { .string(text.lowercased()) } else { nil } }),
        ]
        if otherRecords > 0 {
            ids.append(("another bundle's record's", other[[.key("records"), .index(rng.int(in: 0...(otherRecords - 1))), .key("id")]]))
        }
        let (what, id) = rng.element(of: ids)
        if rng.chance(0.2) {
            tree[[.key("profile"), .key("id")]] = id
            return "$.profile.id = \(what) id"
        }
        tree[victim] = id
        return "\(Self.describe(victim)) = \(what) id"
    }

    private func swappedKinds(_ tree: inout MutableJSON, _ rng: inout SplitMix64) -> String {
        let records = tree[[.key("records")]]?.count ?? 0
        guard records > 0 else { return "no record to swap" }
        let first = rng.int(in: 0...(records - 1)), second = rng.int(in: 0...(records - 1))
        let at: MutableJSON.Path = [.key("records"), .index(first)]
        switch rng.int(in: 0...3) {
        case 0:
            let kind = rng.element(of: ["lessonAnalysis", "reflectionCard", "routeSheet", "", "LessonAnalysis"])
            tree[at + [.key("kind")]] = .string(kind)
            return "\(Self.describe(at)).kind = \"\(kind)\""
        case 1:
            let data = tree[[.key("records"), .index(second), .key("data")]]
            tree[at + [.key("data")]] = data
            return "\(Self.describe(at)).data = $.records[\(second)].data"
        case 2:
            let template = tree[[.key("records"), .index(second), .key("template")]]
            tree[at + [.key("template")]] = template
            return "\(Self.describe(at)).template = $.records[\(second)].template"
        default:
            // The envelope of one with the body of the other: kind, template and language stay.
            let kind = tree[[.key("records"), .index(second), .key("kind")]]
            tree[at + [.key("kind")]] = kind
            return "\(Self.describe(at)).kind = $.records[\(second)].kind"
        }
    }

    private func reshapedRecords(_ tree: inout MutableJSON, _ rng: inout SplitMix64) -> String {
        guard case var .array(items)? = tree[[.key("records")]] else { return "no records" }
        switch rng.int(in: 0...3) {
        case 0 where !items.isEmpty:
            let index = rng.int(in: 0...(items.count - 1))
            items.insert(items[index], at: rng.int(in: 0...items.count))
            tree[[.key("records")]] = .array(items)
            return "$.records[\(index)] twice"
        case 1 where !items.isEmpty:
            let index = rng.int(in: 0...(items.count - 1))
            items.remove(at: index)
            tree[[.key("records")]] = .array(items)
            return "$.records[\(index)] removed"
        case 2:
            tree[[.key("records")]] = .array(rng.shuffled(items))
            return "$.records shuffled"
        default:
            tree[[.key("templates")]] = .array([])
            return "$.templates emptied"
        }
    }
}
