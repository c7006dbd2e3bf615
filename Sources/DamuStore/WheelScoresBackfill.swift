import Foundation
import GRDB

/// Fills `wheelScores` for the lessons stored before schema v5, from the wheel in their answers.
/// The answers are read with JSONSerialization, not today's models, so the migration does the
/// same on every database; answers it cannot read are left as they are, with no scores beside
/// them, and are reported as damaged when they are read.
enum WheelScoresBackfill {
    static func run(_ db: Database) throws {
        try db.alter(table: "lessonAnalysis") { t in
            t.add(column: "wheelScores", .text)
        }
        let rows = try Row.fetchAll(db, sql: "SELECT id, content FROM lessonAnalysis")
        let update = try db.makeStatement(sql: "UPDATE lessonAnalysis SET wheelScores = ? WHERE id = ?")
        for row in rows {
            let content: String = row["content"]
            guard let scores = scores(inContent: content) else { continue }
            try update.execute(arguments: [WheelScoresColumn.text(scores), row["id"] as String])
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
