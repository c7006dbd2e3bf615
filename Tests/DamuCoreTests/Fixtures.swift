import DamuCore
import Foundation

/// The repository's files, found from this source file so tests run from any working directory.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataDirectory = repositoryRoot.appendingPathComponent("data", isDirectory: true)
    static let templateFile = dataDirectory.appendingPathComponent("templates/lesson-self-analysis.v1.json")

    static func template() throws -> LessonAnalysisTemplate {
        try LessonAnalysisTemplate.load(from: templateFile)
    }

    /// A fully answered analysis that passes validation.
    static func analysis(
        template: LessonAnalysisTemplate, profileID: UUID = UUID(), date: String = "2025-10-07",
        scores: [Int] = [5, 6, 7, 8, 4, 5, 6, 7], createdAt: Date = Date(timeIntervalSince1970: 1_760_000_000)
    ) throws -> LessonAnalysis {
        var analysis = LessonAnalysis(
            profileID: profileID, template: template, language: "kk",
            lesson: .init(date: try LessonDate(iso: date), grade: "7 Ә", subject: "Алгебра", topic: "Көпмүшелер"),
            createdAt: createdAt)
        for index in analysis.wheel.sectors.indices { analysis.wheel.sectors[index].score = scores[index] }
        analysis.scaling.score = 7
        analysis.contextAnswers = analysis.contextAnswers.indices.map { "Жауап \($0 + 1)" }
        analysis.scaling.answers = analysis.scaling.answers.indices.map { "Шкала \($0 + 1)" }
        analysis.coachingAnswers = analysis.coachingAnswers.indices.map { "Коучинг \($0 + 1)" }
        analysis.growthPoint = GrowthPoint(steps: [.init(starter: 0, text: "жұптық талқылауды")])
        return analysis
    }
}

extension DamuError {
    /// The field an `.invalid` error names, nil for other kinds.
    var field: String? {
        if case let .invalid(field, _) = self { return field }
        return nil
    }
}
