import DamuCore
import Foundation
import XCTest

final class TemplateTests: XCTestCase {
    func testShippedTemplateHasTheSeedsCounts() throws {
        let template = try Fixtures.template()
        XCTAssertEqual(template.id, "lesson-self-analysis")
        XCTAssertEqual(template.version, 1)
        XCTAssertEqual(template.context.questions.count, 4)
        XCTAssertEqual(template.wheel.sectors.count, 8)
        XCTAssertEqual(template.scaling.questions.count, 4)
        XCTAssertEqual(template.coaching.questions.count, 5)
        XCTAssertEqual(template.growthPoint.starters.count, 3)
        XCTAssertEqual(template.growthPoint.maxSteps, 2)
    }

    func testEveryTextExistsInKazakhRussianAndEnglish() throws {
        let template = try Fixtures.template()
        var texts = [template.title, template.purpose, template.wheel.wheelName, template.scaling.scoreQuestion]
        texts += template.context.questions + template.scaling.questions + template.coaching.questions
        texts += template.wheel.sectors.flatMap { [$0.name, $0.question] } + template.growthPoint.starters
        for text in texts {
            for language in LocalizedText.languages {
                XCTAssertFalse((text.values[language] ?? "").isEmpty, "\(language): \(text.values)")
            }
        }
    }

    func testSectorEightCarriesTheCorrectedWord() throws {
        let question = try Fixtures.template().wheel.sectors[7].question.text(in: "kk")
        XCTAssertTrue(question.contains("батылдым"), question)
        XCTAssertFalse(question.contains("баттым"), "the seed's typo must stay fixed")
    }

    func testLocalizedTextFallsBackToKazakh() {
        let text = LocalizedText(["kk": "Мақсат", "ru": ""])
        XCTAssertEqual(text.text(in: "ru"), "Мақсат")
        XCTAssertEqual(text.text(in: "de"), "Мақсат")
        XCTAssertEqual(LocalizedText(["en": "Goal"]).text(in: "kk"), "Goal")
    }

    func testCatalogLoadsTheDataFolder() throws {
        let catalog = try TemplateCatalog.load(dataDirectory: Fixtures.dataDirectory)
        XCTAssertEqual(catalog.current.version, 1)
        XCTAssertEqual(catalog.template(version: 1), try Fixtures.template())
        XCTAssertNil(catalog.template(version: 9))
        XCTAssertThrowsError(try TemplateCatalog.load(dataDirectory: URL(fileURLWithPath: "/nonexistent"))) { error in
            guard case DamuError.template = error else { return XCTFail("\(error)") }
        }
    }

    func testBrokenTemplatesAreRefused() throws {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.templateFile)) as! [String: Any]
        var shortened = json
        var context = shortened["context"] as! [String: Any]
        context["questions"] = (context["questions"] as! [Any]).dropLast().map { $0 }
        shortened["context"] = context
        let data = try JSONSerialization.data(withJSONObject: shortened)
        XCTAssertThrowsError(try LessonAnalysisTemplate.decode(data, origin: "short.json")) { error in
            guard case let DamuError.template(message) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("context questions: 3, expected 4"), message)
        }
        XCTAssertThrowsError(try LessonAnalysisTemplate.decode(Data("not json".utf8), origin: "x.json")) { error in
            guard case DamuError.template = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try LessonAnalysisTemplate.load(from: URL(fileURLWithPath: "/nonexistent.json")))
    }

    func testSnapshotJSONIsCanonical() throws {
        let template = try Fixtures.template()
        let snapshot = try template.snapshotJSON()
        XCTAssertEqual(try template.snapshotJSON(), snapshot)
        XCTAssertEqual(try LessonAnalysisTemplate.decode(snapshot, origin: "snapshot"), template)
    }
}
