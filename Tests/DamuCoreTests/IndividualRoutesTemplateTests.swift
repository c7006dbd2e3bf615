import DamuCore
import Foundation
import XCTest

final class IndividualRoutesTemplateTests: XCTestCase {
    private var template: IndividualRoutesTemplate!

    override func setUpWithError() throws { template = try RouteFixtures.routes() }

    func testTableSeventeenHasFourQuadrantsWithoutThePlaceholder() {
        let route = template.professionalDevelopmentRoute
        XCTAssertEqual(route.table, 17)
        XCTAssertEqual(route.quadrants.map(\.key), [.goals, .actions, .selfHelp, .indicators])
        XCTAssertEqual(route.quadrants.map(\.suggestions.count), [5, 4, 7, 11])
        XCTAssertEqual(route.topicExample.text(in: "kk"), "Педагог кадрлардың кәсіби дамуындағы инновациялық менеджмент.")
        let indicators = route.quadrant(.indicators).suggestions.map { $0.text.text(in: "kk") }
        XCTAssertFalse(indicators.contains { $0.contains("ресми аудармасы") }, "the placeholder line is dropped")
        XCTAssertTrue(indicators[0].hasPrefix("«\"Өрлеу\" БАҰО» АҚ филиалы"), indicators[0])
        XCTAssertEqual(indicators.last, "Мектептің ЮНЕСКО клубына кандидаттар қатарынан клуб мүшелеріне өтуі.")
        XCTAssertEqual(route.quadrant(.goals).suggestions[0].text.text(in: "kk"), "Педагогикалық кадрлар резервін қалыптастыру.")
        XCTAssertTrue(template.corrections.contains { $0.contains("placeholder") })
    }

    func testYearlyNumbersAreTargets() {
        let route = template.professionalDevelopmentRoute
        let targets = route.quadrants.flatMap { quadrant in
            quadrant.suggestions.compactMap { suggestion in
                suggestion.target.map { "\(quadrant.key.rawValue) \($0.count) \($0.unit.text(in: "kk"))" }
            }
        }
        XCTAssertEqual(targets, ["selfHelp 4 кітап", "indicators 4 рет", "indicators 6 мақала", "indicators 1 рет", "indicators 6 жарияланым"])
        // The data's targets are exactly what the parser reads from the texts, in each language:
        // a teacher who types an item the way the seed writes one gets the seed's target.
        for suggestion in route.quadrants.flatMap(\.suggestions) {
            for language in ["kk", "ru", "en"] {
                let text = suggestion.text.text(in: language)
                let parsed = YearlyTarget.parse(text)
                XCTAssertEqual(parsed?.count, suggestion.target?.count, text)
                XCTAssertEqual(parsed?.unit, suggestion.target?.unit.text(in: language), text)
            }
        }
    }

    func testTableEighteenHasItsHeaderAndEightBlocks() {
        let route = template.educationalRoute
        XCTAssertEqual(route.table, 18)
        XCTAssertEqual(route.headerFields.map(\.key), EducationalRoute.HeaderField.allCases)
        XCTAssertEqual(route.headerFields.last?.label.text(in: "kk"), "МОТИВАЦИЯЛЫҚ ОЙ-ПІКІРІ")
        XCTAssertEqual(route.blocks.map(\.rows.count), [5, 5, 7, 4, 5, 2, 2, 2])
        XCTAssertEqual(route.blocks[0].title.text(in: "kk"), "Әдістемелік қызмет")
        XCTAssertEqual(route.blocks[0].rows[1].text(in: "kk"), "Әдістемелік бірлестікке (ӘБ) қатысу (мүше, жетекші)")
        XCTAssertEqual(route.blocks[7].title.text(in: "kk"), "Кәсіби шеберлік", "«Кәсибі шебердік» is corrected")
        XCTAssertEqual(route.blocks[3].rows[3].text(in: "kk"), "Конференция жарияланымдарының жинақтары")
        XCTAssertEqual(route.blocks[6].rows[1].text(in: "ru"), "Внедрение компонентов контента ЗОЖ в урочную и внеурочную деятельность")
        XCTAssertEqual(route.title(for: try! AcademicYear(startYear: 2026), in: "kk"),
                       "Педагогтің 2026/2027 оқу жылына арналған жеке білім беру маршруты")
        XCTAssertEqual(route.title(for: route.exampleAcademicYear, in: "en"),
                       "The teacher's individual educational route for the 2025/2026 academic year")
    }

    func testAWrongBlockIsRefused() throws {
        var json = try RouteFixtures.json("individual-routes")
        var educational = json["educationalRoute"] as! [String: Any]
        var blocks = educational["blocks"] as! [[String: Any]]
        blocks[2]["rows"] = (blocks[2]["rows"] as! [Any]).dropLast().map { $0 }
        educational["blocks"] = blocks
        json["educationalRoute"] = educational
        XCTAssertThrowsError(try IndividualRoutesTemplate.decode(JSONSerialization.data(withJSONObject: json), origin: "x.json")) {
            guard case let DamuError.template(message) = $0 else { return XCTFail("\($0)") }
            XCTAssertTrue(message.contains("block 3: 6, expected 7"), message)
        }
        XCTAssertEqual(try IndividualRoutesCatalog.load(dataDirectory: Fixtures.dataDirectory).current, template)
    }
}
