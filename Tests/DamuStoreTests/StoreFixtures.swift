import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// Shared pieces of the store tests: the shipped template, valid records, temporary folders.
enum StoreFixtures {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data", isDirectory: true)

    static func template() throws -> LessonAnalysisTemplate {
        try TemplateCatalog.load(dataDirectory: dataDirectory).current
    }

    static func profile(_ name: String = "Айгүл Серікқызы Омарова") -> Profile {
        Profile(
            fullName: name, school: "№ 12 жалпы білім беретін мектеп", subjects: "Математика",
            category: .moderator, yearsOfService: 9, methodologicalTopic: "Белсенді оқыту",
            developmentGoal: "Кері байланыс", mentor: "Гүлмира Тұрсынова")
    }

    static func analysis(
        of profile: Profile, template: LessonAnalysisTemplate, date: String = "2025-10-07", score: Int = 6
    ) throws -> LessonAnalysis {
        var analysis = LessonAnalysis(
            profileID: profile.id, template: template, language: "kk",
            lesson: .init(date: try LessonDate(iso: date), grade: "7 Ә", subject: "Алгебра", topic: "Көпмүшелер"))
        for index in analysis.wheel.sectors.indices { analysis.wheel.sectors[index].score = (score + index) % 11 }
        analysis.scaling = .init(score: 7, answers: ["бір", "екі", "үш", "төрт"])
        analysis.contextAnswers = ["Мақсат", "Идея", "Ниет", "Сәт"]
        analysis.coachingAnswers = ["а", "ә", "б", "в", "г"]
        analysis.growthPoint = GrowthPoint(steps: [.init(starter: 2, text: "кері байланысқа")])
        return analysis
    }

    /// A fresh folder under the system's temporary directory, removed after the test.
    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("damu-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Turns `database` back to before the migration whose identifier starts with `migration`
    /// ("v4"): drops the columns it added and forgets it ran, so the next open runs it on what
    /// is stored.
    static func undo(migration: String, columns: [(table: String, column: String)], in database: AppDatabase) throws {
        try database.write { db in
            for (table, column) in columns {
                try db.execute(sql: "ALTER TABLE \(table) DROP COLUMN \(column)")
            }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE ?", arguments: [migration + ":%"])
        }
    }

    static func rowCount(_ table: String, in database: AppDatabase) throws -> Int {
        try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func permissions(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
