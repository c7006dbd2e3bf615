import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu demo`: a made-up teacher with a year of lessons, to try Damu or show it to colleagues.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: tr("Add a demo teacher with a year of lesson analyses and a marked route sheet."),
        discussion: tr("Creates one teacher profile (Педагог-модератор, mathematics) and about one lesson self-analysis a week from September to May, with the year's route sheet marked through the year, the development wheel scored three times and both individual routes, all in one step. The database is created if it does not exist. The same --seed always gives the same teacher and lessons; running it again updates that demo instead of adding a second one."))

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp(tr("Language of the texts: kk (Kazakh), ru (Russian) or en (English).")))
    var language: String = "kk"

    @Option(help: ArgumentHelp(
        tr("The year the academic year starts in, e.g. 2025 for 2025–2026 (default: the last finished one)."),
        valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp(tr("Seed of the generator: a different number gives a different teacher and year.")))
    var seed: UInt64 = 1

    @Flag(help: ArgumentHelp(tr("Make the demo teacher new to the profession, with a weekly reflection card for each week with a lesson.")))
    var newTeacher = false

    func validate() throws {
        guard LocalizedText.languages.contains(language) else {
            throw ValidationError(String(format: tr("--language must be kk, ru or en, not “%@”."), language))
        }
        if let year, !(2000...2100).contains(year) {
            throw ValidationError(String(format: tr("--year must be from 2000 to 2100, not %ld."), year))
        }
    }

    func run() throws {
        let template = try TemplateCatalog.shipped().current
        let startingYear = year ?? Self.lastFinishedAcademicYear(today: .today)
        var (profile, analyses) = DemoYear.make(
            template: template, language: language, startingYear: startingYear, seed: seed)
        if newTeacher {
            profile.isNewTeacher = true
            profile.yearsOfService = 0
            profile.category = .pedagogue
        }
        let cardsTemplate = try ReflectionCardsCatalog.shipped().current
        let cards = DemoReflectionCards.make(
            profile: profile, analyses: analyses, template: cardsTemplate, language: language,
            academicYear: try AcademicYear(startYear: startingYear), seed: seed)
        let url = storage.databaseURL
        let routes = DemoRoutes.make(
            profile: profile, lessonDates: analyses.map(\.lesson.date), sheetTemplate: try RouteSheetCatalog.shipped().current,
            routesTemplate: try IndividualRoutesCatalog.shipped().current, language: language, startingYear: startingYear,
            seed: seed)
        let database = try storage.open(create: true)
        try database.saveDemo(
            profile: profile, analyses: analyses, template: template, routes: routes, cards: cards, cardsTemplate: cardsTemplate)

        let first = analyses.first?.lesson.date.iso ?? "", last = analyses.last?.lesson.date.iso ?? ""
        print(String(
            format: trn("Created the demo teacher “%@” with %ld lesson analysis (%@ to %@).", "Created the demo teacher “%@” with %ld lesson analyses (%@ to %@).", analyses.count),
            profile.fullName, analyses.count, first, last))
        let progress = routes.sheet.progress
        print(String(
            format: tr("Its route sheet for %@: %ld rows achieved, %ld partially, %ld not achieved, %ld unmarked."),
            routes.sheet.academicYear.description, progress.achieved, progress.partial, progress.notAchieved, progress.unmarked))
        let weekly = cards.filter { $0.kind == .weekly }.count
        print(weekly > 0
            ? String(format: trn("It has the annual reflection card and %ld weekly card.", "It has the annual reflection card and %ld weekly cards.", weekly), weekly)
            : tr("It has the annual reflection card of the year."))
        print(String(format: tr("Database: %@"), database.path))
        print(String(format: tr("Profile id: %@"), profile.id.uuidString))
        let db = Self.shellQuoted(url.path)
        print(String(format: tr("Open it in the window: damu --db %@"), db))
        print(String(format: tr("List its lessons: damu analyses list --db %@ --profile %@"), db, profile.id.uuidString))
    }

    /// June to August the year that just ended; otherwise the one before the current.
    static func lastFinishedAcademicYear(today: LessonDate) -> Int {
        today.month >= 6 ? today.year - 1 : today.year - 2
    }

    static func shellQuoted(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@".contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
