import GRDB

/// Every schema change Damu has made, in order. A database is never changed except through here.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: profiles, template snapshots, lesson analyses") { db in
            try db.create(table: "profile") { t in
                t.primaryKey("id", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                t.column("fullName", .text).notNull()
                t.column("school", .text).notNull()
                t.column("subjects", .text).notNull()
                t.column("category", .text)
                    .check(sql: "category IS NULL OR category IN ('pedagogue','moderator','expert','researcher','master')")
                t.column("isNewTeacher", .boolean).notNull()
                t.column("yearsOfService", .integer).notNull().check(sql: "yearsOfService BETWEEN 0 AND 60")
                t.column("methodologicalTopic", .text).notNull()
                t.column("developmentGoal", .text).notNull()
                t.column("mentor", .text).notNull()
            }
            // A template version is stored once, byte for byte, the first time a record uses it:
            // records keep showing the questions they were answered against when the data files change.
            try db.create(table: "templateSnapshot") { t in
                t.column("templateId", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("body", .blob).notNull()
                t.primaryKey(["templateId", "version"])
            }
            try db.create(table: "lessonAnalysis") { t in
                t.primaryKey("id", .text)
                t.column("profileId", .text).notNull().references("profile", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                t.column("templateId", .text).notNull()
                t.column("templateVersion", .integer).notNull()
                t.column("language", .text).notNull()
                t.column("lessonDate", .text).notNull()
                t.column("grade", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("topic", .text).notNull()
                t.column("satisfaction", .integer).check(sql: "satisfaction IS NULL OR satisfaction BETWEEN 0 AND 10")
                // The five steps' answers and the wheel, as JSON (see LessonAnalysisRecord.Content).
                t.column("content", .text).notNull()
                t.foreignKey(["templateId", "templateVersion"], references: "templateSnapshot")
            }
            try db.create(index: "lessonAnalysis_byProfileDate", on: "lessonAnalysis",
                          columns: ["profileId", "lessonDate"])
        }
        migrator.registerMigration("v3: reflection cards") { db in
            try db.create(table: "reflectionCard") { t in
                t.primaryKey("id", .text)
                t.column("profileId", .text).notNull().references("profile", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                t.column("templateId", .text).notNull()
                t.column("templateVersion", .integer).notNull()
                t.column("language", .text).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('annual','weekly')")
                // The year the academic year starts in: 2025 for 2025-2026.
                t.column("academicYear", .integer).notNull()
                t.column("week", .integer)
                    .check(sql: "(kind = 'annual' AND week IS NULL) OR (kind = 'weekly' AND week BETWEEN 1 AND 54)")
                t.column("score", .integer).check(sql: "score IS NULL OR score BETWEEN 0 AND 10")
                t.column("isDraft", .boolean).notNull()
                // The answers, one list per prompt (see ReflectionCardRecord).
                t.column("answers", .text).notNull()
                t.foreignKey(["templateId", "templateVersion"], references: "templateSnapshot")
            }
            try db.create(index: "reflectionCard_byProfileYear", on: "reflectionCard",
                          columns: ["profileId", "academicYear", "kind", "week"])
        }
        return migrator
    }
}
