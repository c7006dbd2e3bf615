import DamuCore
import DamuRender
import DamuStore
import Foundation

/// What the window works on: the database, the shipped templates, the interface language and the
/// profile that is open. Holds no GTK, so the rules here are the same for the GUI and its tests.
@MainActor
final class Session {
    let database: AppDatabase
    let catalog: TemplateCatalog
    /// The language new records are written in: the interface's, and it changes with it.
    var language: String
    var profile: Profile?
    private var routeSheets: RouteSheetCatalog?
    private var qualificationLevels: QualificationLevelsCatalog?
    private var individualRoutes: IndividualRoutesCatalog?
    private var reflectionCards: ReflectionCardsCatalog?

    init(database: AppDatabase, catalog: TemplateCatalog, language: String) {
        self.database = database
        self.catalog = catalog
        self.language = language
    }

    // The shipped instruments beyond the lesson analysis, each read from Damu's data folder when
    // first needed: a teacher who only analyses lessons never waits for them, and opening the
    // route sheet reads neither the levels nor, until their tab is shown, the routes.
    func routeSheetCatalog() throws -> RouteSheetCatalog { try Self.shipped(&routeSheets) }
    func qualificationLevelsCatalog() throws -> QualificationLevelsCatalog { try Self.shipped(&qualificationLevels) }
    func individualRoutesCatalog() throws -> IndividualRoutesCatalog { try Self.shipped(&individualRoutes) }

    private static func shipped<Instrument>(_ cache: inout InstrumentCatalog<Instrument>?) throws -> InstrumentCatalog<Instrument> {
        if let cache { return cache }
        let catalog = try InstrumentCatalog<Instrument>.shipped()
        cache = catalog
        return catalog
    }

    /// A blank analysis for today against the current template. The wheel's sectors keep the names
    /// of the teacher's last wheel (renamed sectors stay renamed), and the last growth point is
    /// carried over to be asked about.
    func newAnalysis(for profile: Profile) throws -> (LessonAnalysis, LessonAnalysisTemplate) {
        let template = catalog.current
        var analysis = LessonAnalysis(profileID: profile.id, template: template, language: language)
        let latest = try database.latestAnalysis(profileID: profile.id)
        if let last = latest, last.wheel.sectors.count == analysis.wheel.sectors.count {
            analysis.wheel.sectors = last.wheel.sectors.map { BalanceWheel.Sector(name: $0.name) }
        }
        if let planned = try database.lastGrowthPoint(profileID: profile.id) {
            let plannedTemplate = try database.template(of: planned)
            analysis.followUp = GrowthFollowUp(
                previousAnalysisID: planned.id, plannedSteps: planned.growthSentences(template: plannedTemplate))
        }
        if let last = latest {
            analysis.lesson.subject = last.lesson.subject
        }
        return (analysis, template)
    }

    /// The picture an export draws: the wheel, the previous lesson's wheel beneath it, and a title
    /// that says whose lesson it was.
    func exportPicture(of analysis: LessonAnalysis, template: LessonAnalysisTemplate) throws -> WheelPicture {
        let previous = try database.previousAnalysis(to: analysis)
        let owner = try database.profile(id: analysis.profileID)?.fullName ?? ""
        let lesson = analysis.lesson
        let subtitle = [DateText.of(lesson.date), lesson.grade, lesson.subject, lesson.topic]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        var picture = WheelPicture(
            wheel: analysis.wheel, overlay: previous?.wheel,
            title: [template.wheel.wheelName.text(in: analysis.language), owner]
                .filter { !$0.isEmpty }.joined(separator: " — "),
            subtitle: subtitle)
        picture.showChanges = previous != nil
        return picture
    }
}

extension Session {
    /// The reflection-card template new cards are filled against.
    func cardsTemplate() throws -> ReflectionCardsTemplate { try Self.shipped(&reflectionCards).current }

    /// Adds the demo teacher with a year of lessons (the last complete school year), in one transaction.
    /// The demo has its route sheet of that year marked, its wheel scored and both routes filled in.
    func createDemoProfile() throws -> Profile {
        let template = catalog.current
        let year = LessonDate.today.academicYearStart - 1
        let (profile, analyses) = DemoYear.make(template: template, language: language, startingYear: year, seed: 2025)
        let routes = DemoRoutes.make(
            profile: profile, lessonDates: analyses.map(\.lesson.date), sheetTemplate: try routeSheetCatalog().current,
            routesTemplate: try individualRoutesCatalog().current, language: language, startingYear: year, seed: 2025)
        let cardsTemplate = try cardsTemplate()
        let cards = DemoReflectionCards.make(
            profile: profile, analyses: analyses, template: cardsTemplate, language: language,
            academicYear: AcademicYear(containing: analyses.first?.lesson.date ?? .today), seed: 2025)
        try database.saveDemo(
            profile: profile, analyses: analyses, template: template, routes: routes, cards: cards, cardsTemplate: cardsTemplate)
        return profile
    }
}
