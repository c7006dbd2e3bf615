import DamuCore
import Foundation
import XCTest

final class YearSummaryTests: XCTestCase {
    func testTheYearIsSummedUpFromItsAnalyses() throws {
        let template = try Fixtures.template()
        let profile = UUID()
        var analyses = [
            try Fixtures.analysis(template: template, profileID: profile, date: "2025-09-10", scores: [4, 4, 4, 4, 4, 4, 4, 4]),
            try Fixtures.analysis(template: template, profileID: profile, date: "2025-10-20", scores: [6, 6, 6, 6, 6, 6, 6, 6]),
            try Fixtures.analysis(template: template, profileID: profile, date: "2026-04-15", scores: [8, 8, 8, 8, 8, 8, 8, 8]),
            // Another year: left out.
            try Fixtures.analysis(template: template, profileID: profile, date: "2026-09-15", scores: [1, 1, 1, 1, 1, 1, 1, 1]),
        ]
        analyses[0].scaling.score = 5
        analyses[2].scaling.score = 9
        analyses[1].followUp = GrowthFollowUp(previousAnalysisID: analyses[0].id, plannedSteps: ["x"], outcome: .tried)
        analyses[2].followUp = GrowthFollowUp(previousAnalysisID: analyses[1].id, plannedSteps: ["y"], outcome: .notYet)
        analyses[2].wheel.sectors[7].score = nil

        let summary = YearSummary(history: LessonHistory(analyses), academicYear: try AcademicYear(startYear: 2025))
        XCTAssertEqual(summary.analysisCount, 3)
        XCTAssertEqual(summary.averageWheel!, Double(8 * 4 + 8 * 6 + 7 * 8) / 23, accuracy: 1e-9)
        XCTAssertEqual(summary.firstTerm, .init(term: 1, average: 5))
        XCTAssertEqual(summary.lastTerm, .init(term: 4, average: 8))
        XCTAssertEqual(summary.termChange, 3)
        XCTAssertEqual(summary.scalingTrend.points.map(\.value), [5, 7, 9])
        XCTAssertEqual(summary.growthPointsTried, 1)
        XCTAssertEqual(summary.growthPointsAnswered, 2)
        XCTAssertEqual(summary.averageSectors[7]!, 5, accuracy: 1e-9)
        XCTAssertEqual(summary.latestWheel, analyses[2].wheel)
    }

    func testAnEmptyYearHasNothingToAverage() throws {
        let summary = YearSummary(history: LessonHistory([]), academicYear: try AcademicYear(startYear: 2025))
        XCTAssertEqual(summary.analysisCount, 0)
        XCTAssertNil(summary.averageWheel)
        XCTAssertNil(summary.termChange)
        XCTAssertTrue(summary.scalingTrend.points.isEmpty)
    }

    func testTermsFollowTheKazakhSchoolYear() throws {
        let terms = SchoolTerms(try AcademicYear(startYear: 2025))
        XCTAssertEqual(try ["2025-09-01", "2025-10-31", "2025-11-03", "2025-12-26", "2026-01-08", "2026-03-20", "2026-04-01", "2026-05-25"]
            .map { terms.number(of: try LessonDate(iso: $0)) }, [1, 1, 2, 2, 3, 3, 4, 4])
        // The fourth term starts after the spring break, which ends on 29 March that year.
        XCTAssertEqual(terms.number(of: try LessonDate(iso: "2026-03-29")), 3)
        XCTAssertEqual(terms.number(of: try LessonDate(iso: "2026-03-30")), 4)
    }

    func testTheDemoTeacherHasAnAnnualCardAndWeeklyCardsWhenNew() throws {
        let template = try Fixtures.template()
        let cardsTemplate = try ReflectionCardTests.cardsTemplate()
        var (profile, analyses) = DemoYear.make(template: template, language: "en", startingYear: 2025, seed: 3)
        let year = try AcademicYear(startYear: 2025)
        let cards = DemoReflectionCards.make(
            profile: profile, analyses: analyses, template: cardsTemplate, language: "en", academicYear: year, seed: 3)
        XCTAssertEqual(cards.map(\.kind), [.annual])
        XCTAssertNoThrow(try cards[0].validated(against: cardsTemplate))
        XCTAssertFalse(cards[0].isDraft)

        profile.isNewTeacher = true
        let newCards = DemoReflectionCards.make(
            profile: profile, analyses: analyses, template: cardsTemplate, language: "en", academicYear: year, seed: 3)
        let weekly = newCards.filter { $0.kind == .weekly }
        XCTAssertEqual(weekly.count, Set(analyses.compactMap { year.week(containing: $0.lesson.date)?.number }).count)
        for card in newCards { XCTAssertNoThrow(try card.validated(against: cardsTemplate)) }
        let trend = newCards.confidenceTrend
        XCTAssertGreaterThan(trend.last!, trend.first!, "confidence grows over the year")
        analyses.removeAll()
    }
}
