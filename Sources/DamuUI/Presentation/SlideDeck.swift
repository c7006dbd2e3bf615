import DamuCore
import DamuRender
import Foundation

/// The slides of one presentation, in order. The lesson self-analysis becomes one prompt per
/// screen; the wheel and the scaling score are read from the analysis being scored when drawn.
enum DeckSlide {
    case prompt(heading: String, text: String)
    case wheel(heading: String)
    case scaling(heading: String, question: String)
    case comparison(heading: String, picture: WheelPicture, legend: String, changes: [Int?])
    case team(heading: String, chart: TeamChart)
    case routes(heading: String, chart: RouteCompletionChart)
}

enum SlideDeck {
    /// The five steps of seed 004's lesson self-analysis: every question of a step on a screen of its own.
    static func analysis(_ template: LessonAnalysisTemplate, language: String) -> [DeckSlide] {
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        var slides: [DeckSlide] = []
        let context = text(template.context.title)
        slides += template.context.questions.map { .prompt(heading: context, text: text($0)) }
        slides.append(.wheel(heading: text(template.wheel.title)))
        let scaling = text(template.scaling.title)
        slides.append(.scaling(heading: scaling, question: text(template.scaling.scoreQuestion)))
        slides += template.scaling.questions.map { .prompt(heading: scaling, text: text($0)) }
        let coaching = text(template.coaching.title)
        slides += template.coaching.questions.map { .prompt(heading: coaching, text: text($0)) }
        let starters = template.growthPoint.starters.map { "• " + text($0) }.joined(separator: "\n")
        slides.append(.prompt(
            heading: text(template.growthPoint.title),
            text: text(template.growthPoint.instruction) + "\n\n" + starters))
        return slides
    }

    /// One slide for each comparison the teacher's lessons allow: this lesson against the last,
    /// the first against the latest, the start of the year against its end.
    static func comparisons(_ history: LessonHistory) -> [DeckSlide] {
        ComparisonChoice.distinct(in: history).compactMap { choice in
            guard let (before, after) = choice.pair(in: history) else { return nil }
            let comparison = WheelComparison(before: before.wheel, after: after.wheel)
            var picture = WheelPicture(wheel: after.wheel, overlay: before.wheel)
            picture.showChanges = true
            picture.textScale = PresentationPage.textScale
            let legend = String(
                format: tr("Solid: %@ · dashed: %@ · change in green (up) and red (down)"),
                DateText.of(after.lesson.date), DateText.of(before.lesson.date))
            return .comparison(heading: title(of: choice), picture: picture, legend: legend, changes: comparison.changes)
        }
    }

    static func title(of choice: ComparisonChoice) -> String {
        switch choice {
        case .previousLesson: tr("This lesson and the one before")
        case .firstLesson: tr("The first lesson and the latest")
        case .academicYear: tr("The start of the school year and now")
        }
    }

    /// The anonymous team picture of these contributions.
    static func team(_ contributions: [TeamContribution], template: LessonAnalysisTemplate, language: String) -> DeckSlide {
        let team = TeamPicture(contributions)
        var chart = TeamChart(
            sectorNames: template.wheel.sectors.map { $0.name.text(in: language) }, team: team,
            countCaption: String(format: trn("%ld teacher", "%ld teachers", team.teacherCount), team.teacherCount),
            distributionTitle: tr("Satisfaction with the lesson, 0–10"),
            bandCaption: tr("Line: the team's mean. Band: the usual spread around it (one standard deviation)."))
        chart.textScale = PresentationPage.textScale
        return .team(heading: tr("Team picture"), chart: chart)
    }

    /// The team's route sheets by direction; nil when none of the teachers has one.
    static func routes(_ completion: TeamRouteCompletion) -> DeckSlide? {
        guard !completion.isEmpty else { return nil }
        let caption = String(
            format: trn("%ld teacher's route sheet", "%ld teachers' route sheets", completion.sheetCount), completion.sheetCount)
        let legend = [tr("+ achieved"), tr("± partially"), tr("− not achieved"), tr("not marked")]
        return .routes(
            heading: tr("Route sheets of the team"),
            chart: RouteCompletionChart(completion: completion, caption: caption, legend: legend))
    }
}
