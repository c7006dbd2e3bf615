import Foundation

/// A made-up but plausible academic year of one mathematics teacher: a profile and about one lesson
/// self-analysis a week from September to May, so that a new user, a coach on a projector or a
/// screenshot has something true-to-life to look at. The same seed gives the same year, and the same
/// dates and scores in every language.
public struct DemoYear {
    /// Lessons analysed in the year: roughly one a week of school, a few weeks missed.
    public static let lessonCount = 32

    /// The profile and its analyses, oldest lesson first. `language` is "kk" (the default for
    /// anything else), "ru" or "en"; `startingYear` is the September the academic year opens in.
    public static func make(
        template: LessonAnalysisTemplate, language: String, startingYear: Int, seed: UInt64
    ) -> (Profile, [LessonAnalysis]) {
        var rng = SplitMix64(seed: seed)
        let phrases = DemoPhrases.forLanguage(language)
        let profile = makeProfile(phrases: phrases, startingYear: startingYear, rng: &rng)
        let dates = lessonDates(SchoolCalendar(startingYear: startingYear), rng: &rng)
        var writer = LessonWriter(template: template, phrases: phrases, profileID: profile.id, rng: &rng)
        var analyses: [LessonAnalysis] = []
        for (index, date) in dates.enumerated() {
            let progress = dates.count > 1 ? Double(index) / Double(dates.count - 1) : 0
            analyses.append(writer.analysis(on: date, progress: progress, previous: analyses.last, rng: &rng))
        }
        return (profile, analyses)
    }

    private static func makeProfile(
        phrases: DemoPhrases, startingYear: Int, rng: inout SplitMix64
    ) -> Profile {
        let id = rng.uuid()
        let schoolNumber = rng.element(of: [7, 12, 24, 35, 41])
        let created = (try! LessonDate(year: startingYear, month: 9, day: 1)).date
        return Profile(
            id: id, createdAt: created, fullName: rng.element(of: phrases.teachers),
            school: phrases.school.replacingOccurrences(of: "{n}", with: String(schoolNumber)),
            subjects: phrases.subjectsTaught, category: .moderator, isNewTeacher: false,
            yearsOfService: rng.int(in: 6...14),
            methodologicalTopic: rng.element(of: phrases.methodologicalTopics),
            developmentGoal: rng.element(of: phrases.developmentGoals),
            mentor: rng.element(of: phrases.mentors))
    }

    /// One day in each of `lessonCount` school weeks; the weeks left out are chosen at random,
    /// never the first or the last, so the year always spans September to May.
    private static func lessonDates(_ calendar: SchoolCalendar, rng: inout SplitMix64) -> [LessonDate] {
        var weeks = calendar.weeks
        while weeks.count > lessonCount {
            weeks.remove(at: rng.int(in: 1...(weeks.count - 2)))
        }
        return weeks.map { rng.element(of: $0) }
    }
}
