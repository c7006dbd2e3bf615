import Foundation

/// One teacher on this PC. Several may share a school computer.
public struct Profile: Identifiable, Hashable, Codable, Sendable {
    public var id: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var fullName: String
    public var school: String
    public var subjects: String
    /// Nil while the teacher has no category assigned yet.
    public var category: QualificationCategory?
    public var isNewTeacher: Bool
    public var yearsOfService: Int
    public var methodologicalTopic: String
    public var developmentGoal: String
    public var mentor: String

    public init(
        id: UUID = UUID(), createdAt: Date = Date(), updatedAt: Date? = nil, fullName: String,
        school: String = "", subjects: String = "", category: QualificationCategory? = nil,
        isNewTeacher: Bool = false, yearsOfService: Int = 0, methodologicalTopic: String = "",
        developmentGoal: String = "", mentor: String = ""
    ) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.fullName = fullName
        self.school = school
        self.subjects = subjects
        self.category = category
        self.isNewTeacher = isNewTeacher
        self.yearsOfService = yearsOfService
        self.methodologicalTopic = methodologicalTopic
        self.developmentGoal = developmentGoal
        self.mentor = mentor
    }

    public static let maximumYearsOfService = 60

    /// The profile as it may be saved: texts trimmed, every field checked.
    public func validated() throws -> Profile {
        var profile = self
        profile.fullName = try TextRules.line(fullName, field: tr("Full name"), required: true)
        profile.school = try TextRules.line(school, field: tr("School"))
        profile.subjects = try TextRules.line(subjects, field: tr("Subjects"))
        profile.methodologicalTopic = try TextRules.paragraph(methodologicalTopic, field: tr("Methodological topic"))
        profile.developmentGoal = try TextRules.paragraph(developmentGoal, field: tr("Professional development goal"))
        profile.mentor = try TextRules.line(mentor, field: tr("Mentor"))
        guard (0...Self.maximumYearsOfService).contains(yearsOfService) else {
            throw DamuError.invalid(
                field: tr("Years of service"),
                message: String(format: tr("must be a whole number from 0 to %ld"), Self.maximumYearsOfService))
        }
        return profile
    }
}
