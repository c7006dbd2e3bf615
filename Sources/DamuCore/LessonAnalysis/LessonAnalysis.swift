import Foundation

/// One lesson self-analysis with coaching elements: the lesson's details and the five steps
/// (context, balance wheel, scaling, coaching questions, growth point), filled against one
/// version of the template.
public struct LessonAnalysis: Identifiable, Hashable, Codable, Sendable {
    public struct Lesson: Codable, Hashable, Sendable {
        public var date: LessonDate
        /// The class, e.g. "7 Ә".
        public var grade: String
        public var subject: String
        public var topic: String

        public init(date: LessonDate, grade: String = "", subject: String = "", topic: String = "") {
            self.date = date
            self.grade = grade
            self.subject = subject
            self.topic = topic
        }
    }

    /// Step 3: satisfaction 0–10 and the four follow-up answers.
    public struct Scaling: Codable, Hashable, Sendable {
        public var score: Int?
        public var answers: [String]

        public init(score: Int? = nil, answers: [String]) {
            self.score = score
            self.answers = answers
        }
    }

    public var id: UUID
    public var profileID: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var templateID: String
    public var templateVersion: Int
    /// The language the template was shown in while this was written.
    public var language: String
    public var lesson: Lesson
    public var contextAnswers: [String]
    public var wheel: BalanceWheel
    public var scaling: Scaling
    public var coachingAnswers: [String]
    public var growthPoint: GrowthPoint
    public var followUp: GrowthFollowUp?

    /// A blank analysis of `template` for today's lesson.
    public init(
        id: UUID = UUID(), profileID: UUID, template: LessonAnalysisTemplate, language: String,
        lesson: Lesson = Lesson(date: .today), createdAt: Date = Date()
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.templateID = template.id
        self.templateVersion = template.version
        self.language = language
        self.lesson = lesson
        contextAnswers = Array(repeating: "", count: template.context.questions.count)
        wheel = BalanceWheel(template: template, language: language)
        scaling = Scaling(answers: Array(repeating: "", count: template.scaling.questions.count))
        coachingAnswers = Array(repeating: "", count: template.coaching.questions.count)
        growthPoint = GrowthPoint()
        followUp = nil
    }

    /// Every field as stored.
    public init(
        id: UUID, profileID: UUID, createdAt: Date, updatedAt: Date, templateID: String, templateVersion: Int,
        language: String, lesson: Lesson, contextAnswers: [String], wheel: BalanceWheel, scaling: Scaling,
        coachingAnswers: [String], growthPoint: GrowthPoint, followUp: GrowthFollowUp?
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.lesson = lesson
        self.contextAnswers = contextAnswers
        self.wheel = wheel
        self.scaling = scaling
        self.coachingAnswers = coachingAnswers
        self.growthPoint = growthPoint
        self.followUp = followUp
    }

    /// The analysis as it may be saved against `template`: every text and score checked.
    public func validated(against template: LessonAnalysisTemplate) throws -> LessonAnalysis {
        guard template.id == templateID, template.version == templateVersion else {
            throw DamuError.template("analysis \(id) was filled against \(templateID) v\(templateVersion)")
        }
        var analysis = self
        analysis.lesson.grade = try TextRules.line(lesson.grade, field: tr("Class"))
        analysis.lesson.subject = try TextRules.line(lesson.subject, field: tr("Subject"))
        analysis.lesson.topic = try TextRules.line(lesson.topic, field: tr("Topic"))
        analysis.contextAnswers = try Self.answers(
            contextAnswers, count: template.context.questions.count, step: tr("Step 1, context"))
        analysis.wheel = try wheel.validated()
        try Score.validate(scaling.score, field: tr("Step 3, satisfaction"))
        analysis.scaling.answers = try Self.answers(
            scaling.answers, count: template.scaling.questions.count, step: tr("Step 3, scaling"))
        analysis.coachingAnswers = try Self.answers(
            coachingAnswers, count: template.coaching.questions.count, step: tr("Step 4, coaching questions"))
        analysis.growthPoint = try validatedGrowthPoint(template: template)
        if var followUp {
            followUp.note = try TextRules.paragraph(followUp.note, field: tr("Last growth point"))
            followUp.plannedSteps = try followUp.plannedSteps.map { try TextRules.paragraph($0, field: tr("Last growth point")) }
            analysis.followUp = followUp
        }
        return analysis
    }

    private func validatedGrowthPoint(template: LessonAnalysisTemplate) throws -> GrowthPoint {
        let field = tr("Step 5, growth point")
        let steps = growthPoint.written
        guard steps.count <= template.growthPoint.maxSteps else {
            throw DamuError.invalid(
                field: field,
                message: String(format: tr("has %ld steps; write at most %ld"), steps.count, template.growthPoint.maxSteps))
        }
        return GrowthPoint(steps: try steps.map { step in
            guard template.growthPoint.starters.indices.contains(step.starter) else {
                throw DamuError.invalid(field: field, message: tr("a step has no sentence starter"))
            }
            return GrowthPoint.Step(starter: step.starter, text: try TextRules.paragraph(step.text, field: field))
        })
    }

    private static func answers(_ answers: [String], count: Int, step: String) throws -> [String] {
        guard answers.count == count else {
            throw DamuError.invalid(
                field: step, message: String(format: tr("has %ld answers; the template asks %ld questions"), answers.count, count))
        }
        return try answers.enumerated().map { index, text in
            try TextRules.paragraph(text, field: "\(step), \(index + 1)")
        }
    }

    /// The growth point as sentences: each starter with its "..." replaced by what the teacher wrote.
    public func growthSentences(template: LessonAnalysisTemplate) -> [String] {
        growthPoint.written.map { step in
            let starter = template.growthPoint.starters[step.starter].text(in: language)
            return GrowthSentence.compose(starter: starter, text: step.text)
        }
    }
}

/// Puts the teacher's words into a sentence starter such as "Келесі сабақта мен ... байқап көремін".
public enum GrowthSentence {
    public static func compose(starter: String, text: String) -> String {
        let words = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let gap = starter.range(of: "...") else { return starter + " " + words }
        var sentence = starter.replacingCharacters(in: gap, with: words)
        sentence = sentence.replacingOccurrences(of: "  ", with: " ").trimmingCharacters(in: .whitespaces)
        return sentence
    }
}
