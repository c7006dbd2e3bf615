import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// A teacher's lessons: the list of analyses, the chosen lesson's wheel over another one, and the
/// trends of the sectors and of satisfaction over time.
@MainActor
final class HistoryPage {
    let widget: Widget
    private unowned let window: AppWindow
    private let content = Stack(homogeneous: false)
    let list = LessonList(accessibleName: tr("Lesson analyses"))
    let detailTitle = Label(style: "damu-step-title")
    private let detailFacts = Label(style: "damu-hint")
    let growth = Label()
    private let tabs = Stack()
    let wheel: WheelView
    /// Its choices change with the lesson chosen and the profile; the menu itself stays.
    let compare = DropDown(items: [], accessibleName: tr("Compare with"))
    /// The Trends tab is built the first time it is shown: its menu builds its popover and a row
    /// for each of its ten choices at once, work the lessons page's first frame never shows.
    private let trendsPage = Layout.vertical(spacing: 8)
    private var trends: (choice: DropDown, chart: TrendView)?
    let headerButtons: [Widget]

    /// Every lesson in summary; the chosen one is read whole into `selected`.
    private(set) var history = LessonOverview([])
    private(set) var selected: LessonAnalysis?
    /// The lessons the compare menu offers, in its order after its first two entries.
    private var compareCandidates: [LessonSummary] = []
    /// Whether the compare menu holds `compareCandidates` yet: they go in when it opens, not with
    /// every lesson chosen, or a year of 200 lessons would cost each arrow key 200 menu rows.
    private var compareMenuIsComplete = true
    /// The trends are labelled with the latest lesson's sector names.
    private var latestSectorNames: [String] = []

    init(window: AppWindow) {
        self.window = window
        wheel = WheelView(accessibleName: tr("Balance wheel of the chosen lesson"))

        let newButton = Button(tr("_New Lesson Analysis"), style: "suggested-action") { [weak window] in window?.newAnalysis() }
        newButton.widget.tooltip(tr("New lesson analysis (Ctrl+N)"))
        let routeSheet = Button(tr("Route _Sheet")) { [weak window] in window?.showRouteSheet() }
        routeSheet.widget.tooltip(tr("The route sheet of the school year (Ctrl+R)"))
        let cardsButton = Button(tr("Reflection _Cards")) { [weak window] in window?.showCards() }
        cardsButton.widget.tooltip(tr("Annual and weekly reflection cards (Ctrl+K)"))
        headerButtons = [routeSheet.widget, cardsButton.widget, newButton.widget]

        let open = Button(tr("_Open")) {}
        let delete = Button(tr("_Delete…")) {}
        let actions = Layout.horizontal(spacing: 8, [open.widget, delete.widget])
        let compareRow = Layout.horizontal(spacing: 8, [Label(tr("Compare with:"), wrap: false).widget, compare.widget])
        let wheelTab = Layout.vertical(spacing: 8, [compareRow, wheel.widget, Layout.heightForWidth(growth.widget)])
        tabs.add(wheelTab, name: "wheel", title: tr("Wheel"))
        tabs.add(trendsPage, name: "trends", title: tr("Trends"))
        let titleText = Layout.vertical(spacing: 2, [detailTitle.widget, detailFacts.widget])
        let titleRow = Layout.horizontal(spacing: 12, [Layout.heightForWidth(titleText).expand(horizontal: true), actions])
        let detail = Layout.vertical(spacing: 10, [
            titleRow, tabs.switcher().align(horizontal: GTK_ALIGN_START).accessibleName(tr("Views")), tabs.widget,
        ]).margins(top: 14, bottom: 14, start: 18, end: 18).expand(horizontal: true, vertical: true)
        tabs.widget.expand(horizontal: true, vertical: true)
        let sidebar = Layout.scrolled(list.widget)
        sidebar.size(width: 290).expand(horizontal: false, vertical: true)
        content.add(Layout.horizontal(spacing: 0, [sidebar, Layout.separator(vertical: true), detail]), name: "history")

        let emptyTitle = Label(tr("No lesson analyses yet"), style: "damu-empty-title")
        let emptyText = Label(tr("After a lesson, take ten minutes: describe it, score the balance wheel, and choose your growth point."))
        let start = Button(tr("_Analyse a Lesson"), style: "suggested-action") { [weak window] in window?.newAnalysis() }
        for label in [emptyTitle, emptyText] {
            gtk_label_set_xalign(label.widget.opaque, 0.5)
            gtk_label_set_justify(label.widget.opaque, GTK_JUSTIFY_CENTER)
        }
        let empty = Layout.vertical(spacing: 18, [emptyTitle.widget, emptyText.widget, start.widget.align(horizontal: GTK_ALIGN_CENTER)])
            .align(vertical: GTK_ALIGN_CENTER).margins(36)
        content.add(Layout.centered(empty, maximumWidth: 560), name: "empty")
        widget = content.widget

        compare.onChange { [weak self] in self?.drawComparison() }
        compare.onOpening { [weak self] in self?.completeCompareMenu() }
        Signal.onNotify(tabs.widget.raw, "visible-child-name") { [weak self] in
            if self?.tabs.visibleName == "trends" { _ = self?.trendChoice }
        }
        list.onSelect = { [weak self] lesson in self?.choose(lesson) }
        list.onActivate = { [weak self] in self?.openSelected() }
        Signal.on(open.widget, "clicked") { [weak self] in self?.openSelected() }
        // The trend's colours are chosen per look, so a change of style recolours its lines.
        Theme.redrawOnChange(self) { [weak self] in self?.drawTrend() }
        Signal.on(delete.widget, "clicked") { [weak self] in self?.confirmDelete() }
    }

