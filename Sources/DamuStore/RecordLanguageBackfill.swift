import Foundation
import GRDB

/// Gives each route sheet and individual route stored before schema v4 the language its texts
/// are in. The texts are read straight from the columns, not through today's models, so the
/// migration does the same on every database whatever the models become.
enum RecordLanguageBackfill {
    static func run(_ db: Database) throws {
        for table in ["routeSheet", "professionalRoute", "educationalRoute"] {
            try db.alter(table: table) { t in
                t.add(column: "language", .text).notNull().defaults(to: "kk")
            }
        }
        try fill("routeSheet", in: db) { id in
            try String.fetchAll(db, sql: "SELECT name FROM developmentWheelSector WHERE routeSheetId = ?", arguments: [id])
                + Row.fetchAll(db, sql: """
                    SELECT direction, content, actions FROM routeSheetRow WHERE routeSheetId = ? AND deletedAt IS NULL
                    """, arguments: [id]).flatMap { row in
                        [row["direction"] as String, row["content"] as String] + strings(inJSON: row["actions"])
                    }
                + String.fetchAll(db, sql: """
                    SELECT evidenceValue FROM routeMark
                    WHERE evidenceKind = 'text' AND rowId IN
                        (SELECT id FROM routeSheetRow WHERE routeSheetId = ? AND deletedAt IS NULL)
                    """, arguments: [id])
        }
        try fill("professionalRoute", in: db) { id in
            try Row.fetchAll(db, sql: "SELECT topic, content FROM professionalRoute WHERE id = ?", arguments: [id])
                .flatMap { row in [row["topic"] as String] + strings(inJSON: row["content"]) }
        }
        // The name is left out: a Kazakh name on a Russian route says nothing of its language.
        try fill("educationalRoute", in: db) { id in
            try Row.fetchAll(db, sql: """
                SELECT methodologicalTopic, developmentGoal, motivation, blocks FROM educationalRoute WHERE id = ?
                """, arguments: [id])
                .flatMap { row in
                    [row["methodologicalTopic"] as String, row["developmentGoal"] as String, row["motivation"] as String]
                        + strings(inJSON: row["blocks"])
                }
        }
    }

    /// Sets each record's language from its texts; a record without a letter in it takes the
    /// language of its teacher's latest lesson analysis (a deleted one only when none is live), and Kazakh, the instruments' own
    /// language, when the teacher has none.
    private static func fill(_ table: String, in db: Database, texts: (String) throws -> [String]) throws {
        let records = try Row.fetchAll(db, sql: "SELECT id, profileId FROM \(table)")
        for record in records {
            let id: String = record["id"]
            let profileID: String = record["profileId"]
            let language = try WrittenLanguage.of(texts(id))
                ?? String.fetchOne(db, sql: """
                    SELECT language FROM lessonAnalysis WHERE profileId = ?
                    ORDER BY deletedAt IS NOT NULL, lessonDate DESC, updatedAt DESC LIMIT 1
                    """, arguments: [profileID])
                ?? "kk"
            try db.execute(sql: "UPDATE \(table) SET language = ? WHERE id = ?", arguments: [language, id])
        }
    }

    /// Every string in a JSON column (the lists and blocks the columns hold are strings, numbers
    /// and flags; only the strings are the teacher's words).
    private static func strings(inJSON text: String?) -> [String] {
        guard let text, let value = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [] }
        func collect(_ value: Any) -> [String] {
            switch value {
            case let string as String: return [string]
            case let array as [Any]: return array.flatMap(collect)
            case let object as [String: Any]: return object.values.flatMap(collect)
            default: return []
            }
        }
        return collect(value)
    }
}
