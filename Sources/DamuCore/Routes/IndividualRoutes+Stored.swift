import Foundation

extension ProfessionalDevelopmentRoute {
    /// A route as a store or a bundle holds it, every part given; `validated()` checks it.
    public init(
        id: UUID, profileID: UUID, createdAt: Date, updatedAt: Date, templateID: String, templateVersion: Int,
        language: String, topic: String, periodStart: LessonDate, periodEnd: LessonDate,
        goals: [Item], actions: [Item], selfHelp: [Item], indicators: [Item]
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.topic = topic
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.goals = goals
        self.actions = actions
        self.selfHelp = selfHelp
        self.indicators = indicators
    }
}

extension EducationalRoute {
    /// A route as a store or a bundle holds it, every part given; `validated(template:)` checks it.
    public init(
        id: UUID, profileID: UUID, createdAt: Date, updatedAt: Date, templateID: String, templateVersion: Int,
        language: String, academicYear: AcademicYear, header: Header, blocks: [Block]
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.academicYear = academicYear
        self.header = header
        self.blocks = blocks
    }
}
