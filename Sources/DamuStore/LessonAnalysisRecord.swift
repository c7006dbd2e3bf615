import DamuCore
import Foundation
import GRDB

/// A lesson-analysis row: what lists and sorts stays in columns; the answers live in `content`.
struct LessonAnalysisRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "lessonAnalysis"

    struct Content: Codable {
        var contextAnswers: [String]
        var wheel: BalanceWheel
        var scalingAnswers: [String]
        var coachingAnswers: [String]
        var growthPoint: GrowthPoint
        var followUp: GrowthFollowUp?
    }

    var id: UUID
    var profileId: UUID
    var createdAt: Date
    var updatedAt: Date
    var deletedAt: Date?
    var templateId: String
    var templateVersion: Int
    var language: String
    var lessonDate: String
    var grade: String
    var subject: String
    var topic: String
    var satisfaction: Int?
    var content: String
    /// The wheel's scores again, for the lesson list (see WheelScoresColumn); nil only for a
    /// lesson whose answers could not be read when the column was added.
    var wheelScores: String?

    init(_ analysis: LessonAnalysis) {
        id = analysis.id
        profileId = analysis.profileID
        createdAt = analysis.createdAt
        updatedAt = analysis.updatedAt
        deletedAt = nil
        templateId = analysis.templateID
        templateVersion = analysis.templateVersion
        language = analysis.language
        lessonDate = analysis.lesson.date.iso
        grade = analysis.lesson.grade
        subject = analysis.lesson.subject
        topic = analysis.lesson.topic
        satisfaction = analysis.scaling.score
        let body = Content(
            contextAnswers: analysis.contextAnswers, wheel: analysis.wheel,
            scalingAnswers: analysis.scaling.answers, coachingAnswers: analysis.coachingAnswers,
            growthPoint: analysis.growthPoint, followUp: analysis.followUp)
        content = body.storedText
        wheelScores = WheelScoresColumn.text(analysis.wheel.scores)
    }

    func analysis() throws -> LessonAnalysis {
        let body: Content
        do {
            body = try Content.decode(stored: content)
        } catch {
            throw DamuError.storage(String(format: tr("The saved lesson analysis %@ is damaged."), id.uuidString))
        }
        return LessonAnalysis(
            id: id, profileID: profileId, createdAt: createdAt, updatedAt: updatedAt, templateID: templateId,
            templateVersion: templateVersion, language: language,
            lesson: .init(date: try LessonDate(iso: lessonDate), grade: grade, subject: subject, topic: topic),
            contextAnswers: body.contextAnswers, wheel: body.wheel,
            scaling: .init(score: satisfaction, answers: body.scalingAnswers),
            coachingAnswers: body.coachingAnswers, growthPoint: body.growthPoint, followUp: body.followUp)
    }
}

extension LessonAnalysisRecord {
    /// The columns, in the order of `databaseValues`.
    static let columns = [
        "id", "profileId", "createdAt", "updatedAt", "deletedAt", "templateId", "templateVersion", "language",
        "lessonDate", "grade", "subject", "topic", "satisfaction", "content", "wheelScores",
    ]

    /// Written column by column, the way `init(row:)` reads: GRDB's Codable encoding of each row
    /// cost an import of thousands of lessons as much as the database's own work.
    var databaseValues: [DatabaseValue] {
        [
            id.uuidString.databaseValue, profileId.uuidString.databaseValue,
            StoredDate.value(createdAt), StoredDate.value(updatedAt), StoredDate.value(deletedAt),
            templateId.databaseValue, templateVersion.databaseValue, language.databaseValue,
            lessonDate.databaseValue, grade.databaseValue, subject.databaseValue, topic.databaseValue,
            satisfaction.databaseValue, content.databaseValue, wheelScores.databaseValue,
        ]
    }

    func encode(to container: inout PersistenceContainer) {
        for (column, value) in zip(Self.columns, databaseValues) { container[column] = value }
    }

    private static let insertSQL = "INSERT INTO lessonAnalysis (" + columns.joined(separator: ", ") + ") VALUES ("
        + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"

    /// Adds this new row through a statement the connection keeps. GRDB's `insert` builds its
    /// SQL and a container of the columns again for every record; for an import of thousands of
    /// lessons that cost more than SQLite's own work.
    func insertNew(_ db: Database) throws {
        let statement = try db.cachedStatement(sql: Self.insertSQL)
        // Bound for this one step, so the answers' text is not copied again.
        try statement.execute(arguments: StatementArguments(databaseValues))
    }

    /// Read column by column: GRDB's Codable decoding of each row cost as much as the answers'
    /// JSON when a history of thousands of lessons is opened.
    init(row: Row) throws {
        id = try row.decode(UUID.self, forColumn: "id")
        profileId = try row.decode(UUID.self, forColumn: "profileId")
        createdAt = try StoredDate.decode(row, "createdAt")
        updatedAt = try StoredDate.decode(row, "updatedAt")
        deletedAt = try StoredDate.decodeIfPresent(row, "deletedAt")
        templateId = try row.decode(String.self, forColumn: "templateId")
        templateVersion = try row.decode(Int.self, forColumn: "templateVersion")
        language = try row.decode(String.self, forColumn: "language")
        lessonDate = try row.decode(String.self, forColumn: "lessonDate")
        grade = try row.decode(String.self, forColumn: "grade")
        subject = try row.decode(String.self, forColumn: "subject")
        topic = try row.decode(String.self, forColumn: "topic")
        satisfaction = try row.decode(Int?.self, forColumn: "satisfaction")
        content = try row.decode(String.self, forColumn: "content")
        wheelScores = try row.decode(String?.self, forColumn: "wheelScores")
    }
}
