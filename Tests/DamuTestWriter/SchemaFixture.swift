import DamuCore
import DamuStore
import Foundation

/// Writes the fixture database of the current schema, and beside it what it holds as the store
/// reads it back. Run once for each new schema version (see Tests/Fixtures/README.md); later
/// versions of Damu must open the file and find all of it.
enum SchemaFixture {
    /// What the fixture holds, through the public API of the version that wrote it.
    struct Expected: Codable {
        var migrations: [String]
        /// Live profiles, as `profiles()` lists them.
        var profiles: [Profile]
        /// Each live profile's history, by profile id.
        var histories: [String: [LessonAnalysis]]
        /// A deleted profile and how many analyses its restore brings back.
        var deletedProfile: UUID
        var deletedProfileAnalyses: Int
        /// Analyses deleted one by one (tombstones).
        var deletedAnalyses: [UUID]
        /// From schema v2: each live profile's route sheets, professional and educational routes.
        var routeSheets: [String: [RouteSheet]]?
        var professionalRoutes: [String: [ProfessionalDevelopmentRoute]]?
        var educationalRoutes: [String: [EducationalRoute]]?
        /// The route sheets the deleted profile's restore brings back.
        var deletedProfileRouteSheets: Int?
        /// Each live profile's reflection cards, by profile id (from schema v3 on).
        var cards: [String: [ReflectionCard]]?
        /// A card deleted on its own (a tombstone).
        var deletedCards: [UUID]?
        /// Each live profile's unsaved analysis kept while it was typed, by profile id (from schema v7 on).
        var drafts: [String: AnalysisDraft]?
        /// Each live profile's unsaved reflection cards kept while they were typed (from schema v8 on).
        var cardDrafts: [String: ReflectionCardDrafts]?
        /// The profile form kept while it was typed (from schema v9 on).
        var profileDraft: ProfileDraft?
    }

