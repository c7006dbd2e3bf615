import DamuCore
import DamuStore
import Foundation

/// Saves lesson analyses as fast as it can, forever, so that a SIGKILL lands at a random point of
/// a transaction. Each save is announced before it starts and confirmed once `save` has returned
/// (that is, once SQLite has committed it), each line in one write(2) so a kill never leaves a
/// confirmation without its analysis:
///   saving <id> <base64 JSON of the analysis as given>
///   committed <id> <base64 JSON of the analysis as stored>
struct SaveLoop {
    /// One teacher for every run, so the runs pile up in one history.
    static let profileID = UUID(uuidString: "0D1E5E1F-5A7E-4B1C-9C11-000000000001")!

    let databasePath: String
    let seed: UInt64

    func run() throws -> Never {
        let template = try TemplateCatalog.shipped().current
        let database = try AppDatabase.open(at: URL(fileURLWithPath: databasePath))
        if try database.profile(id: Self.profileID) == nil {
            try database.save(Profile(id: Self.profileID, fullName: "Сынақ Мұғалім", school: "№ 1 мектеп"))
        }
        var rng = SplitMix64(seed: seed)
        var committed: [LessonAnalysis] = []
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        while true {
            var analysis: LessonAnalysis
            if !committed.isEmpty, rng.chance(0.25) {
                // Edits rewrite a row in place: a torn update must not be possible either.
                analysis = rng.element(of: committed)
            } else {
                analysis = LessonAnalysis(
                    id: rng.uuid(), profileID: Self.profileID, template: template, language: "kk",
                    lesson: .init(date: Variation.date(rng: &rng)))
            }
            Variation.fill(&analysis, template: template, rng: &rng)
            report("saving", analysis, encoder)
            let stored = try database.save(analysis, template: template)
            report("committed", stored, encoder)
            committed.removeAll { $0.id == stored.id }
            committed.append(stored)
        }
    }

    private func report(_ word: String, _ analysis: LessonAnalysis, _ encoder: JSONEncoder) {
        let json = (try? encoder.encode(analysis)) ?? Data()
        FileHandle.standardOutput.write(Data("\(word) \(analysis.id.uuidString) \(json.base64EncodedString())\n".utf8))
    }
}

/// Random but valid answers, some long enough to span several database pages.
enum Variation {
    static let words = ["сабақ", "оқушылар", "топтық жұмыс", "кері байланыс", "мақсат", "бағалау", "сұрақ", "ұрпақ", "ғылым", "өзгеріс"]

    static func date(rng: inout SplitMix64) -> LessonDate {
        try! LessonDate(year: 2025 + rng.int(in: 0...1), month: rng.int(in: 1...12), day: rng.int(in: 1...28))
    }

    static func text(rng: inout SplitMix64, maximumWords: Int) -> String {
        let count = rng.int(in: 0...maximumWords)
        return (0..<count).map { _ in rng.element(of: words) }.joined(separator: " ")
    }

    static func fill(_ analysis: inout LessonAnalysis, template: LessonAnalysisTemplate, rng: inout SplitMix64) {
        analysis.lesson.grade = "\(rng.int(in: 1...11)) Ә"
        analysis.lesson.subject = rng.element(of: ["Алгебра", "Физика", "Қазақ тілі"])
        analysis.lesson.topic = text(rng: &rng, maximumWords: 8)
        for index in analysis.wheel.sectors.indices {
            analysis.wheel.sectors[index].score = rng.chance(0.9) ? rng.int(in: 0...10) : nil
        }
        analysis.scaling.score = rng.int(in: 0...10)
        analysis.contextAnswers = analysis.contextAnswers.map { _ in text(rng: &rng, maximumWords: 400) }
        analysis.scaling.answers = analysis.scaling.answers.map { _ in text(rng: &rng, maximumWords: 60) }
        analysis.coachingAnswers = analysis.coachingAnswers.map { _ in text(rng: &rng, maximumWords: 60) }
        analysis.growthPoint = GrowthPoint(steps: [
            .init(starter: rng.int(in: 0...(template.growthPoint.starters.count - 1)), text: text(rng: &rng, maximumWords: 20)),
        ])
    }
}
