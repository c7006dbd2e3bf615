import DamuCore
import Foundation
import XCTest

final class ReflectionCardTests: XCTestCase {
    static func cardsTemplate() throws -> ReflectionCardsTemplate {
        try ReflectionCardsCatalog.load(dataDirectory: Fixtures.dataDirectory).current
    }

    func testTheAnnualCardHasTable15sBlocksAndPromptsInKazakhVerbatim() throws {
        let template = try Self.cardsTemplate()
        let annual = template.annual
        XCTAssertEqual(annual.title.text(in: "kk"), "«Оқу жылының қорытындысы» рефлексия картасы")
        XCTAssertEqual(annual.table?.text(in: "kk"), "15-кесте")
        XCTAssertEqual(annual.blocks.map { $0.title.text(in: "kk") }, ["Дайындық", "Тереңдеу", "Әрекет", "Қорытынды"])
        XCTAssertEqual(annual.blocks.map(\.prompts.count), [3, 3, 3, 2])
        let prompts = annual.prompts.map { $0.text.text(in: "kk") }
        XCTAssertEqual(prompts[0], "Педагог ретінде мен үшін биылғы жылдың басты сөзі қандай болды? Неліктен?")
        XCTAssertEqual(prompts[1], "Жылдың қай 3 сәті менде мақтаныш сезімін тудырады?")
        // The stray Russian «Что» of the source is left out (see the file's corrections).
        XCTAssertEqual(prompts[2], "Ең қиыны не болды және бұл мені неге үйретті?")
        XCTAssertEqual(prompts[8], "Жазда өз энергиямды қалай қолдаймын (қалпына келудің 3 қадамы).")
        XCTAssertEqual(prompts[9], "Жылға қанағаттану шкаласы (0–10). +1 балл қосу үшін не қажет?")
        XCTAssertEqual(prompts[10], "Келесі жылға арналған ұраным.")
        XCTAssertEqual(annual.prompts.map(\.items), [1, 3, 1, 1, 1, 1, 1, 1, 3, 1, 1])
        XCTAssertEqual(annual.scalePromptIndex, 9)
        XCTAssertTrue(template.corrections.contains { $0.contains("Что") })
    }

    func testTheWeeklyCardOfANewTeacherHasItsElevenPrompts() throws {
        let weekly = try Self.cardsTemplate().weekly
        XCTAssertEqual(weekly.title.text(in: "kk"), "«Кәсіби қызметін жүзеге асыруға жаңадан кіріскен педагог» рефлексия картасы")
        XCTAssertNil(weekly.table)
        XCTAssertEqual(weekly.prompts.count, 11)
        XCTAssertEqual(weekly.prompts[0].text.text(in: "kk"), "Осы аптада менің қолымнан не келді (3 нақты факт)?")
        XCTAssertEqual(weekly.prompts[0].items, 3)
        XCTAssertEqual(weekly.prompts[9].text.text(in: "kk"), "Сенімділік шкаласы (0–10). +1 балл қосу үшін не көмектеседі?")
        XCTAssertEqual(weekly.scalePromptIndex, 9)
        for prompt in weekly.prompts + (try Self.cardsTemplate()).annual.prompts {
            for language in LocalizedText.languages {
                XCTAssertFalse((prompt.text.values[language] ?? "").isEmpty, "\(language): \(prompt.text.text(in: "kk"))")
            }
        }
    }

    func testATemplateWithAMissingPromptIsRefused() throws {
        var template = try Self.cardsTemplate()
        template.weekly.blocks[1].prompts.removeLast()
        let data = try JSONEncoder().encode(template)
        XCTAssertThrowsError(try ReflectionCardsTemplate.decode(data, origin: "edited.json")) { error in
            XCTAssertTrue("\(error)".contains("edited.json"), "\(error)")
            XCTAssertTrue("\(error)".contains("3+2+3+2"), "\(error)")
        }
    }

    func testABlankCardGivesAsManyFieldsAsEachPromptAsksFor() throws {
        let template = try Self.cardsTemplate()
        let card = ReflectionCard(
            profileID: UUID(), kind: .annual, academicYear: try AcademicYear(startYear: 2025), template: template, language: "kk")
        XCTAssertEqual(card.answers.map(\.count), [1, 3, 1, 1, 1, 1, 1, 1, 3, 1, 1])
        XCTAssertTrue(card.isDraft)
        XCTAssertTrue(card.isBlank)
        XCTAssertNoThrow(try card.validated(against: template))
    }

    func testScoresOutsideZeroToTenAreRefused() throws {
        let template = try Self.cardsTemplate()
        var card = ReflectionCard(
            profileID: UUID(), kind: .weekly, academicYear: try AcademicYear(startYear: 2025), week: 5,
            template: template, language: "ru")
        for score in [0, 10] {
            card.score = score
            XCTAssertEqual(try card.validated(against: template).score, score)
        }
        for score in [-1, 11] {
            card.score = score
            XCTAssertThrowsError(try card.validated(against: template)) { error in
                XCTAssertEqual((error as? DamuError)?.field, "Confidence")
                XCTAssertTrue("\(error)".contains("outside 0–10"), "\(error)")
            }
        }
    }

    func testTheWeekAndTheItemCountsAreChecked() throws {
        let template = try Self.cardsTemplate()
        let year = try AcademicYear(startYear: 2025)
        var weekly = ReflectionCard(profileID: UUID(), kind: .weekly, academicYear: year, week: nil, template: template, language: "kk")
        XCTAssertThrowsError(try weekly.validated(against: template))
        weekly.week = year.weeks.count + 1
        XCTAssertThrowsError(try weekly.validated(against: template))
        weekly.week = year.weeks.count
        XCTAssertNoThrow(try weekly.validated(against: template))
        XCTAssertEqual(weekly.academicWeek?.lastDay.iso, "2026-08-31")

        var annual = ReflectionCard(profileID: UUID(), kind: .annual, academicYear: year, template: template, language: "kk")
        annual.week = 3
        XCTAssertThrowsError(try annual.validated(against: template))
        annual.week = nil
        annual.answers[1] = ["бір", "екі"]
        XCTAssertThrowsError(try annual.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Annual card, question 2")
        }
        annual.answers[1] = ["  бір ", "екі", String(repeating: "ә", count: TextRules.paragraphLimit + 1)]
        XCTAssertThrowsError(try annual.validated(against: template))
        annual.answers[1][2] = "үш"
        annual.answers[9] = ["Көбірек демалу"]
        let stored = try annual.validated(against: template)
        XCTAssertEqual(stored.answers[1], ["бір", "екі", "үш"], "answers trimmed")
        XCTAssertEqual(stored.plusOne(template: template), "Көбірек демалу")
    }

    func testTheConfidenceTrendFollowsTheWeeks() throws {
        let template = try Self.cardsTemplate()
        let year = try AcademicYear(startYear: 2025)
        let cards = [(7, 6), (2, 3), (4, nil), (3, 5)].map { week, score -> ReflectionCard in
            var card = ReflectionCard(profileID: UUID(), kind: .weekly, academicYear: year, week: week, template: template, language: "kk")
            card.score = score
            return card
        }
        let trend = cards.confidenceTrend
        XCTAssertEqual(trend.points.map(\.value), [3, 5, 6])
        XCTAssertEqual(trend.points.first?.date, year.weeks[1].firstDay)
        XCTAssertEqual(trend.change, 3)
    }
}
