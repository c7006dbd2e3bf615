import GRDB

/// Every schema change Damu has made, in order. A database is never changed except through here.
enum Schema {
    static let liveLessonsIndex = "v6: each teacher's live lessons indexed in history order"

    static let analysisDrafts = "v7: the lesson analysis being typed, kept until it is saved"

    static let cardDrafts = "v8: the reflection cards being typed, kept until they are saved"

    static let profileDrafts = "v9: the profile form being typed, kept until it is saved"

    /// Migrations a database can be read whole without, so one in a folder Damu may not write is
    /// still opened: an index that only makes reads faster, and the tables of unsaved drafts (a
    /// database nothing can be written to has none).
    static let notNeededToRead: Set<String> = [liveLessonsIndex, analysisDrafts, cardDrafts, profileDrafts]

    /// The migrations `db` has yet to run: every one for a file without Damu's tables.
    static func pendingMigrations(in db: Database) throws -> Set<String> {
        let migrator = migrator
        return Set(migrator.migrations).subtracting(try migrator.appliedIdentifiers(db))
    }

    static var migrator: DatabaseMigrator { migrator(reporting: nil) }

    /// Runs the migrations `writer`'s file has yet to run. Another Damu may be running them on the
    /// same file at this moment (two commands started at once on a new database): the migrator
    /// reads which have run before it runs each in a transaction of its own, so it may find a
    /// table the other has just made. That migration rolled back whole; those the other finished
    /// are read again and the rest run. A clash with no new migration done since the last one is
    /// a real one, so the retries end; nothing is read beforehand on an ordinary start.
    static func migrate(_ writer: any DatabaseWriter, reporting report: UpdateProgressReport?) throws {
        let migrator = migrator(reporting: report)
        var appliedAtLastClash: Set<String>?
        while true {
            do {
                return try migrator.migrate(writer)
            } catch let error as DatabaseError where [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode) {
                // A table, column or index already there, or the migration's own row: a full
                // disk or a damaged file is no clash and is not tried again.
                let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
                guard applied != appliedAtLastClash else { throw error }
                appliedAtLastClash = applied
            }
        }
    }

