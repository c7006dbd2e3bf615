import CGtk
import DamuCore
import DamuRender

/// The widgets of one lesson analysis, built from its template: the lesson page and the five step
/// pages. Reads back into a `LessonAnalysis`; keeps no copy of the values it shows.
@MainActor
final class AnalysisForm {
    let template: LessonAnalysisTemplate
    let language: String
    let previous: LessonAnalysis?

    let lessonPage: Widget
    private(set) var stepPages: [Widget] = []

    let date = Entry.date(accessibleName: tr("Date of the lesson"))
    let grade = Entry(placeholder: tr("e.g. 7 A"), accessibleName: tr("Class"))
    let subject = Entry(accessibleName: tr("Subject"))
    let topic = Entry(accessibleName: tr("Topic of the lesson"))
    let followUp: FollowUpCard
    /// Called after any field changes, typed or filled in.
    var onChange: (@MainActor () -> Void)?

    private(set) var context: [TextArea] = []
    private(set) var sectorNames: [Entry] = []
    private(set) var sectorScores: [ScoreScale] = []
    let wheel: WheelView
    let satisfaction: ScoreScale
    private(set) var scalingAnswers: [TextArea] = []
    private(set) var coaching: [TextArea] = []
    private(set) var growthStarters: [DropDown] = []
    private(set) var growthTexts: [TextArea] = []
    private let wheelLegend = Label(style: "damu-hint")

    init(template: LessonAnalysisTemplate, language: String, previous: LessonAnalysis?) {
        self.template = template
        self.language = language
        self.previous = previous
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }

        followUp = FollowUpCard()
        wheel = WheelView(accessibleName: text(template.wheel.wheelName))
        satisfaction = ScoreScale(accessibleName: text(template.scaling.scoreQuestion))

        // Lesson details.
        let grid = Widget(gtk_grid_new())
        gtk_grid_set_row_spacing(grid.cast(), 10)
        gtk_grid_set_column_spacing(grid.cast(), 16)
        for (row, (title, field)) in [(tr("_Date"), date), (tr("_Class"), grade), (tr("S_ubject"), subject), (tr("_Topic"), topic)].enumerated() {
            let label = Widget(gtk_label_new_with_mnemonic(title))
            gtk_label_set_xalign(label.opaque, 1)
            field.widget.nameFromLabel(label)
            gtk_grid_attach(grid.cast(), label.pointer, 0, Int32(row), 1, 1)
            gtk_grid_attach(grid.cast(), field.widget.pointer, 1, Int32(row), 1, 1)
        }
        lessonPage = Self.page([
            Label(text(template.title), style: "damu-step-title").widget,
            Label(text(template.purpose), style: "damu-hint").widget,
            followUp.widget, grid,
        ])

        // Step 1 and step 4: questions with answers.
        let (contextPage, contextAreas) = Self.questionPage(template.context, language: language)
        context = contextAreas
        // Step 2: the wheel beside its sectors.
        let sectorList = Layout.vertical(spacing: 14)
        for (index, sector) in template.wheel.sectors.enumerated() {
            let name = Entry(accessibleName: String(format: tr("Name of sector %ld"), index + 1))
            let question = Label(text(sector.question), style: "damu-hint")
            let scale = ScoreScale(accessibleName: String(format: tr("Score of sector %ld"), index + 1))
            name.onChange { [weak self] in self?.redrawWheel() }
            scale.onChange = { [weak self] _ in
                self?.redrawWheel()
                self?.onChange?()
            }
            let number = Label("\(index + 1).", style: "damu-question", wrap: false)
            let header = Layout.horizontal(spacing: 8, [number.widget, name.widget])
            Layout.append(Layout.vertical(spacing: 6, [header, question.widget, scale.widget]), to: sectorList)
            sectorNames.append(name)
            sectorScores.append(scale)
        }
        wheel.onScore = { [weak self] sector, score in
            guard let self else { return }
            // `set` does not tell the scale's own onChange, which a click does: told here, so the
            // status line says the scores typed on the wheel are not saved yet.
            sectorScores[sector].set(score)
            redrawWheel()
            onChange?()
        }
        let sectors = Layout.scrolled(sectorList.margins(top: 4, bottom: 12, start: 4, end: 16))
        sectors.size(width: 430).expand(horizontal: false, vertical: true)
        let wheelColumn = Layout.vertical(spacing: 6, [wheel.widget, wheelLegend.widget]).expand(horizontal: true, vertical: true)
        let wheelPage = Layout.vertical(spacing: 10, [
            Label(text(template.wheel.title), style: "damu-step-title").widget,
            Label(text(template.wheel.instruction), style: "damu-hint").widget,
            Layout.horizontal(spacing: 18, [wheelColumn, sectors]).expand(horizontal: true, vertical: true),
        ]).margins(top: 16, bottom: 8, start: 20, end: 12)

        // Step 3: scaling.
        satisfaction.onChange = { [weak self] _ in self?.onChange?() }
        var scalingWidgets: [Widget] = [
            Label(text(template.scaling.title), style: "damu-step-title").widget,
            Label(text(template.scaling.scoreQuestion), style: "damu-question").widget,
            satisfaction.widget.align(horizontal: GTK_ALIGN_START),
        ]
        for question in template.scaling.questions {
            let area = TextArea(accessibleName: text(question))
            scalingWidgets += [Label(text(question), style: "damu-question").widget, area.widget]
            scalingAnswers.append(area)
        }
        let (coachingPage, coachingAreas) = Self.questionPage(template.coaching, language: language)
        coaching = coachingAreas

