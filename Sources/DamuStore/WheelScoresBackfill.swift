import Foundation
import GRDB

/// Fills `wheelScores` for the lessons stored before schema v5, from the wheel in their answers.
/// The answers are read with JSONSerialization, not today's models, so the migration does the
/// same on every database; answers it cannot read are left as they are, with no scores beside
/// them, and are reported as damaged when they are read.
enum WheelScoresBackfill {
    static func run(_ db: Database, reporting report: UpdateProgressReport? = nil) throws {
        try db.alter(table: "lessonAnalysis") { t in
            t.add(column: "wheelScores", .text)
        }
        let update = try db.makeStatement(sql: "UPDATE lessonAnalysis SET wheelScores = ? WHERE rowid = ?")
        let lessons = report == nil ? 0 : try Int.fetchOne(db, sql: "SELECT count(*) FROM lessonAnalysis") ?? 0
        // Without lessons there is nothing to count.
        let report = lessons > 0 ? report : nil
        var done = 0
        report?(UpdateProgress(lessonsDone: 0, lessons: lessons))
        // A thousand lessons at a time: ten years of a hundred teachers' answers do not fit in
        // an old school PC's memory at once.
        var last: Int64 = 0
        while true {
            let rows = try Row.fetchAll(
                db, sql: "SELECT rowid, content FROM lessonAnalysis WHERE rowid > ? ORDER BY rowid LIMIT 1000", arguments: [last])
            guard let final = rows.last else { return }
            for row in rows {
                guard let scores = scores(inContent: row[1]) else { continue }
                try update.execute(arguments: [WheelScoresColumn.text(scores), row[0] as Int64])
            }
            last = final[0]
            done += rows.count
            report?(UpdateProgress(lessonsDone: done, lessons: lessons))
        }
    }

    private static func scores(inContent content: String) -> [Int?]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(content.utf8)) as? [String: Any],
              let wheel = object["wheel"] as? [String: Any], let sectors = wheel["sectors"] as? [[String: Any]]
        else { return nil }
        var scores: [Int?] = []
        for sector in sectors {
            switch sector["score"] {
            case nil, is NSNull: scores.append(nil)
            case let number as NSNumber where (0...10).contains(number.intValue) && Double(number.intValue) == number.doubleValue:
                scores.append(number.intValue)
            default: return nil
            }
        }
        return scores
    }
}
