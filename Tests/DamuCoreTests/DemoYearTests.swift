import DamuCore
import Foundation
import XCTest

final class DemoYearTests: XCTestCase {
    private var template: LessonAnalysisTemplate!

    override func setUpWithError() throws { template = try Fixtures.template() }

    private func year(_ language: String = "kk", seed: UInt64 = 7, startingYear: Int = 2025) -> (Profile, [LessonAnalysis]) {
        DemoYear.make(template: template, language: language, startingYear: startingYear, seed: seed)
    }

    func testSameSeedGivesTheSameYear() {
        let (profileA, analysesA) = year(seed: 42)
        let (profileB, analysesB) = year(seed: 42)
        XCTAssertEqual(profileA, profileB)
        XCTAssertEqual(analysesA, analysesB)
        let (profileC, analysesC) = year(seed: 43)
        XCTAssertNotEqual(profileA.id, profileC.id)
        XCTAssertNotEqual(analysesA.map(\.wheel), analysesC.map(\.wheel))
    }

    func testKnownOutputOfTheGenerator() {
        // Pins the generator: a change here changes every demo database and screenshot.
        var rng = SplitMix64(seed: 0)
        XCTAssertEqual(rng.next(), 0xE220_A839_7B1D_CDAF)
        XCTAssertEqual(rng.next(), 0x6E78_9E6A_A1B9_65F4)
        var dice = SplitMix64(seed: 1)
        let rolls = (0..<2000).map { _ in dice.int(in: 3...5) }
        XCTAssertEqual(Set(rolls), [3, 4, 5])
    }

    func testEveryAnalysisPassesValidationAndIsFullyAnswered() throws {
        for language in ["kk", "ru", "en"] {
            let (profile, analyses) = year(language)
            XCTAssertEqual(try profile.validated(), profile)
            XCTAssertEqual(profile.category, .moderator)
            XCTAssertGreaterThan(profile.yearsOfService, 0)
            for text in [profile.fullName, profile.school, profile.subjects, profile.methodologicalTopic,
                         profile.developmentGoal, profile.mentor] {
                XCTAssertFalse(text.isEmpty)
            }
            XCTAssertEqual(analyses.count, DemoYear.lessonCount)
            for analysis in analyses {
                XCTAssertEqual(try analysis.validated(against: template), analysis, "\(language) \(analysis.lesson.date)")
                XCTAssertEqual(analysis.profileID, profile.id)
                XCTAssertEqual(analysis.language, language)
                XCTAssertTrue(analysis.wheel.isFullyScored)
                let answers = analysis.contextAnswers + analysis.scaling.answers + analysis.coachingAnswers
                XCTAssertEqual(answers.count, 13)
                XCTAssertTrue(answers.allSatisfy { !$0.isEmpty && !$0.contains("{") })
                XCTAssertFalse(analysis.lesson.grade.isEmpty || analysis.lesson.subject.isEmpty || analysis.lesson.topic.isEmpty)
                XCTAssertTrue((1...2).contains(analysis.growthPoint.written.count))
                XCTAssertTrue(analysis.growthSentences(template: template).allSatisfy { !$0.contains("...") })
            }
        }
    }

