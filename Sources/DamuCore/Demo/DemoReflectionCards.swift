import Foundation

/// The demo teacher's reflection cards: the annual card of the demo year, filled in, and for a
/// teacher flagged new to the profession a weekly card for each week with a lesson, whose
/// confidence climbs with the year. Same seed, same cards.
public enum DemoReflectionCards {
    public static func make(
        profile: Profile, analyses: [LessonAnalysis], template: ReflectionCardsTemplate, language: String,
        academicYear: AcademicYear, seed: UInt64
    ) -> [ReflectionCard] {
        var rng = SplitMix64(seed: seed &+ 0x5EED_CA4D)
        let texts = DemoCardTexts.forLanguage(language)
        let lastDay = analyses.last?.lesson.date ?? academicYear.lastDay
        var annual = ReflectionCard(
            id: rng.uuid(), profileID: profile.id, kind: .annual, academicYear: academicYear,
            template: template, language: texts.language, createdAt: lastDay.date.addingTimeInterval(15 * 3600))
        annual.answers = zip(texts.annual, template.annual.prompts).map { pool, prompt in
            Array(rng.shuffled(pool).prefix(prompt.items))
        }
        annual.score = rng.int(in: 7...9)
        annual.isDraft = false
        var cards = [annual]
        guard profile.isNewTeacher else { return cards }

        var weeks = Set<Int>()
        for analysis in analyses {
            guard let week = academicYear.week(containing: analysis.lesson.date), weeks.insert(week.number).inserted else { continue }
            let progress = Double(cards.count - 1) / Double(max(analyses.count - 1, 1))
            var card = ReflectionCard(
                id: rng.uuid(), profileID: profile.id, kind: .weekly, academicYear: academicYear, week: week.number,
                template: template, language: texts.language, createdAt: week.lastDay.date.addingTimeInterval(17 * 3600))
            card.answers = zip(texts.weekly, template.weekly.prompts).map { pool, prompt in
                Array(rng.shuffled(pool).prefix(prompt.items))
            }
            card.score = min(10, max(0, 3 + Int((progress * 5).rounded()) + rng.int(in: -1...1)))
            card.isDraft = false
            cards.append(card)
        }
        return cards
    }
}
