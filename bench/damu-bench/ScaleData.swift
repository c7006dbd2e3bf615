import DamuCore
import Foundation

/// Teachers with many years of lessons, made from the demo generator's realistic answers: each
/// profile gets `years` academic years of `perYear` analyses on school days, each analysis a demo
/// lesson's texts and wheel under a new id and date.
struct ScaleData {
    static let years = 10
    static let perYear = 200
    static let firstYear = 2015

    let template: LessonAnalysisTemplate
    /// Demo lessons of a few seeds and languages: the texts, lengths and wheels copied from.
    private let pool: [LessonAnalysis]

    init(template: LessonAnalysisTemplate) {
        self.template = template
        pool = [("kk", 1), ("ru", 2), ("en", 3), ("kk", 4)].flatMap { language, seed in
            DemoYear.make(template: template, language: language, startingYear: 2024, seed: UInt64(seed)).1
        }
    }

    /// The `index`-th teacher and every lesson of theirs, oldest first.
    func teacher(_ index: Int) -> (Profile, [LessonAnalysis]) {
        var rng = SplitMix64(seed: UInt64(10_000 + index))
        let profile = Profile(
            id: rng.uuid(), fullName: "Мұғалім \(index + 1)", school: "№ \(index % 40 + 1) мектеп",
            subjects: "Математика", category: .moderator, yearsOfService: 12)
        var analyses: [LessonAnalysis] = []
        analyses.reserveCapacity(Self.years * Self.perYear)
        for year in Self.firstYear..<(Self.firstYear + Self.years) {
            for day in Self.schoolDays(startingYear: year).prefix(Self.perYear) {
                var analysis = rng.element(of: pool)
                analysis.id = rng.uuid()
                analysis.profileID = profile.id
                analysis.lesson.date = day
                analysis.createdAt = day.date
                analysis.updatedAt = day.date
                analysis.followUp = analysis.followUp.map { followUp in
                    var followUp = followUp
                    followUp.previousAnalysisID = analyses.last?.id ?? followUp.previousAnalysisID
                    return followUp
                }
                analyses.append(analysis)
            }
        }
        return (profile, analyses)
    }

    /// Monday to Friday from 1 September to mid-June: a little over 200 days.
    static func schoolDays(startingYear year: Int) -> [LessonDate] {
        var day = try! LessonDate(year: year, month: 9, day: 1)
        let last = try! LessonDate(year: year + 1, month: 6, day: 20)
        var days: [LessonDate] = []
        while !(last < day) {
            if Self.weekday(day) < 5 { days.append(day) }
            day = day.adding(days: 1)
        }
        return days
    }

    /// 0 = Monday.
    private static func weekday(_ day: LessonDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return (calendar.component(.weekday, from: day.date) + 5) % 7
    }
}