    func testDatesRunWeeklyFromSeptemberToMayOnSchoolDays() throws {
        let (_, analyses) = year()
        let dates = analyses.map(\.lesson.date)
        XCTAssertEqual(dates, dates.sorted())
        XCTAssertEqual(Set(dates).count, dates.count)
        XCTAssertEqual(dates.first?.month, 9)
        XCTAssertEqual(dates.first?.year, 2025)
        XCTAssertEqual(dates.last?.month, 5)
        XCTAssertEqual(dates.last?.year, 2026)
        let calendar = Calendar(identifier: .gregorian)
        let holidays = try ["2025-10-29", "2025-12-16", "2026-01-05", "2026-03-23", "2026-05-01", "2026-05-07"]
            .map { try LessonDate(iso: $0) }
        for date in dates {
            var utc = calendar
            utc.timeZone = TimeZone(identifier: "UTC")!
            let weekday = utc.component(.weekday, from: date.date)
            XCTAssertTrue((2...6).contains(weekday), "\(date) is a weekend day")
            XCTAssertFalse(holidays.contains(date), "\(date) is a holiday")
        }
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            let days = Int((later.date.timeIntervalSince(earlier.date) / 86_400).rounded())
            XCTAssertGreaterThanOrEqual(days, 3, "one lesson a week: \(earlier) → \(later)")
            XCTAssertLessThanOrEqual(days, 30, "\(earlier) → \(later)")
        }
        XCTAssertTrue(dates.allSatisfy { $0.academicYearStart == 2025 })
    }

    func testScoresStayInRangeAndImproveGently() {
        for seed: UInt64 in [1, 2, 3, 99] {
            let (_, analyses) = year(seed: seed)
            let scores = analyses.flatMap { $0.wheel.scores.compactMap { $0 } }
            XCTAssertTrue(scores.allSatisfy { (3...10).contains($0) }, "seed \(seed)")
            XCTAssertTrue(analyses.allSatisfy { (4...9).contains($0.scaling.score ?? -1) }, "seed \(seed)")
            let history = LessonHistory(analyses)
            let means = history.wheelMeanTrend.points.map(\.value)
            let autumn = means.prefix(8).reduce(0, +) / 8, spring = means.suffix(8).reduce(0, +) / 8
            XCTAssertGreaterThan(spring - autumn, 0.5, "seed \(seed): the year shows growth")
            XCTAssertLessThan(spring - autumn, 4, "seed \(seed): gently")
            XCTAssertGreaterThan(Set(scores).count, 4, "scores vary")
        }
    }

    func testFollowUpsReferToThePreviousGrowthPoint() {
        let (_, analyses) = year()
        XCTAssertNil(analyses[0].followUp)
        var outcomes = Set<GrowthFollowUp.Outcome>()
        for (previous, analysis) in zip(analyses, analyses.dropFirst()) {
            guard let followUp = analysis.followUp else { return XCTFail("no follow-up on \(analysis.lesson.date)") }
            XCTAssertEqual(followUp.previousAnalysisID, previous.id)
            XCTAssertEqual(followUp.plannedSteps, previous.growthSentences(template: template))
            XCTAssertFalse(followUp.note.isEmpty)
            if let outcome = followUp.outcome { outcomes.insert(outcome) } else { XCTFail("no outcome") }
        }
        XCTAssertEqual(outcomes, Set(GrowthFollowUp.Outcome.allCases), "a year has all three outcomes")
    }

    func testTextsAreInTheRequestedLanguageWithTheSameYearUnderneath() {
        let (kkProfile, kk) = year("kk")
        let (_, ru) = year("ru")
        let (enProfile, en) = year("en")
        XCTAssertEqual(kk.map(\.lesson.date), ru.map(\.lesson.date))
        XCTAssertEqual(kk.map(\.wheel.scores), en.map(\.wheel.scores))
        XCTAssertEqual(kk.map(\.scaling.score), ru.map(\.scaling.score))
        XCTAssertEqual(kkProfile.id, enProfile.id)

        let kazakhLetters = Set("әғқңөұүһі")
        XCTAssertTrue(kkProfile.school.contains("жалпы білім беретін мектеп"))
        XCTAssertTrue(kk.contains { $0.coachingAnswers.joined().contains(where: kazakhLetters.contains) })
        XCTAssertEqual(kk[0].wheel.sectors[0].name, "Мақсат пен нәтиже")
        XCTAssertEqual(ru[0].wheel.sectors[0].name, "Цель и результат")
        XCTAssertEqual(en[0].wheel.sectors[0].name, "Goal and result")
        XCTAssertTrue(ru.allSatisfy { !$0.contextAnswers.joined().contains(where: kazakhLetters.contains) })
        let cyrillic: ClosedRange<UInt32> = 0x400...0x4FF
        XCTAssertTrue(en.allSatisfy { ($0.contextAnswers + $0.coachingAnswers).joined().unicodeScalars.allSatisfy { !cyrillic.contains($0.value) } })
        XCTAssertTrue(en[1].followUp!.plannedSteps.allSatisfy { $0.hasPrefix("In the next lesson") || $0.hasPrefix("So that") || $0.hasPrefix("Next time") })
        XCTAssertEqual(year("de").1.map(\.language), Array(repeating: "kk", count: DemoYear.lessonCount), "unknown → Kazakh")
    }

    func testVariedLessonsAndAnswers() {
        let (_, analyses) = year()
        XCTAssertGreaterThanOrEqual(Set(analyses.map(\.lesson.grade)).count, 4)
        XCTAssertEqual(Set(analyses.map(\.lesson.subject)), ["Математика", "Алгебра", "Геометрия"])
        XCTAssertGreaterThan(Set(analyses.map(\.lesson.topic)).count, 15)
        XCTAssertGreaterThan(Set(analyses.map { $0.coachingAnswers[4] }).count, 4)
        for (a, b) in zip(analyses, analyses.dropFirst()) {
            XCTAssertNotEqual(a.coachingAnswers, b.coachingAnswers, "no answer set repeats the week after")
        }
        XCTAssertTrue(analyses.contains { $0.growthPoint.steps.count == 2 })
        XCTAssertTrue(analyses.contains { $0.growthPoint.steps.count == 1 })
    }

    func testOtherYearsWork() throws {
        for start in [2023, 2024, 2026, 2030] {
            let (_, analyses) = year(startingYear: start)
            XCTAssertEqual(analyses.count, DemoYear.lessonCount, "\(start)")
            XCTAssertTrue(analyses.allSatisfy { $0.lesson.date.academicYearStart == start })
            for analysis in analyses { _ = try analysis.validated(against: template) }
        }
    }
}
