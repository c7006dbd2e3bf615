import Foundation

/// Writes the demo teacher's analyses one lesson after another. It remembers what a real teacher
/// would carry over: the classes' progress through their topics, which phrases were used lately,
/// and the growth point planned last time, which nudges that sector up when it was tried.
struct LessonWriter {
    private let template: LessonAnalysisTemplate
    private let phrases: DemoPhrases
    private let profileID: UUID
    /// Where the teacher starts in each wheel sector, and how much it grows by May.
    private let baseline: [Double]
    private let growth: [Double]
    /// Extra points a sector gets for a while after the teacher worked on it.
    private var boost = [Double](repeating: 0, count: BalanceWheel.sectorCount)
    /// The sector last lesson's first growth step worked on.
    private var lastFocus: Int?
    private var classes = PhraseDeck(count: 4)
    private var contextDecks: [PhraseDeck]
    private var whyNotLower: PhraseDeck
    private var helpers: PhraseDeck
    private var signs: PhraseDeck
    private var coachingDecks: [PhraseDeck]

    /// Sector order: goal, motivation, activity, atmosphere, methods, assessment, own state, innovation.
    /// A typical picture: a warm class and clear aims, weaker assessment and learner activity.
    private static let typicalStart: [Double] = [6.2, 5.4, 4.6, 7.0, 5.6, 4.3, 6.0, 4.4]
    private static let typicalGrowth: [Double] = [1.4, 1.8, 2.6, 0.9, 1.9, 2.8, 1.2, 2.4]

    /// Per class (grades 5–8): its subjects and the part of each topic list it covers this year.
    private static let syllabus: [[(DemoPhrases.Subject, Range<Int>)]] = [
        [(.mathematics, 0..<8)],
        [(.mathematics, 4..<12)],
        [(.algebra, 0..<7), (.geometry, 0..<6)],
        [(.algebra, 5..<12), (.geometry, 4..<10)],
    ]

    init(template: LessonAnalysisTemplate, phrases: DemoPhrases, profileID: UUID, rng: inout SplitMix64) {
        self.template = template
        self.phrases = phrases
        self.profileID = profileID
        baseline = Self.typicalStart.map { $0 + rng.unit() - 0.5 }
        growth = Self.typicalGrowth.map { $0 * (0.8 + 0.4 * rng.unit()) }
        contextDecks = phrases.context.map { PhraseDeck(count: $0.count) }
        whyNotLower = PhraseDeck(count: phrases.whyNotLower.count)
        helpers = PhraseDeck(count: phrases.helpers.count)
        signs = PhraseDeck(count: phrases.signsOfChange.count)
        coachingDecks = phrases.coaching.map { PhraseDeck(count: $0.count) }
    }

    /// The analysis of the lesson on `date`, `progress` of the way (0…1) through the year.
    mutating func analysis(
        on date: LessonDate, progress: Double, previous: LessonAnalysis?, rng: inout SplitMix64
    ) -> LessonAnalysis {
        let id = rng.uuid()
        let createdAt = date.date.addingTimeInterval(Double(rng.int(in: -3 * 3600...1 * 3600)))
        let lesson = chooseLesson(on: date, progress: progress, rng: &rng)
        var analysis = LessonAnalysis(
            id: id, profileID: profileID, template: template, language: phrases.language,
            lesson: lesson, createdAt: createdAt)

        if let previous {
            analysis.followUp = followUp(on: previous, progress: progress, rng: &rng)
        }
        boost = boost.map { $0 * 0.6 }
        if let followUp = analysis.followUp, let worked = lastFocus {
            switch followUp.outcome {
            case .tried: boost[worked] += 0.9
            case .partly: boost[worked] += 0.4
            case .notYet, nil: break
            }
        }

        let scores = wheelScores(progress: progress, month: date.month, rng: &rng)
        for index in analysis.wheel.sectors.indices {
            analysis.wheel.sectors[index].score = scores[index % scores.count]
        }
        analysis.scaling.score = satisfaction(wheel: scores, rng: &rng)
        let weakest = weakestSectors(scores, rng: &rng)
        lastFocus = weakest[0]

        analysis.contextAnswers = analysis.contextAnswers.indices.map { question in
            let pool = phrases.context[question % phrases.context.count]
            let phrase = pool[contextDecks[question % contextDecks.count].next(&rng)]
            return phrase.replacingOccurrences(of: "{topic}", with: lesson.topic)
        }
        let scaling = [
            phrases.whyNotLower[whyNotLower.next(&rng)],
            phrases.plusOneBySector[weakest[0]],
            phrases.helpers[helpers.next(&rng)],
            phrases.signsOfChange[signs.next(&rng)],
        ]
        analysis.scaling.answers = analysis.scaling.answers.indices.map { scaling[$0 % scaling.count] }
        analysis.coachingAnswers = analysis.coachingAnswers.indices.map { question in
            let pool = phrases.coaching[question % phrases.coaching.count]
            return pool[coachingDecks[question % coachingDecks.count].next(&rng)]
        }
        analysis.growthPoint = growthPoint(weakest: weakest, rng: &rng)
        return analysis
    }

