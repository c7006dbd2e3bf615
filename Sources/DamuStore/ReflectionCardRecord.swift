import DamuCore
import Foundation
import GRDB

/// A reflection-card row: what lists and sorts stays in columns; the answers are JSON in `answers`.
struct ReflectionCardRecord: Codable, FetchableRecord, PersistableRecord, StoredRecord {
    static let databaseTableName = "reflectionCard"

    var id: UUID
    var profileId: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var templateId: String
    var templateVersion: Int
    var language: String
    var kind: String
    var academicYear: Int
    var week: Int?
    var score: Int?
    var isDraft: Bool
    var answers: String

    init(_ card: ReflectionCard, deletedAt: Date? = nil) throws {
        id = card.id
        profileId = card.profileID
        createdAt = card.createdAt
        updatedAt = card.updatedAt
        self.deletedAt = deletedAt
        templateId = card.templateID
        templateVersion = card.templateVersion
        language = card.language
        kind = card.kind.rawValue
        academicYear = card.academicYear.startYear
        week = card.week
        score = card.score
        isDraft = card.isDraft
        answers = String(decoding: try JSONEncoder().encode(card.answers), as: UTF8.self)
    }

    func card() throws -> ReflectionCard {
        guard let kind = ReflectionCard.Kind(rawValue: kind),
              let answers = try? JSONDecoder().decode([[String]].self, from: Data(answers.utf8)),
              let year = try? AcademicYear(startYear: academicYear)
        else {
            throw DamuError.storage(String(format: tr("The saved reflection card %@ is damaged."), id.uuidString))
        }
        return ReflectionCard(
            id: id, profileID: profileId, createdAt: createdAt, updatedAt: updatedAt, kind: kind, academicYear: year,
            week: week, templateID: templateId, templateVersion: templateVersion, language: language,
            answers: answers, score: score, isDraft: isDraft)
    }
}
