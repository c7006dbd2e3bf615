import DamuCore
import Foundation

/// The route-sheet, level and individual-route instruments shipped in `data/templates/`.
enum RouteFixtures {
    static func file(_ name: String) -> URL {
        Fixtures.dataDirectory.appendingPathComponent("templates/\(name).v1.json")
    }

    static func routeSheets() throws -> RouteSheetTemplate { try RouteSheetTemplate.load(from: file("route-sheets")) }
    static func levels() throws -> QualificationLevelsTemplate {
        try QualificationLevelsTemplate.load(from: file("qualification-levels"))
    }
    static func routes() throws -> IndividualRoutesTemplate { try IndividualRoutesTemplate.load(from: file("individual-routes")) }
    static func catalog() throws -> RouteSheetCatalog { try RouteSheetCatalog.load(dataDirectory: Fixtures.dataDirectory) }

    static func date(_ iso: String) throws -> LessonDate { try LessonDate(iso: iso) }
    static let year2025 = try! AcademicYear(startYear: 2025)

    static func sheet(_ category: QualificationCategory = .pedagogue, language: String = "kk") throws -> RouteSheet {
        RouteSheet(
            profileID: UUID(), academicYear: year2025, category: category, template: try routeSheets(), language: language,
            createdAt: Date(timeIntervalSince1970: 1_757_000_000))
    }

    /// The JSON of a shipped file as a mutable tree, for breaking it on purpose.
    static func json(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: file(name))) as! [String: Any]
    }
}