    func load(profile: Profile, select analysisID: UUID? = nil) {
        do {
            history = try window.session.database.lessonOverview(profileID: profile.id)
        } catch {
            history = LessonOverview([])
            window.report(error, while: tr("The lesson analyses could not be read"))
        }
        content.visibleName = history.isEmpty ? "empty" : "history"
        selected = nil
        // Newest first: the lesson just taught is the one a teacher looks for.
        list.show(history.lessons.reversed())
        guard let latest = history.latest else { return }
        let index = analysisID.flatMap { id in history.lessons.reversed().firstIndex { $0.id == id } } ?? 0
        select(row: index)
        // Choosing reloads the page when the lesson was deleted meanwhile; that load did the rest.
        guard history.latest?.id == latest.id else { return }
        // Usually the lesson just chosen: read again only when another one is.
        let latestAnalysis = selected?.id == latest.id ? selected : try? window.session.database.analysis(id: latest.id)
        latestSectorNames = latestAnalysis?.wheel.sectors.map(\.name) ?? []
        rebuildTrendChoice()
    }

    /// Selects the list row at `index` (0 = newest), as a click would.
    func select(row index: Int) { list.select(row: index) }

    /// "wheel" or "trends".
    func showTab(_ name: String) { tabs.visibleName = name }

    func exportSource() -> (LessonAnalysis, LessonAnalysisTemplate)? {
        guard let selected else { return nil }
        do {
            return (selected, try window.session.database.template(of: selected))
        } catch {
            window.report(error, while: tr("The wheel was not exported"))
            return nil
        }
    }

    private func choose(_ lesson: LessonSummary) {
        do {
            guard let analysis = try window.session.database.analysis(id: lesson.id) else {
                // Deleted meanwhile (from the command line): the list is out of date.
                if let profile = window.session.profile { load(profile: profile) }
                return
            }
            selected = analysis
        } catch {
            window.report(error, while: tr("The lesson analysis could not be opened"))
            return
        }
        showSelected()
    }

    private func showSelected() {
        guard let analysis = selected else { return }
        let lesson = analysis.lesson
        detailTitle.text = lesson.topic.isEmpty ? DateText.of(lesson.date) : lesson.topic
        var facts = [DateText.of(lesson.date), lesson.grade, lesson.subject].filter { !$0.isEmpty }
        if let score = analysis.scaling.score { facts.append(String(format: tr("satisfaction %ld/10"), score)) }
        detailFacts.text = facts.joined(separator: " · ")
        let sentences = (try? window.session.database.template(of: analysis)).map { analysis.growthSentences(template: $0) } ?? []
        growth.text = sentences.isEmpty ? "" : tr("Growth point:") + "\n" + sentences.map { "• " + $0 }.joined(separator: "\n")
        rebuildCompare()
    }

    // MARK: Compare

    private func rebuildCompare() {
        guard let analysis = selected else { return }
        compareCandidates = history.lessons.reversed().filter { $0.id != analysis.id }
        compare.replaceItems([tr("Previous lesson"), tr("No comparison")])
        compareMenuIsComplete = compareCandidates.isEmpty
        drawComparison()
    }

