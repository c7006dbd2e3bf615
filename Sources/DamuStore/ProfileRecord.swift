import DamuCore
import Foundation
import GRDB

/// A profile row. Deletion is a tombstone (`deletedAt`) so exports and merges can tell it apart
/// from a profile that never existed.
struct ProfileRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "profile"

    var id: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var fullName: String
    var school: String
    var subjects: String
    var category: String?
    var isNewTeacher: Bool
    var yearsOfService: Int
    var methodologicalTopic: String
    var developmentGoal: String
    var mentor: String

    init(_ profile: Profile) {
        id = profile.id
        createdAt = profile.createdAt
        updatedAt = profile.updatedAt
        deletedAt = nil
        fullName = profile.fullName
        school = profile.school
        subjects = profile.subjects
        category = profile.category?.rawValue
        isNewTeacher = profile.isNewTeacher
        yearsOfService = profile.yearsOfService
        methodologicalTopic = profile.methodologicalTopic
        developmentGoal = profile.developmentGoal
        mentor = profile.mentor
    }

    var profile: Profile {
        Profile(
            id: id, createdAt: createdAt, updatedAt: updatedAt, fullName: fullName, school: school,
            subjects: subjects, category: category.flatMap(QualificationCategory.init(rawValue:)),
            isNewTeacher: isNewTeacher, yearsOfService: yearsOfService,
            methodologicalTopic: methodologicalTopic, developmentGoal: developmentGoal, mentor: mentor)
    }
}
