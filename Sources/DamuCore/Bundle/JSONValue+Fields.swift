import Foundation

/// Reading parsed JSON the way JSONDecoder reads Damu's types, where speed matters (stored answers,
/// a bundle's lessons). Each reader answers nil where JSONDecoder would throw, so callers fall back
/// to it and its messages; missing and null optionals are nil, and unknown keys are ignored, as
/// JSONDecoder's synthesized decoding does.
extension JSONValue {
    public subscript(key: String) -> JSONValue? {
        guard case let .object(fields) = self else { return nil }
        return fields[key]
    }

    public var stringValue: String? {
        if case let .string(text) = self { text } else { nil }
    }

    public var intValue: Int? {
        if case let .int(number) = self { number } else { nil }
    }

    public var stringsValue: [String]? {
        guard case let .array(items) = self else { return nil }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case let .string(text) = item else { return nil }
            result.append(text)
        }
        return result
    }

    public var uuidValue: UUID? { stringValue.flatMap(UUID.init(uuidString:)) }

    /// `.some(nil)` for a missing or null value, nil when it is there but unreadable.
    public static func optional<T>(_ value: JSONValue?, _ read: (JSONValue) -> T?) -> T?? {
        guard let value, value != .null else { return .some(nil) }
        return read(value).map { .some($0) }
    }
}

extension BalanceWheel {
    public init?(json value: JSONValue) {
        guard case let .array(items)? = value["sectors"] else { return nil }
        var sectors: [Sector] = []
        sectors.reserveCapacity(items.count)
        for item in items {
            guard let name = item["name"]?.stringValue, let score = JSONValue.optional(item["score"], \.intValue) else { return nil }
            sectors.append(.init(name: name, score: score))
        }
        self.init(sectors: sectors)
    }
}

extension GrowthPoint {
    public init?(json value: JSONValue) {
        guard case let .array(items)? = value["steps"] else { return nil }
        var steps: [Step] = []
        for item in items {
            guard let starter = item["starter"]?.intValue, let text = item["text"]?.stringValue else { return nil }
            steps.append(.init(starter: starter, text: text))
        }
        self.init(steps: steps)
    }
}

extension GrowthFollowUp {
    public init?(json value: JSONValue) {
        guard let id = value["previousAnalysisID"]?.uuidValue, let planned = value["plannedSteps"]?.stringsValue,
              let note = value["note"]?.stringValue,
              let outcome = JSONValue.optional(value["outcome"], { $0.stringValue.flatMap(Outcome.init(rawValue:)) })
        else { return nil }
        self.init(previousAnalysisID: id, plannedSteps: planned, outcome: outcome, note: note)
    }
}
