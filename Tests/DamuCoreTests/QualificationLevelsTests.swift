import DamuCore
import Foundation
import XCTest

final class QualificationLevelsTests: XCTestCase {
    private var template: QualificationLevelsTemplate!

    override func setUpWithError() throws { template = try RouteFixtures.levels() }

    func testEveryLevelHasItsStageGoalAndCounts() {
        let counts: [QualificationCategory: (skills: Int, results: Int, activities: Int)] = [
            .pedagogue: (7, 4, 9), .moderator: (5, 5, 7), .expert: (8, 5, 8), .researcher: (10, 5, 12), .master: (9, 5, 11),
        ]
        for category in QualificationCategory.allCases {
            let level = template.level(for: category)
            XCTAssertEqual(level.skills.count, counts[category]!.skills, category.rawValue)
            XCTAssertEqual(level.expectedResults.count, counts[category]!.results, category.rawValue)
            XCTAssertEqual(level.recommendedActivities.count, counts[category]!.activities, category.rawValue)
        }
        let stages = QualificationCategory.allCases.map { template.level(for: $0).stage.text(in: "kk") }
        XCTAssertEqual(stages, [
            "Бастапқы кезең: «Өсу нүктесі»",
            "Орта кезең: «Әдістемелік және шығармашылық ықпалдастық»",
            "Қалыптасу кезеңі: «Көшбасшылық және талдау»",
            "Жоғары деңгей: «Инновация және педагогикалық тәжірибе»",
            "Үздіксіз даму: «Көшбасшылық қолтаңба және кәсіби кемелдену»",
        ])
    }

    func testSpotChecksAgainstTheSeed() {
        let pedagogue = template.level(for: .pedagogue)
        XCTAssertEqual(pedagogue.skills.first?.text(in: "kk"), "Оқыту әдістемелері мен техникаларын игереді.")
        XCTAssertEqual(pedagogue.recommendedActivities.first?.text(in: "kk"), "«Тиімді сабақ құрастыру» тренингі")
        XCTAssertEqual(template.level(for: .moderator).recommendedActivities.first?.text(in: "kk"),
                       "«Интерактивті оқыту әдістері» практикалық тренингі", "the missing opening quote is restored")
        XCTAssertEqual(template.level(for: .expert).skills[5].text(in: "kk"), "Іс-әрекеттегі (Action research) зерттеуге қатысады.")
        XCTAssertEqual(template.level(for: .master).recommendedActivities.last?.text(in: "kk"),
                       "«Авторлық педагогикалық идеяларды мектеп практикасына көшіру» әдістемелік кеңес")
        XCTAssertNotNil(template.level(for: .moderator).note)
        XCTAssertNil(template.level(for: .expert).note)
    }

    func testTableEightGrowsAlongThreeDirections() {
        XCTAssertEqual(template.growthTable.table, 8)
        XCTAssertEqual(template.growthTable.title(of: .research).text(in: "kk"), "Ғылыми-зерттеушілік")
        let pedagogue = template.level(for: .pedagogue).growth
        XCTAssertEqual(pedagogue[.practical].count, 4)
        XCTAssertEqual(pedagogue[.practical][3].text(in: "kk"), "сыныпты басқаруды және білім алушыларды уәждеуді үйренеді",
                       "a cell split across columns by the extraction is rejoined")
        XCTAssertEqual(template.level(for: .researcher).growth[.research].count, 4)
        XCTAssertEqual(template.level(for: .master).growth[.research].last?.text(in: "kk"),
                       "мамандық беделін арттыра отырып, мектепті кәсіби ғылыми-әдістемелік қоғамдастықта танытады")
        for category in QualificationCategory.allCases {
            for direction in QualificationLevelsTemplate.Direction.allCases {
                for text in template.level(for: category).growth[direction] {
                    for language in LocalizedText.languages { XCTAssertFalse((text.values[language] ?? "").isEmpty) }
                }
            }
        }
    }

    func testAMissingActivityIsRefused() throws {
        var json = try RouteFixtures.json("qualification-levels")
        var levels = json["levels"] as! [String: Any]
        var master = levels["master"] as! [String: Any]
        master["recommendedActivities"] = (master["recommendedActivities"] as! [Any]).dropFirst().map { $0 }
        levels["master"] = master
        json["levels"] = levels
        XCTAssertThrowsError(try QualificationLevelsTemplate.decode(JSONSerialization.data(withJSONObject: json), origin: "x.json")) {
            guard case let DamuError.template(message) = $0 else { return XCTFail("\($0)") }
            XCTAssertTrue(message.contains("10, expected 11"), message)
        }
        XCTAssertEqual(try QualificationLevelsCatalog.load(dataDirectory: Fixtures.dataDirectory).current, template)
    }
}
