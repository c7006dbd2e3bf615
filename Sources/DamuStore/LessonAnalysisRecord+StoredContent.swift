import DamuCore
import Foundation

extension LessonAnalysisRecord.Content {
    /// The answers from the stored JSON: StoredJSON's quick reading when it takes the text,
    /// JSONDecoder otherwise. Both read the same fields the same way (missing and null optionals
    /// are nil, unknown keys are ignored), which a test holds them to.
    static func decode(stored text: String) throws -> Self {
        if let value = StoredJSON.parse(text), let content = Self(value) { return content }
        return try JSONDecoder().decode(Self.self, from: Data(text.utf8))
    }

    init?(_ value: JSONValue) {
        guard case let .object(fields) = value,
              let context = Self.strings(fields["contextAnswers"]),
              let wheel = Self.wheel(fields["wheel"]),
              let scaling = Self.strings(fields["scalingAnswers"]),
              let coaching = Self.strings(fields["coachingAnswers"]),
              let growth = Self.growthPoint(fields["growthPoint"]),
              let followUp = Self.optional(fields["followUp"], Self.followUp)
        else { return nil }
        self.init(contextAnswers: context, wheel: wheel, scalingAnswers: scaling, coachingAnswers: coaching,
                  growthPoint: growth, followUp: followUp)
    }

    private static func strings(_ value: JSONValue?) -> [String]? {
        guard case let .array(items)? = value else { return nil }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for item in items {
            guard case let .string(text) = item else { return nil }
            result.append(text)
        }
        return result
    }

    /// `.some(nil)` for a missing or null value, nil when it is there but unreadable.
    private static func optional<T>(_ value: JSONValue?, _ read: (JSONValue) -> T?) -> T?? {
        guard let value, value != .null else { return .some(nil) }
        return read(value).map { .some($0) }
    }

    private static func wheel(_ value: JSONValue?) -> BalanceWheel? {
        guard case let .object(fields)? = value, case let .array(items)? = fields["sectors"] else { return nil }
        var sectors: [BalanceWheel.Sector] = []
        for item in items {
            guard case let .object(sector) = item, case let .string(name)? = sector["name"],
                  let score = optional(sector["score"], { if case let .int(number) = $0 { number } else { nil } })
            else { return nil }
            sectors.append(.init(name: name, score: score))
        }
        return BalanceWheel(sectors: sectors)
    }

    private static func growthPoint(_ value: JSONValue?) -> GrowthPoint? {
        guard case let .object(fields)? = value, case let .array(items)? = fields["steps"] else { return nil }
        var steps: [GrowthPoint.Step] = []
        for item in items {
            guard case let .object(step) = item, case let .int(starter)? = step["starter"], case let .string(text)? = step["text"]
            else { return nil }
            steps.append(.init(starter: starter, text: text))
        }
        return GrowthPoint(steps: steps)
    }

    private static func followUp(_ value: JSONValue) -> GrowthFollowUp? {
        guard case let .object(fields) = value, case let .string(id)? = fields["previousAnalysisID"], let uuid = UUID(uuidString: id),
              let planned = strings(fields["plannedSteps"]), case let .string(note)? = fields["note"],
              let outcome = optional(fields["outcome"], { if case let .string(raw) = $0 { GrowthFollowUp.Outcome(rawValue: raw) } else { nil } })
        else { return nil }
        return GrowthFollowUp(previousAnalysisID: uuid, plannedSteps: planned, outcome: outcome, note: note)
    }
}