    /// The migrations, the lessons' rewrite telling `report` how far it has come.
    static func migrator(reporting report: UpdateProgressReport?) -> DatabaseMigrator {
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
        migrator.registerMigration("v2: route sheets, development wheels, individual routes") { db in
            let categories = "'pedagogue','moderator','expert','researcher','master'"
            try db.create(table: "routeSheet") { t in
                t.primaryKey("id", .text)
                t.column("profileId", .text).notNull().references("profile", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                // "2025-2026": sorts by year as text.
                t.column("academicYear", .text).notNull()
                t.column("category", .text).notNull().check(sql: "category IN (\(categories))")
                t.column("templateId", .text).notNull()
                t.column("templateVersion", .integer).notNull()
                t.foreignKey(["templateId", "templateVersion"], references: "templateSnapshot")
            }
            // One live sheet per teacher and school year; deleted ones stay beside it as tombstones.
            try db.execute(sql: """
                CREATE UNIQUE INDEX routeSheet_liveByProfileYear ON routeSheet (profileId, academicYear)
                WHERE deletedAt IS NULL
                """)
            // A row is the template's (templateIndex, texts in the snapshot) or the teacher's own
            // (templateIndex NULL, texts here); `actions` holds the teacher's actions as JSON.
            try db.create(table: "routeSheetRow") { t in
                t.primaryKey("id", .text)
                t.column("routeSheetId", .text).notNull().references("routeSheet", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                t.column("position", .integer).notNull()
                t.column("templateIndex", .integer).check(sql: "templateIndex IS NULL OR templateIndex >= 0")
                t.column("direction", .text).notNull()
                t.column("content", .text).notNull()
                t.column("actions", .text).notNull()
                t.column("carriedFrom", .text)
            }
            try db.execute(sql: """
                CREATE UNIQUE INDEX routeSheetRow_templateRow ON routeSheetRow (routeSheetId, templateIndex)
                WHERE templateIndex IS NOT NULL
                """)
            try db.create(index: "routeSheetRow_bySheet", on: "routeSheetRow", columns: ["routeSheetId", "position"])
            // Marks are only ever added: the row's history is every mark it was given.
            try db.create(table: "routeMark") { t in
                t.primaryKey("id", .text)
                t.column("rowId", .text).notNull().references("routeSheetRow", onDelete: .cascade)
                t.column("sequence", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("mark", .text).notNull().check(sql: "mark IN ('+','±','−','none')")
                t.column("date", .text).notNull()
                t.column("evidenceKind", .text).check(sql: "evidenceKind IS NULL OR evidenceKind IN ('text','path','link')")
                t.column("evidenceValue", .text)
                t.uniqueKey(["rowId", "sequence"])
            }
            try db.create(table: "developmentWheelSector") { t in
                t.column("routeSheetId", .text).notNull().references("routeSheet", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                for moment in ["start", "middle", "end"] {
                    t.column(moment, .integer).check(sql: "\(moment) IS NULL OR \(moment) BETWEEN 0 AND 10")
                }
                t.primaryKey(["routeSheetId", "position"])
            }
            // Table 17; the four lists as JSON (see ProfessionalRouteRecord.Content).
            try db.create(table: "professionalRoute") { t in
                t.primaryKey("id", .text)
                t.column("profileId", .text).notNull().references("profile", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                t.column("templateId", .text).notNull()
                t.column("templateVersion", .integer).notNull()
                t.column("topic", .text).notNull()
                t.column("periodStart", .text).notNull()
                t.column("periodEnd", .text).notNull()
                t.column("content", .text).notNull()
                t.foreignKey(["templateId", "templateVersion"], references: "templateSnapshot")
            }
            try db.create(index: "professionalRoute_byProfile", on: "professionalRoute", columns: ["profileId", "periodStart"])
            // Table 18; the eight blocks as JSON (see EducationalRouteRecord).
            try db.create(table: "educationalRoute") { t in
                t.primaryKey("id", .text)
                t.column("profileId", .text).notNull().references("profile", onDelete: .cascade)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("deletedAt", .datetime)
                t.column("templateId", .text).notNull()
                t.column("templateVersion", .integer).notNull()
                t.column("academicYear", .text).notNull()
                t.column("fullName", .text).notNull()
                t.column("yearsOfService", .integer).check(sql: "yearsOfService IS NULL OR yearsOfService BETWEEN 0 AND 60")
                t.column("category", .text).check(sql: "category IS NULL OR category IN (\(categories))")
                t.column("methodologicalTopic", .text).notNull()
                t.column("developmentGoal", .text).notNull()
                t.column("motivation", .text).notNull()
                t.column("blocks", .text).notNull()
                t.foreignKey(["templateId", "templateVersion"], references: "templateSnapshot")
            }
            try db.execute(sql: """
                CREATE UNIQUE INDEX educationalRoute_liveByProfileYear ON educationalRoute (profileId, academicYear)
                WHERE deletedAt IS NULL
                """)
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
        migrator.registerMigration("v4: the language of route sheets and individual routes") { db in
            try RecordLanguageBackfill.run(db)
        }
        migrator.registerMigration("v5: each lesson's wheel scores beside its answers") { db in
            try WheelScoresBackfill.run(db, reporting: report)
        }
        migrator.registerMigration(liveLessonsIndex) { db in
            // Counting a hundred teachers' lessons read every row of the table for `deletedAt`
            // (289 ms at 200,000 lessons), and each history was sorted after it was read. This
            // index holds only live lessons, in the history's order (the row id ends each entry):
            // counts and dates come from it alone, and lessons are read in order.
            try db.create(index: "lessonAnalysis_liveInHistoryOrder", on: "lessonAnalysis",
                          columns: ["profileId", "lessonDate", "createdAt"],
                          condition: Column("deletedAt") == nil)
        }
        migrator.registerMigration(analysisDrafts) { db in
            // One per teacher: the analysis open in the window. Not a record of the teacher's work
            // (never exported, never in the team picture), so no timestamps beyond when it was kept.
            try db.create(table: "analysisDraft") { t in
                t.primaryKey("profileId", .text).references("profile", onDelete: .cascade)
                t.column("writtenAt", .datetime).notNull()
                // AnalysisDraft as JSON.
                t.column("body", .blob).notNull()
            }
        }
        migrator.registerMigration(cardDrafts) { db in
            // One per teacher, as analysisDraft: the cards of the year open in the window.
            try db.create(table: "cardDraft") { t in
                t.primaryKey("profileId", .text).references("profile", onDelete: .cascade)
                t.column("writtenAt", .datetime).notNull()
                // ReflectionCardDrafts as JSON.
                t.column("body", .blob).notNull()
            }
        }
        migrator.registerMigration(profileDrafts) { db in
            // The one profile form open in the window. Not a reference to `profile`: a new
            // profile's id is in no row until it is saved.
            try db.create(table: "profileDraft") { t in
                t.primaryKey("profileId", .text)
                t.column("writtenAt", .datetime).notNull()
                // ProfileDraft as JSON.
                t.column("body", .blob).notNull()
            }
        }
        return migrator
    }
}
