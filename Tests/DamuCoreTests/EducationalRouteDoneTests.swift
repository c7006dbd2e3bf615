import DamuCore
import Foundation
import XCTest

/// Table 18's done mark: counted, kept through validation, and absent from older routes as "not done".
final class EducationalRouteDoneTests: XCTestCase {
    func testDoneMarksAreCountedAndSurviveValidation() throws {
        let template = try RouteFixtures.routes()
        var route = EducationalRoute(profileID: UUID(), academicYear: RouteFixtures.year2025, template: template, language: "kk")
        route.blocks[0].entries[1] = .init(expectedResult: "Ашық сабақ", product: "Әзірлеме", done: true)
        route.blocks[3].ownEntries = [.init(form: "Подкаст", done: true), .init(form: "Блог")]
        XCTAssertEqual(route.doneCount, 2)
        let validated = try route.validated(template: template)
        XCTAssertTrue(validated.blocks[0].entries[1].done)
        XCTAssertEqual(validated.doneCount, 2)
    }

    func testAnEntryWrittenWithoutTheMarkReadsAsNotDone() throws {
        let entry = try JSONDecoder().decode(
            EducationalRoute.Entry.self, from: Data(#"{"expectedResult": "Нәтиже", "product": "Өнім"}"#.utf8))
        XCTAssertEqual(entry, .init(expectedResult: "Нәтиже", product: "Өнім", done: false))
        let own = try JSONDecoder().decode(
            EducationalRoute.OwnEntry.self, from: Data(#"{"form": "Клуб", "expectedResult": "", "product": ""}"#.utf8))
        XCTAssertFalse(own.done)
    }
}
