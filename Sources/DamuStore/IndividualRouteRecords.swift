import DamuCore
import Foundation
import GRDB

/// A row of `professionalRoute` (Table 17): what lists stays in columns; the four lists live in `content`.
struct ProfessionalRouteRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "professionalRoute"
    struct Content: Codable {
        var goals: [ProfessionalDevelopmentRoute.Item]
        var actions: [ProfessionalDevelopmentRoute.Item]
        var selfHelp: [ProfessionalDevelopmentRoute.Item]
        var indicators: [ProfessionalDevelopmentRoute.Item]
    }

    var id: UUID
    var profileId: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var templateId: String
    var templateVersion: Int
    var language: String
    var topic: String
    var periodStart: String
    var periodEnd: String
    var content: String

    init(_ route: ProfessionalDevelopmentRoute) throws {
        id = route.id
        profileId = route.profileID
        createdAt = route.createdAt
        updatedAt = route.updatedAt
        deletedAt = nil
        templateId = route.templateID
        templateVersion = route.templateVersion
        language = route.language
        topic = route.topic
        periodStart = route.periodStart.iso
        periodEnd = route.periodEnd.iso
        content = try JSONText.encode(Content(
            goals: route.goals, actions: route.actions, selfHelp: route.selfHelp, indicators: route.indicators))
    }

    func route() throws -> ProfessionalDevelopmentRoute {
        let damaged = DamuError.storage(String(format: tr("The saved professional development route %@ is damaged."), id.uuidString))
        guard let body = try? JSONDecoder().decode(Content.self, from: Data(content.utf8)),
              let start = try? LessonDate(iso: periodStart), let end = try? LessonDate(iso: periodEnd)
        else { throw damaged }
        return ProfessionalDevelopmentRoute(
            id: id, profileID: profileId, createdAt: createdAt, updatedAt: updatedAt, templateID: templateId,
            templateVersion: templateVersion, language: language, topic: topic, periodStart: start, periodEnd: end,
            goals: body.goals, actions: body.actions, selfHelp: body.selfHelp, indicators: body.indicators)
    }
}

/// A row of `educationalRoute` (Table 18): the header in columns, the eight blocks in `blocks`.
struct EducationalRouteRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "educationalRoute"
    var id: UUID
    var profileId: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var templateId: String
    var templateVersion: Int
    var language: String
    var academicYear: String
    var fullName: String
    var yearsOfService: Int?
    var category: String?
    var methodologicalTopic: String
    var developmentGoal: String
    var motivation: String
    var blocks: String

    init(_ route: EducationalRoute) throws {
        id = route.id
        profileId = route.profileID
        createdAt = route.createdAt
        updatedAt = route.updatedAt
        deletedAt = nil
        templateId = route.templateID
        templateVersion = route.templateVersion
        language = route.language
        academicYear = route.academicYear.description
        fullName = route.header.fullName
        yearsOfService = route.header.yearsOfService
        category = route.header.category?.rawValue
        methodologicalTopic = route.header.methodologicalTopic
        developmentGoal = route.header.developmentGoal
        motivation = route.header.motivation
        blocks = try JSONText.encode(route.blocks)
    }

    func route() throws -> EducationalRoute {
        let damaged = DamuError.storage(String(format: tr("The saved educational route %@ is damaged."), id.uuidString))
        guard let blocks = try? JSONDecoder().decode([EducationalRoute.Block].self, from: Data(blocks.utf8)),
              let year = try? AcademicYear(parsing: academicYear)
        else { throw damaged }
        let header = EducationalRoute.Header(
            fullName: fullName, yearsOfService: yearsOfService, category: category.flatMap(QualificationCategory.init(rawValue:)),
            methodologicalTopic: methodologicalTopic, developmentGoal: developmentGoal, motivation: motivation)
        return EducationalRoute(
            id: id, profileID: profileId, createdAt: createdAt, updatedAt: updatedAt, templateID: templateId,
            templateVersion: templateVersion, language: language, academicYear: year, header: header, blocks: blocks)
    }
}

/// Canonical JSON for the columns that hold a record's nested parts.
enum JSONText {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
