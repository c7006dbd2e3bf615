import Foundation

/// A lesson analysis's answers as a bundle carries them; the profile is the bundle's.
public struct LessonAnalysisData: Codable, Hashable, Sendable {
    public struct Lesson: Codable, Hashable, Sendable {
        /// "2025-10-07".
        public var date: String
        public var grade: String
        public var subject: String
        public var topic: String
    }

    public var lesson: Lesson
    public var contextAnswers: [String]
    public var wheel: BalanceWheel
    public var scaling: LessonAnalysis.Scaling
    public var coachingAnswers: [String]
    public var growthPoint: GrowthPoint
    public var followUp: GrowthFollowUp?

    public init(_ analysis: LessonAnalysis) {
        lesson = Lesson(
            date: analysis.lesson.date.iso, grade: analysis.lesson.grade, subject: analysis.lesson.subject,
            topic: analysis.lesson.topic)
        contextAnswers = analysis.contextAnswers
        wheel = analysis.wheel
        scaling = analysis.scaling
        coachingAnswers = analysis.coachingAnswers
        growthPoint = analysis.growthPoint
        followUp = analysis.followUp
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lesson = try container.decode(Lesson.self, forKey: .lesson)
        contextAnswers = try container.decode([String].self, forKey: .contextAnswers)
        wheel = try container.decode(BalanceWheel.self, forKey: .wheel)
        scaling = try container.decode(LessonAnalysis.Scaling.self, forKey: .scaling)
        coachingAnswers = try container.decode([String].self, forKey: .coachingAnswers)
        growthPoint = try container.decode(GrowthPoint.self, forKey: .growthPoint)
        followUp = try container.decodeIfPresent(GrowthFollowUp.self, forKey: .followUp)
        let lessonContainer = try container.nestedContainer(keyedBy: Lesson.CodingKeys.self, forKey: .lesson)
        do {
            _ = try LessonDate(iso: lesson.date)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .date, in: lessonContainer, debugDescription: BundleDay.problem(lesson.date, error))
        }
    }

    func analysis(envelope: BundleRecord, profileID: UUID) -> LessonAnalysis? {
        guard let date = try? LessonDate(iso: lesson.date) else { return nil }
        return LessonAnalysis(
            id: envelope.id, profileID: profileID, createdAt: envelope.createdAt,
            updatedAt: envelope.updatedAt, templateID: envelope.template.id, templateVersion: envelope.template.version,
            language: envelope.language,
            lesson: .init(date: date, grade: lesson.grade, subject: lesson.subject, topic: lesson.topic),
            contextAnswers: contextAnswers, wheel: wheel, scaling: scaling, coachingAnswers: coachingAnswers,
            growthPoint: growthPoint, followUp: followUp)
    }
}

extension LessonAnalysisData.Lesson {
    enum CodingKeys: String, CodingKey { case date, grade, subject, topic }
}

/// A reflection card's answers as a bundle carries them.
public struct ReflectionCardData: Codable, Hashable, Sendable {
    public var card: ReflectionCard.Kind
    /// "2025-2026".
    public var academicYear: String
    public var week: Int?
    public var answers: [[String]]
    public var score: Int?
    public var draft: Bool

    enum CodingKeys: String, CodingKey { case card, academicYear, week, answers, score, draft }

    public init(_ card: ReflectionCard) {
        self.card = card.kind
        academicYear = card.academicYear.description
        week = card.week
        answers = card.answers
        score = card.score
        draft = card.isDraft
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        card = try container.decode(ReflectionCard.Kind.self, forKey: .card)
        academicYear = try container.decodeAcademicYear(forKey: .academicYear).description
        week = try container.decodeIfPresent(Int.self, forKey: .week)
        answers = try container.decode([[String]].self, forKey: .answers)
        score = try container.decodeIfPresent(Int.self, forKey: .score)
        draft = try container.decode(Bool.self, forKey: .draft)
    }

    func card(envelope: BundleRecord, profileID: UUID) -> ReflectionCard? {
        guard let year = try? AcademicYear(parsing: academicYear) else { return nil }
        return ReflectionCard(
            id: envelope.id, profileID: profileID, createdAt: envelope.createdAt,
            updatedAt: envelope.updatedAt, kind: card, academicYear: year, week: week,
            templateID: envelope.template.id, templateVersion: envelope.template.version, language: envelope.language,
            answers: answers, score: score, isDraft: draft)
    }
}

enum BundleText {
    /// A value quoted in a message, cut short: a file may hold a megabyte where a word belongs.
    static func excerpt(_ text: String, limit: Int = 40) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
