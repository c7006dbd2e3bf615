import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// The profile's live analyses as the lesson list and the trends show them, oldest lesson
    /// first: the lesson, the wheel's scores and the satisfaction score, read from columns
    /// without the answers, so years of lessons open at once; the lesson opened is read whole
    /// with `analysis(id:)`.
    public func lessonOverview(profileID: UUID) throws -> LessonOverview {
        let lessons: [LessonSummary]? = try read { db in
            var lessons: [LessonSummary] = []
            let rows = try Row.fetchCursor(
                db,
                sql: "SELECT id, lessonDate, grade, subject, topic, satisfaction, wheelScores FROM lessonAnalysis "
                    + "WHERE profileId = ? AND deletedAt IS NULL ORDER BY \(Self.historyOrder)",
                arguments: [profileID.uuidString])
            while let row = try rows.next() {
                guard let uuid = UUID(uuidString: row[0]), let date = try? LessonDate(iso: row[1]),
                      let text: String = row[6], let scores = WheelScoresColumn.scores(text),
                      scores.count == BalanceWheel.sectorCount
                else { return nil }
                lessons.append(LessonSummary(
                    id: uuid, lesson: .init(date: date, grade: row[2], subject: row[3], topic: row[4]), scores: scores,
                    satisfaction: row[5]))
            }
            return lessons
        }
        // A row the summary cannot be read from: reading the whole history names the analysis
        // that is damaged, or gives the lessons when it was only the summary.
        guard let lessons else { return LessonOverview(try history(profileID: profileID)) }
        return LessonOverview(lessons)
    }
}