    static func write(database url: URL, expected: URL) throws {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw DamuError.storage("\(url.path) exists; a fixture is written once, into a new file")
        }
        let template = try TemplateCatalog.shipped().current
        let sheetTemplate = try RouteSheetCatalog.shipped().current
        let routesTemplate = try IndividualRoutesCatalog.shipped().current
        var deletedAnalyses: [UUID] = []
        var deletedCards: [UUID] = []
        let deletedProfile: UUID
        let deletedProfileAnalyses: Int
        do {
            let database = try AppDatabase.open(at: url)
            // Three teachers in three languages, a few weeks each: small enough to commit.
            var years: [(Profile, [LessonAnalysis])] = []
            for (seed, language) in [(1, "kk"), (2, "ru"), (3, "en")] {
                let (profile, analyses) = DemoYear.make(
                    template: template, language: language, startingYear: 2024, seed: UInt64(seed))
                let routes = DemoRoutes.make(
                    profile: profile, lessonDates: analyses.map(\.lesson.date), sheetTemplate: sheetTemplate,
                    routesTemplate: routesTemplate, language: language, startingYear: 2024, seed: UInt64(seed))
                try database.saveDemo(profile: profile, analyses: Array(analyses.prefix(6)), template: template, routes: routes)
                years.append((profile, Array(analyses.prefix(6))))
            }
            // A mark given after the first save, an own row taken off (its marks under a tombstone),
            // and a sheet of the next year that carries the open rows over.
            var sheet = try database.routeSheets(profileID: years[0].0.id)[0]
            try sheet.mark(.template(1), .achieved, on: try LessonDate(iso: "2025-05-28"), evidence: .text("Жыл соңындағы есеп"))
            let extra = try sheet.addOwnRow(direction: "Уақытша жол")
            try sheet.mark(extra, .partial, on: try LessonDate(iso: "2025-03-03"))
            sheet = try database.save(sheet, template: sheetTemplate)
            if case let .own(id) = extra { sheet.removeOwnRow(id) }
            sheet = try database.save(sheet, template: sheetTemplate)
            let next = try sheet.startNextYear(
                carryOpenRows: true, catalog: try RouteSheetCatalog.shipped(), language: "kk")
            try database.save(next, template: sheetTemplate)
            // An edit after the first save: a renamed sector and a changed score.
            var edited = years[0].1[2]
            edited.wheel.sectors[4].name = "Сыныптағы ахуал"
            edited.wheel.sectors[4].score = 9
            try database.save(edited, template: template)
            // Reflection cards: a finished annual card, a weekly card left as a draft, one deleted.
            let cardsTemplate = try ReflectionCardsCatalog.shipped().current
            let year = try AcademicYear(startYear: 2024)
            var annual = ReflectionCard(
                profileID: years[0].0.id, kind: .annual, academicYear: year, template: cardsTemplate, language: "kk")
            annual.answers[0][0] = "Диалог"
            annual.answers[1] = ["Жоба", "Ашық сабақ", "Олимпиада"]
            annual.score = 8
            annual.isDraft = false
            try database.save(annual, template: cardsTemplate)
            for week in [2, 3] {
                var weekly = ReflectionCard(
                    profileID: years[0].0.id, kind: .weekly, academicYear: year, week: week, template: cardsTemplate,
                    language: "kk")
                weekly.answers[0] = ["Жоспар", "Топтық жұмыс", ""]
                weekly.score = 4 + week
                try database.save(weekly, template: cardsTemplate)
                if week == 3 {
                    try database.deleteReflectionCard(id: weekly.id)
                    deletedCards.append(weekly.id)
                }
            }
            for analysis in years[1].1.suffix(2) {
                try database.deleteAnalysis(id: analysis.id)
                deletedAnalyses.append(analysis.id)
            }
            // Unsaved drafts: a new analysis half typed, an edit of a saved one, and one of the
            // teacher whose profile is deleted next (it goes with the profile).
            var blank = LessonAnalysis(profileID: years[0].0.id, template: template, language: "kk")
            blank.lesson.date = try LessonDate(iso: "2025-05-30")
            var typed = blank
            typed.lesson.topic = "Бөлшектерді қосу"
            typed.contextAnswers[0] = "Сынып белсенді болды"
            typed.wheel.sectors[0].score = 7
            try database.keepDraft(
                AnalysisDraft(base: blank, isNew: true, shown: typed, dateText: "2025-05-3", step: "wheel"), template: template)
            let saved = years[1].1[0]
            var edited2 = saved
            edited2.coachingAnswers[1] = "Больше времени на обсуждение в парах"
            try database.keepDraft(
                AnalysisDraft(base: saved, isNew: false, shown: edited2, dateText: saved.lesson.date.iso, step: "coaching"),
                template: template)
            try database.keepDraft(
                AnalysisDraft(base: years[2].1[0], isNew: false, shown: years[2].1[0], dateText: "", step: "lesson"),
                template: template)
            // Unsaved cards: an edit of the finished annual card beside a new weekly card, and a
            // new annual card of the teacher whose profile is deleted next.
            var annualTyped = annual
            annualTyped.answers[2][0] = "Уақытты жоспарлау"
            var weeklyTyped = ReflectionCard(
                profileID: years[0].0.id, kind: .weekly, academicYear: year, week: 5, template: cardsTemplate, language: "kk")
            weeklyTyped.answers[0][0] = "Сабақ жоспары"
            weeklyTyped.score = 6
            try database.keepCardDrafts(try unwrapped(ReflectionCardDrafts(
                profileID: years[0].0.id, academicYear: year, annual: annualTyped, weekly: weeklyTyped)))
            var goneTyped = ReflectionCard(
                profileID: years[2].0.id, kind: .annual, academicYear: year, template: cardsTemplate, language: "en")
            goneTyped.answers[0][0] = "Patience"
            try database.keepCardDrafts(try unwrapped(ReflectionCardDrafts(
                profileID: years[2].0.id, academicYear: year, annual: goneTyped, weekly: nil)))
            // The profile form: an edit of a saved profile, its goal half written.
            var goalTyped = years[1].0
            goalTyped.developmentGoal = "Освоить формативное оценивание и"
            try database.keepProfileDraft(ProfileDraft(original: years[1].0, shown: goalTyped))
            deletedProfile = years[2].0.id
            deletedProfileAnalyses = years[2].1.count
            try database.deleteProfile(id: deletedProfile)
        }
        // The pool is closed: SQLite has folded the log into the main file.
        let database = try AppDatabase.open(at: url, create: false)
        let profiles = try database.profiles()
        var histories: [String: [LessonAnalysis]] = [:]
        var routeSheets: [String: [RouteSheet]] = [:]
        var professionalRoutes: [String: [ProfessionalDevelopmentRoute]] = [:]
        var educationalRoutes: [String: [EducationalRoute]] = [:]
        var cards: [String: [ReflectionCard]] = [:]
        var drafts: [String: AnalysisDraft] = [:]
        var cardDrafts: [String: ReflectionCardDrafts] = [:]
        for profile in profiles {
            let key = profile.id.uuidString
            histories[key] = try database.history(profileID: profile.id).analyses
            routeSheets[key] = try database.routeSheets(profileID: profile.id)
            professionalRoutes[key] = try database.professionalRoutes(profileID: profile.id)
            educationalRoutes[key] = try database.educationalRoutes(profileID: profile.id)
            cards[key] = try database.reflectionCards(profileID: profile.id)
            drafts[key] = try database.draft(profileID: profile.id)?.draft
            cardDrafts[key] = try database.cardDrafts(profileID: profile.id)?.drafts
        }
        let contents = Expected(
            migrations: try database.appliedMigrations(), profiles: profiles, histories: histories,
            deletedProfile: deletedProfile, deletedProfileAnalyses: deletedProfileAnalyses,
            deletedAnalyses: deletedAnalyses, routeSheets: routeSheets, professionalRoutes: professionalRoutes,
            educationalRoutes: educationalRoutes, deletedProfileRouteSheets: 1, cards: cards, deletedCards: deletedCards,
            drafts: drafts, cardDrafts: cardDrafts, profileDraft: try database.profileDraft()?.draft)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(contents).write(to: expected)
        print("wrote \(url.path) (\(contents.migrations.count) migrations) and \(expected.path)")
    }

    private static func unwrapped<T>(_ value: T?) throws -> T {
        guard let value else { throw DamuError.storage("a fixture value is missing") }
        return value
    }
}