        // Step 5: growth point.
        let starters = template.growthPoint.starters.map(text)
        var growthWidgets: [Widget] = [
            Label(text(template.growthPoint.title), style: "damu-step-title").widget,
            Label(text(template.growthPoint.instruction), style: "damu-hint").widget,
        ]
        for index in 0..<template.growthPoint.maxSteps {
            let starter = DropDown(items: starters, accessibleName: String(format: tr("Sentence starter of step %ld"), index + 1))
            let area = TextArea(accessibleName: String(format: tr("Growth step %ld"), index + 1), minimumHeight: 56)
            growthWidgets += [
                Label(String(format: tr("Step %ld"), index + 1), style: "damu-question").widget,
                starter.widget.align(horizontal: GTK_ALIGN_START), area.widget,
            ]
            growthStarters.append(starter)
            growthTexts.append(area)
        }
        stepPages = [contextPage, wheelPage, Self.page(scalingWidgets), coachingPage, Self.page(growthWidgets)]

        let changed: @MainActor () -> Void = { [weak self] in self?.onChange?() }
        for entry in [date, grade, subject, topic] + sectorNames { entry.onChange(changed) }
        for area in context + scalingAnswers + coaching + growthTexts + [followUp.note] { area.onChange(changed) }
        for choice in growthStarters + [followUp.outcome] { choice.onChange(changed) }
    }

    private static func page(_ children: [Widget]) -> Widget {
        let column = Layout.vertical(spacing: 10, children).margins(top: 16, bottom: 24, start: 24, end: 24)
        return Layout.scrolled(Layout.centered(column, maximumWidth: 900))
    }

    private static func questionPage(
        _ step: LessonAnalysisTemplate.QuestionStep, language: String
    ) -> (Widget, [TextArea]) {
        var widgets = [Label(step.title.text(in: language), style: "damu-step-title").widget]
        var areas: [TextArea] = []
        for (index, question) in step.questions.enumerated() {
            let label = Label("\(index + 1). " + question.text(in: language), style: "damu-question")
            let area = TextArea(accessibleName: question.text(in: language))
            widgets += [label.widget, area.widget]
            areas.append(area)
        }
        return (page(widgets), areas)
    }

    // MARK: Values

    func fill(from analysis: LessonAnalysis) {
        date.text = DateText.of(analysis.lesson.date)
        grade.text = analysis.lesson.grade
        subject.text = analysis.lesson.subject
        topic.text = analysis.lesson.topic
        followUp.show(analysis.followUp)
        for (area, answer) in zip(context, analysis.contextAnswers) { area.text = answer }
        for (index, sector) in analysis.wheel.sectors.enumerated() where index < sectorNames.count {
            sectorNames[index].text = sector.name
            sectorScores[index].set(sector.score)
        }
        satisfaction.set(analysis.scaling.score)
        for (area, answer) in zip(scalingAnswers, analysis.scaling.answers) { area.text = answer }
        for (area, answer) in zip(coaching, analysis.coachingAnswers) { area.text = answer }
        for index in growthTexts.indices {
            let step = index < analysis.growthPoint.steps.count ? analysis.growthPoint.steps[index] : nil
            growthStarters[index].selected = step?.starter ?? index
            growthTexts[index].text = step?.text ?? ""
        }
        redrawWheel()
    }

    /// `base` with every value the form shows. Throws when the date does not parse.
    func analysis(basedOn base: LessonAnalysis) throws -> LessonAnalysis {
        values(basedOn: base, date: try DateText.day(from: date.text))
    }

    /// What the form shows, whether or not it would save: a date that does not parse yet is left
    /// as it was in `base` (the date field's own text is kept by whoever needs it).
    func draft(basedOn base: LessonAnalysis) -> LessonAnalysis {
        values(basedOn: base, date: (try? DateText.day(from: date.text)) ?? base.lesson.date)
    }

    private func values(basedOn base: LessonAnalysis, date: LessonDate) -> LessonAnalysis {
        var analysis = base
        analysis.lesson = .init(date: date, grade: grade.text, subject: subject.text, topic: topic.text)
        analysis.followUp = followUp.read(base.followUp)
        analysis.contextAnswers = context.map(\.text)
        analysis.wheel = currentWheel
        analysis.scaling = .init(score: satisfaction.score, answers: scalingAnswers.map(\.text))
        analysis.coachingAnswers = coaching.map(\.text)
        let steps = zip(growthStarters, growthTexts).map { GrowthPoint.Step(starter: max($0.selected, 0), text: $1.text) }
        // An empty step is not a step; keep what the analysis had when nothing changed.
        analysis.growthPoint = GrowthPoint(steps: steps.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        if analysis.growthPoint.written == base.growthPoint.written { analysis.growthPoint = base.growthPoint }
        return analysis
    }

    var currentWheel: BalanceWheel {
        BalanceWheel(sectors: zip(sectorNames, sectorScores).map { .init(name: $0.text, score: $1.score) })
    }

    private func redrawWheel() {
        let current = currentWheel
        var picture = WheelPicture(wheel: current, overlay: previous?.wheel)
        picture.highlightedSector = wheel.picture.highlightedSector
        wheel.show(picture)
        if let previous {
            wheelLegend.text = String(format: tr("Dashed: the lesson of %@"), DateText.of(previous.lesson.date))
        } else {
            wheelLegend.text = ""
        }
    }
}
