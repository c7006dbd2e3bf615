/// Step 5: the growth point (өсу нүктесі), 1–2 concrete steps, each begun with one of the
/// template's sentence starters.
public struct GrowthPoint: Codable, Hashable, Sendable {
    public struct Step: Codable, Hashable, Sendable {
        /// Index into the template's starters.
        public var starter: Int
        public var text: String

        public init(starter: Int, text: String) {
            self.starter = starter
            self.text = text
        }
    }

    public var steps: [Step]

    public init(steps: [Step] = []) { self.steps = steps }

    /// Steps with text, in order.
    public var written: [Step] {
        steps.filter { !TextRules.trimmed($0.text).isEmpty }
    }
}

/// What the teacher says, when starting a new analysis, about the growth point planned last time.
public struct GrowthFollowUp: Codable, Hashable, Sendable {
    public enum Outcome: String, Codable, CaseIterable, Sendable {
        case tried, partly, notYet
    }

    /// The analysis whose growth point this answers.
    public var previousAnalysisID: UUID
    /// The planned steps as they were shown, so the answer reads right even if that analysis changes.
    public var plannedSteps: [String]
    public var outcome: Outcome?
    public var note: String

    public init(previousAnalysisID: UUID, plannedSteps: [String], outcome: Outcome? = nil, note: String = "") {
        self.previousAnalysisID = previousAnalysisID
        self.plannedSteps = plannedSteps
        self.outcome = outcome
        self.note = note
    }
}

import Foundation
