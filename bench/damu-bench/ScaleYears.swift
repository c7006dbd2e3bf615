import DamuCore
import DamuStore
import Foundation

/// The scale teachers' years as the store keeps them: each academic year's lesson analyses with
/// its annual reflection card, its route sheet marked through the year and both individual routes,
/// saved together by `saveDemo`.
struct ScaleYears {
    let lessons: ScaleData
    let cardsTemplate: ReflectionCardsTemplate
    let sheetTemplate: RouteSheetTemplate
    let routesTemplate: IndividualRoutesTemplate

    struct Year {
        var startYear: Int
        var analyses: [LessonAnalysis]
        var cards: [ReflectionCard]
        var routes: DemoRoutes
    }

    init(template: LessonAnalysisTemplate, data: URL) throws {
        lessons = ScaleData(template: template)
        cardsTemplate = try ReflectionCardsCatalog.load(dataDirectory: data).current
        sheetTemplate = try RouteSheetCatalog.load(dataDirectory: data).current
        routesTemplate = try IndividualRoutesCatalog.load(dataDirectory: data).current
    }

    /// The `index`-th teacher of `ScaleData` and their years (by offset from the first), all of
    /// them unless fewer are asked for: cards and sheets are made only for those.
    func teacher(_ index: Int, years offsets: Range<Int> = 0..<ScaleData.years) -> (Profile, [Year]) {
        let (profile, analyses) = lessons.teacher(index)
        let years = offsets.map { offset -> Year in
            let startYear = ScaleData.firstYear + offset
            let ofYear = Array(analyses[(offset * ScaleData.perYear)..<((offset + 1) * ScaleData.perYear)])
            // Seeds of their own per teacher and year: every card and sheet gets ids of its own.
            let seed = UInt64(index) * 1_000 + UInt64(offset)
            let cards = DemoReflectionCards.make(
                profile: profile, analyses: ofYear, template: cardsTemplate, language: "kk",
                academicYear: try! AcademicYear(startYear: startYear), seed: seed)
            let routes = DemoRoutes.make(
                profile: profile, lessonDates: ofYear.map(\.lesson.date), sheetTemplate: sheetTemplate,
                routesTemplate: routesTemplate, language: "kk", startingYear: startYear, seed: seed)
            return Year(startYear: startYear, analyses: ofYear, cards: cards, routes: routes)
        }
        return (profile, years)
    }

    /// Stores a teacher's years, one transaction each, as a teacher's PC would have them.
    func save(_ index: Int, into database: AppDatabase) throws -> Profile {
        let (profile, years) = teacher(index)
        for year in years {
            try database.saveDemo(
                profile: profile, analyses: year.analyses, template: lessons.template, routes: year.routes,
                cards: year.cards, cardsTemplate: cardsTemplate)
        }
        return profile
    }
}
