import DamuCore
import Foundation

extension LessonAnalysisRecord.Content {
    /// The answers from the stored JSON: QuickJSON's reading when it takes the text,
    /// JSONDecoder otherwise. Both read the same fields the same way (missing and null optionals
    /// are nil, unknown keys are ignored), which a test holds them to.
    static func decode(stored text: String) throws -> Self {
        if let value = QuickJSON.parse(text), let content = Self(value) { return content }
        return try JSONDecoder().decode(Self.self, from: Data(text.utf8))
    }

    init?(_ value: JSONValue) {
        guard let context = value["contextAnswers"]?.stringsValue,
              let wheel = value["wheel"].flatMap(BalanceWheel.init(json:)),
              let scaling = value["scalingAnswers"]?.stringsValue,
              let coaching = value["coachingAnswers"]?.stringsValue,
              let growth = value["growthPoint"].flatMap(GrowthPoint.init(json:)),
              let followUp = JSONValue.optional(value["followUp"], GrowthFollowUp.init(json:))
        else { return nil }
        self.init(contextAnswers: context, wheel: wheel, scalingAnswers: scaling, coachingAnswers: coaching,
                  growthPoint: growth, followUp: followUp)
    }
}

extension LessonAnalysisRecord.Content {
    /// The answers as the store keeps them: what JSONEncoder with sorted keys writes (missing
    /// optionals left out), written directly.
    var storedText: String {
        var json = StoredJSONWriter()
        json.object { json in
            json.key("coachingAnswers")
            json.list(coachingAnswers) { $0.string($1) }
            json.key("contextAnswers")
            json.list(contextAnswers) { $0.string($1) }
            if let followUp {
                json.key("followUp")
                json.object { json in
                    json.key("note")
                    json.string(followUp.note)
                    if let outcome = followUp.outcome {
                        json.key("outcome")
                        json.string(outcome.rawValue)
                    }
                    json.key("plannedSteps")
                    json.list(followUp.plannedSteps) { $0.string($1) }
                    json.key("previousAnalysisID")
                    json.string(followUp.previousAnalysisID.uuidString)
                }
            }
            json.key("growthPoint")
            json.object(listing: "steps", growthPoint.steps) { json, step in
                json.key("starter")
                json.int(step.starter)
                json.key("text")
                json.string(step.text)
            }
            json.key("scalingAnswers")
            json.list(scalingAnswers) { $0.string($1) }
            json.key("wheel")
            json.object(listing: "sectors", wheel.sectors) { json, sector in
                json.key("name")
                json.string(sector.name)
                if let score = sector.score {
                    json.key("score")
                    json.int(score)
                }
            }
        }
        return json.text
    }
}
