import Foundation

/// The instrument a lesson self-analysis is filled against (seed 004, Case 2): its questions,
/// the balance wheel's sectors, the scaling questions, the coaching questions and the
/// growth-point sentence starters. Loaded from `data/templates/`; versioned.
public struct LessonAnalysisTemplate: Codable, Hashable, Sendable {
    public struct Sector: Codable, Hashable, Sendable {
        public var name: LocalizedText
        public var question: LocalizedText
    }

    public struct QuestionStep: Codable, Hashable, Sendable {
        public var title: LocalizedText
        public var questions: [LocalizedText]
    }

    public struct WheelStep: Codable, Hashable, Sendable {
        public var title: LocalizedText
        public var wheelName: LocalizedText
        public var instruction: LocalizedText
        public var sectors: [Sector]
    }

    public struct ScalingStep: Codable, Hashable, Sendable {
        public var title: LocalizedText
        public var scoreQuestion: LocalizedText
        public var questions: [LocalizedText]
    }

    public struct GrowthPointStep: Codable, Hashable, Sendable {
        public var title: LocalizedText
        public var instruction: LocalizedText
        public var maxSteps: Int
        public var starters: [LocalizedText]
    }

    public var id: String
    public var version: Int
    public var source: String
    public var corrections: [String]
    public var title: LocalizedText
    public var purpose: LocalizedText
    public var context: QuestionStep
    public var wheel: WheelStep
    public var scaling: ScalingStep
    public var coaching: QuestionStep
    public var growthPoint: GrowthPointStep

    public static let identifier = "lesson-self-analysis"

    /// Reads and checks a template file; the counts are those of the seed.
    public static func load(from url: URL) throws -> LessonAnalysisTemplate {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DamuError.template(String(format: tr("Cannot read the instrument file %@."), url.path))
        }
        return try decode(data, origin: url.lastPathComponent)
    }

    public static func decode(_ data: Data, origin: String) throws -> LessonAnalysisTemplate {
        let template: LessonAnalysisTemplate
        do { template = try JSONDecoder().decode(LessonAnalysisTemplate.self, from: data) } catch {
            throw DamuError.template(String(format: tr("The instrument file %@ is damaged: %@"), origin, "\(error)"))
        }
        try template.checkShape(origin: origin)
        return template
    }

    /// The snapshot stored with each record: canonical JSON, so equal templates give equal bytes.
    public func snapshotJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    private func checkShape(origin: String) throws {
        let counts = [
            (context.questions.count, 4, "context questions"),
            (wheel.sectors.count, BalanceWheel.sectorCount, "wheel sectors"),
            (scaling.questions.count, 4, "scaling follow-up questions"),
            (coaching.questions.count, 5, "coaching questions"),
            (growthPoint.starters.count, 3, "growth-point starters"),
        ]
        for (actual, expected, what) in counts where actual != expected {
            throw DamuError.template("\(origin): \(what): \(actual), expected \(expected)")
        }
        guard id == Self.identifier, version >= 1, (1...3).contains(growthPoint.maxSteps) else {
            throw DamuError.template("\(origin): unexpected id, version or maxSteps")
        }
    }
}
