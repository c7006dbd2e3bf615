import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves a profile with a year of analyses in ONE write transaction: either all of it lands or,
    /// if any record fails validation or SQLite fails halfway, none of it does. Each record is checked
    /// exactly as `save` checks it. Saving the same demo again updates it in place (same ids).
    /// With `routes`, the year's route sheet and both individual routes land in the same transaction.
    public func saveDemo(
        profile: Profile, analyses: [LessonAnalysis], template: LessonAnalysisTemplate, routes: DemoRoutes? = nil,
        cards: [ReflectionCard] = [], cardsTemplate: ReflectionCardsTemplate? = nil
    ) throws {
        let now = Self.now()
        var storedProfile = try profile.validated()
        storedProfile.createdAt = storedProfile.createdAt.roundedToMilliseconds
        storedProfile.updatedAt = now
        let profileRecord = ProfileRecord(storedProfile)
        let snapshot = try template.snapshotJSON()
        let cardRecords = try cards.map { card -> ReflectionCardRecord in
            guard let cardsTemplate, card.profileID == profile.id else {
                throw DamuError.invalid(field: tr("Reflection card"), message: String(format: tr("%@ belongs to another profile"), card.id.uuidString))
            }
            var stored = try card.validated(against: cardsTemplate)
            stored.createdAt = stored.createdAt.roundedToMilliseconds
            stored.updatedAt = now
            return try ReflectionCardRecord(stored)
        }
        let cardsSnapshot = try cardsTemplate?.snapshotJSON()
        try write { db in
            try profileRecord.save(db)
            try Self.storeSnapshot(snapshot, of: template, in: db)
            // Validated one by one inside the transaction, so a bad record in the middle rolls
            // back those already written before it.
            for analysis in analyses {
                guard analysis.profileID == profile.id else {
                    throw DamuError.invalid(
                        field: tr("Lesson analysis"),
                        message: String(format: tr("%@ belongs to another profile"), analysis.id.uuidString))
                }
                try Self.store(try prepared(analysis, template: template, now: now), in: db)
            }
            if let routes {
                try Self.storeDemoRoutes(routes, profile: profile.id, now: now, in: db)
            }
            if let cardsTemplate, let cardsSnapshot {
                try Self.storeSnapshot(cardsSnapshot, id: cardsTemplate.id, version: cardsTemplate.version, in: db)
            }
            // The weekly cards of an earlier run for a teacher new to the profession go when this
            // run's teacher is not: the year's cards are this run's.
            for year in Set(cards.map(\.academicYear)) {
                let kept = cards.filter { $0.academicYear == year }.map(\.id.uuidString)
                var arguments: [any DatabaseValueConvertible] = [profile.id.uuidString, year.startYear]
                arguments += kept
                try db.execute(
                    sql: "DELETE FROM reflectionCard WHERE profileId = ? AND academicYear = ? AND id NOT IN (\(databaseQuestionMarks(count: kept.count)))",
                    arguments: StatementArguments(arguments))
            }
            for record in cardRecords { try record.save(db) }
        }
    }

    private static func storeDemoRoutes(_ routes: DemoRoutes, profile: UUID, now: Date, in db: Database) throws {
        guard [routes.sheet.profileID, routes.professionalRoute.profileID, routes.educationalRoute.profileID]
            .allSatisfy({ $0 == profile })
        else {
            throw DamuError.invalid(field: tr("Route sheet"), message: tr("belongs to another profile"))
        }
        var sheet = try routes.sheet.validated(template: routes.sheetTemplate)
        sheet.updatedAt = now
        var professional = try routes.professionalRoute.validated()
        professional.updatedAt = now
        var educational = try routes.educationalRoute.validated(template: routes.routesTemplate)
        educational.updatedAt = now
        // Running the demo again replaces its year. A sheet or route of the same teacher and
        // year that an earlier run made under other ids (a new teacher's category draws others)
        // gives way, and the sheet's marks are replaced rather than added to, as a newer copy's are.
        let profileID = profile.uuidString
        try db.execute(
            sql: "DELETE FROM routeSheet WHERE profileId = ? AND academicYear = ? AND id <> ?",
            arguments: [profileID, sheet.academicYear.description, sheet.id.uuidString])
        try db.execute(
            sql: "DELETE FROM professionalRoute WHERE profileId = ? AND periodStart = ? AND id <> ?",
            arguments: [profileID, professional.periodStart.iso, professional.id.uuidString])
        try db.execute(
            sql: "DELETE FROM educationalRoute WHERE profileId = ? AND academicYear = ? AND id <> ?",
            arguments: [profileID, educational.academicYear.description, educational.id.uuidString])
        try storeSnapshot(of: routes.sheetTemplate, in: db)
        try store(sheet, now: now, from: .bundle(deletedAt: nil), in: db)
        try storeSnapshot(of: routes.routesTemplate, in: db)
        try ProfessionalRouteRecord(professional).save(db)
        try EducationalRouteRecord(educational).save(db)
    }
}
