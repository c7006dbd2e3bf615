import DamuCore
import XCTest

final class GrowthPointTests: XCTestCase {
    func testAtMostTwoWrittenSteps() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.growthPoint = GrowthPoint(steps: [
            .init(starter: 0, text: "бір"), .init(starter: 1, text: "екі"), .init(starter: 2, text: "үш"),
        ])
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "Step 5, growth point")
            XCTAssertTrue(message.contains("3") && message.contains("2"), message)
        }
        // Blank steps do not count and are dropped.
        analysis.growthPoint.steps[2].text = "  "
        let saved = try analysis.validated(against: template)
        XCTAssertEqual(saved.growthPoint.steps.map(\.text), ["бір", "екі"])
    }

    func testStepNeedsAnExistingStarter() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.growthPoint = GrowthPoint(steps: [.init(starter: 3, text: "бір")])
        XCTAssertThrowsError(try analysis.validated(against: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Step 5, growth point")
        }
        analysis.growthPoint = GrowthPoint(steps: [.init(starter: -1, text: "бір")])
        XCTAssertThrowsError(try analysis.validated(against: template))
    }

    func testSentenceComposition() {
        XCTAssertEqual(
            GrowthSentence.compose(starter: "Келесі сабақта мен ... байқап көремін", text: " жұптық талқылауды "),
            "Келесі сабақта мен жұптық талқылауды байқап көремін")
        XCTAssertEqual(
            GrowthSentence.compose(starter: "In the next lesson I will try ...", text: "think-pair-share"),
            "In the next lesson I will try think-pair-share")
        XCTAssertEqual(GrowthSentence.compose(starter: "Келесі жолы мен ... көңіл бөлемін", text: ""),
                       "Келесі жолы мен көңіл бөлемін", "no double space where nothing was written")
        XCTAssertEqual(GrowthSentence.compose(starter: "No gap", text: "words"), "No gap words")
    }

    func testGrowthSentencesUseTheAnalysisLanguage() throws {
        let template = try Fixtures.template()
        var analysis = try Fixtures.analysis(template: template)
        analysis.growthPoint = GrowthPoint(steps: [
            .init(starter: 2, text: "кері байланысқа"), .init(starter: 0, text: ""),
        ])
        XCTAssertEqual(analysis.growthSentences(template: template), ["Келесі жолы мен кері байланысқа көңіл бөлемін"])
        analysis.language = "ru"
        analysis.growthPoint = GrowthPoint(steps: [.init(starter: 0, text: "рефлексию «Светофор»")])
        XCTAssertEqual(analysis.growthSentences(template: template), ["На следующем уроке я попробую рефлексию «Светофор»"])
    }
}