    private mutating func chooseLesson(on date: LessonDate, progress: Double, rng: inout SplitMix64) -> LessonAnalysis.Lesson {
        let classIndex = classes.next(&rng)
        let subjects = Self.syllabus[classIndex]
        let (subject, part) = subjects.count == 1 || rng.chance(0.6) ? subjects[0] : subjects[1]
        let topics = phrases.topics[subject] ?? []
        let topicIndex = part.lowerBound + min(Int(progress * Double(part.count)), part.count - 1)
        return LessonAnalysis.Lesson(
            date: date, grade: phrases.classes[classIndex], subject: phrases.subjectNames[subject] ?? "",
            topic: topics.indices.contains(topicIndex) ? topics[topicIndex] : "")
    }

    /// Gentle growth through the year, a shared "how the day went" swing, noise per sector, and a
    /// December dip (tired before the winter break); kept within 3–10.
    private mutating func wheelScores(progress: Double, month: Int, rng: inout SplitMix64) -> [Int] {
        let day = (rng.unit() - 0.5) * 1.6 - (month == 12 ? 0.4 : 0)
        return baseline.indices.map { sector in
            let noise = (rng.unit() + rng.unit() - 1) * 1.4
            let value = baseline[sector] + growth[sector] * progress + boost[sector] + day + noise
            return min(10, max(3, Int(value.rounded())))
        }
    }

    private func satisfaction(wheel: [Int], rng: inout SplitMix64) -> Int {
        let mean = Double(wheel.reduce(0, +)) / Double(wheel.count)
        let value = mean - 0.2 + (rng.unit() - 0.5) * 1.4
        return min(9, max(4, Int(value.rounded())))
    }

    /// Sector indices from the lowest score up; ties broken at random.
    private func weakestSectors(_ scores: [Int], rng: inout SplitMix64) -> [Int] {
        let keys = scores.indices.map { _ in rng.next() }
        return scores.indices.sorted { (scores[$0], keys[$0]) < (scores[$1], keys[$1]) }
    }

    /// One step for the weakest sector and, now and then, a second for the next weakest.
    private func growthPoint(weakest: [Int], rng: inout SplitMix64) -> GrowthPoint {
        let wantsTwo = rng.chance(0.4)
        let count = min(wantsTwo ? 2 : 1, template.growthPoint.maxSteps)
        let starters = template.growthPoint.starters.count
        return GrowthPoint(steps: weakest.prefix(count).map { sector in
            let step = rng.element(of: phrases.stepsBySector[sector])
            return GrowthPoint.Step(starter: min(step.starter, starters - 1), text: step.text)
        })
    }

    /// The answer about last lesson's growth point; the teacher follows through more often as the
    /// year goes on.
    private func followUp(on previous: LessonAnalysis, progress: Double, rng: inout SplitMix64) -> GrowthFollowUp {
        let roll = rng.unit()
        let tried = 0.45 + 0.25 * progress
        let outcome: GrowthFollowUp.Outcome = roll < tried ? .tried : roll < tried + 0.3 ? .partly : .notYet
        let note = rng.element(of: phrases.followUpNotes[outcome] ?? [""])
        return GrowthFollowUp(
            previousAnalysisID: previous.id, plannedSteps: previous.growthSentences(template: template),
            outcome: outcome, note: note)
    }
}