    private func completeCompareMenu() {
        guard !compareMenuIsComplete else { return }
        compareMenuIsComplete = true
        compare.appendItems(compareCandidates.map {
            [DateText.of($0.lesson.date), $0.lesson.topic].filter { !$0.isEmpty }.joined(separator: " · ")
        })
    }

    /// The lesson drawn dashed beneath the chosen one.
    var comparedAnalysis: LessonSummary? {
        guard let analysis = selected else { return nil }
        switch compare.selected {
        case 0: return history.previous(to: analysis.id)
        case 1: return nil
        default:
            let index = compare.selected - 2
            return compareCandidates.indices.contains(index) ? compareCandidates[index] : nil
        }
    }

    private func drawComparison() {
        guard let analysis = selected else { return }
        var picture = WheelPicture(
            sectorNames: analysis.wheel.sectors.map(\.name), scores: analysis.wheel.scores, overlayScores: comparedAnalysis?.scores)
        picture.showChanges = comparedAnalysis != nil
        wheel.show(picture)
    }

    // MARK: Trends

    /// Whether the Trends tab has been shown, or its menu or chart asked for, yet.
    var hasBuiltTrends: Bool { trends != nil }

    /// The Trends tab's menu and chart; asking for either builds the tab.
    var trendChoice: DropDown { (trends ?? buildTrends()).choice }
    var trend: TrendView { (trends ?? buildTrends()).chart }

    private func buildTrends() -> (choice: DropDown, chart: TrendView) {
        let choice = DropDown(items: [], accessibleName: tr("Show the trend of"))
        let chart = TrendView(accessibleName: tr("Trends over time"))
        Layout.append(Layout.horizontal(spacing: 8, [Label(tr("Show:"), wrap: false).widget, choice.widget]), to: trendsPage)
        Layout.append(chart.widget, to: trendsPage)
        trends = (choice, chart)
        choice.onChange { [weak self] in self?.drawTrend() }
        rebuildTrendChoice()
        return (choice, chart)
    }

    private func rebuildTrendChoice() {
        guard let trends else { return }
        trends.choice.replaceItems([tr("All sectors, average and satisfaction")] + latestSectorNames)
        drawTrend()
    }

    /// The lines of the trend chart for the current choice.
    var trendLines: [TrendRenderer.Line] {
        let palette = Theme.palette
        let names = latestSectorNames
        let choice = (trends?.choice.selected ?? 0) - 1
        var lines: [TrendRenderer.Line] = []
        for (index, name) in names.enumerated() where choice < 0 || choice == index {
            lines.append(.init(name: name, series: history.sectorTrend(index),
                               colour: palette.series[index % palette.series.count], emphasised: choice == index))
        }
        lines.append(.init(name: tr("Wheel average"), series: history.wheelMeanTrend,
                           colour: palette.text, emphasised: choice < 0))
        lines.append(.init(name: tr("Satisfaction (step 3)"), series: history.scalingTrend,
                           colour: palette.series[8 % palette.series.count], emphasised: choice < 0))
        return lines
    }

    private func drawTrend() {
        trends?.chart.show(lines: trendLines, title: nil)
    }

    // MARK: Open and delete

    private func openSelected() {
        guard let analysis = selected else { return }
        do {
            window.showEditor(analysis, template: try window.session.database.template(of: analysis), isNew: false)
        } catch {
            window.report(error, while: tr("The lesson analysis could not be opened"))
        }
    }

    private func confirmDelete() {
        guard let analysis = selected, let profile = window.session.profile else { return }
        Dialogs.ask(
            parent: window.window, message: tr("Delete this lesson analysis?"),
            detail: String(format: tr("The analysis of the lesson of %@ will be removed."), DateText.of(analysis.lesson.date)),
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Delete"), GTK_RESPONSE_ACCEPT.rawValue, style: "destructive-action"),
            ]
        ) { [weak self] response in
            guard let self, response == GTK_RESPONSE_ACCEPT.rawValue else { return }
            do {
                try window.session.database.deleteAnalysis(id: analysis.id)
                load(profile: profile)
            } catch {
                window.report(error, while: tr("The lesson analysis was not deleted"))
            }
        }
    }
}
