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
            // The demo teacher's cards are this run's: the weekly cards of an earlier run as a
            // teacher new to the profession go, and so do those of an earlier run's year.
            if !cards.isEmpty {
                let kept = cards.map(\.id.uuidString)
                try db.execute(
                    sql: "DELETE FROM reflectionCard WHERE profileId = ? AND id NOT IN (\(databaseQuestionMarks(count: kept.count)))",
                    arguments: StatementArguments([profile.id.uuidString] + kept))
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
        // Running the demo again replaces its year: the same seed draws the same lessons and
        // sheet in another year or category, but other route ids for another category. The demo
        // teacher's sheets and routes are this run's, and the sheet's marks are replaced rather
        // than added to, as a newer copy's are. (The window offers the demo only to an empty
        // database.)
        let profileID = profile.uuidString
        try db.execute(sql: "DELETE FROM routeSheet WHERE profileId = ? AND id <> ?", arguments: [profileID, sheet.id.uuidString])
        try db.execute(
            sql: "DELETE FROM professionalRoute WHERE profileId = ? AND id <> ?", arguments: [profileID, professional.id.uuidString])
        try db.execute(
            sql: "DELETE FROM educationalRoute WHERE profileId = ? AND id <> ?", arguments: [profileID, educational.id.uuidString])
        try storeSnapshot(of: routes.sheetTemplate, in: db)
        try store(sheet, now: now, from: .bundle(deletedAt: nil), in: db)
        try storeSnapshot(of: routes.routesTemplate, in: db)
        try ProfessionalRouteRecord(professional).save(db)
        try EducationalRouteRecord(educational).save(db)
    }
}
