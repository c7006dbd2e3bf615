import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// A teacher's reflection cards: the annual card of an academic year with the year beside it (what
/// the lesson analyses say), and the weekly cards of a new teacher with the confidence trend over
/// the weeks. Either card can be saved as a draft and finished later.
@MainActor
final class ReflectionCardsPage {
    let widget: Widget
    private unowned let window: AppWindow
    private let tabs = Stack()
    private let yearSlot = Layout.horizontal(spacing: 8)
    private(set) var yearChoice: DropDown?
    private var years: [AcademicYear] = []
    private(set) var year = AcademicYear.current
    private(set) var profile: Profile?

    // The annual card.
    private let annualSlot = Layout.vertical(spacing: 0)
    private(set) var annualForm: CardForm?
    private(set) var annualCard: ReflectionCard?
    /// The card as stored (nil before its first save), which the status line names.
    private var annualStored: ReflectionCard?
    let annualStatus = Label(style: "damu-hint")
    private let summary = Label()
    let satisfactionTrend: TrendView
    let annualDraftButton: Button
    let annualFinishButton: Button
    let annualPDFButton: Button
    let annualPrintButton: Button

    // The weekly cards.
    private let weekSlot = Layout.horizontal(spacing: 8)
    private(set) var weekChoice: DropDown?
    private(set) var weeks: [AcademicWeek] = []
    private let weekList = Layout.vertical(spacing: 4)
    private let weeklySlot = Layout.vertical(spacing: 0)
    private(set) var weeklyForm: CardForm?
    private(set) var weeklyCard: ReflectionCard?
    private(set) var weeklyCards: [ReflectionCard] = []
    private var weeklyStored: ReflectionCard?
    let weeklyStatus = Label(style: "damu-hint")
    let confidenceTrend: TrendView
    let weeklyDraftButton: Button
    let weeklyFinishButton: Button

    init(window: AppWindow) {
        self.window = window
        satisfactionTrend = TrendView(accessibleName: tr("Satisfaction over the year"))
        confidenceTrend = TrendView(accessibleName: tr("Confidence over the weeks"), points: .weeklyCards)
        annualDraftButton = Button(tr("Save _Draft")) {}
        annualFinishButton = Button(tr("_Finish Card"), style: "suggested-action") {}
        annualPDFButton = Button(tr("_Export as PDF…")) {}
        annualPrintButton = Button(tr("_Print…")) {}
        weeklyDraftButton = Button(tr("Save Dra_ft")) {}
        weeklyFinishButton = Button(tr("F_inish Week"), style: "suggested-action") {}

        // The annual card beside the year it sums up.
        let annualForm = Layout.scrolled(annualSlot).expand(horizontal: true, vertical: true)
        let summaryColumn = Layout.vertical(spacing: 10, [
            Label(tr("The year in your lesson analyses"), style: "damu-question").widget, summary.widget,
            satisfactionTrend.widget,
        ]).size(width: 300)
        satisfactionTrend.widget.size(width: 290, height: 200).expand(horizontal: false, vertical: false)
        let annualButtons = Layout.horizontal(spacing: 8, [
            annualStatus.widget.expand(horizontal: true), annualPrintButton.widget, annualPDFButton.widget, annualDraftButton.widget,
            annualFinishButton.widget,
        ])
        let annualTab = Layout.vertical(spacing: 8, [
            Layout.horizontal(spacing: 16, [annualForm, Layout.separator(vertical: true), Layout.scrolled(summaryColumn).size(width: 310)])
                .expand(horizontal: true, vertical: true),
            annualButtons,
        ])
        tabs.add(annualTab, name: "annual", title: tr("Annual Card"))

        // The weeks on the left, the chosen week's card on the right.
        confidenceTrend.widget.size(width: 280, height: 180).expand(horizontal: false, vertical: false)
        let weekColumn = Layout.vertical(spacing: 10, [
            weekSlot, Label(tr("Weeks with a card"), style: "damu-question").widget,
            Layout.scrolled(weekList).expand(vertical: true), confidenceTrend.widget,
        ]).size(width: 290)
        let weeklyButtons = Layout.horizontal(spacing: 8, [
            weeklyStatus.widget.expand(horizontal: true), weeklyDraftButton.widget, weeklyFinishButton.widget,
        ])
        let weeklyTab = Layout.vertical(spacing: 8, [
            Layout.horizontal(spacing: 16, [weekColumn, Layout.separator(vertical: true),
                                            Layout.scrolled(weeklySlot).expand(horizontal: true, vertical: true)])
                .expand(horizontal: true, vertical: true),
            weeklyButtons,
        ])
        tabs.add(weeklyTab, name: "weekly", title: tr("Weekly Cards"))
        tabs.widget.expand(horizontal: true, vertical: true)

        widget = Layout.vertical(spacing: 10, [
            Layout.horizontal(spacing: 12, [
                tabs.switcher().accessibleName(tr("Cards")), yearSlot.align(horizontal: GTK_ALIGN_END).expand(horizontal: true),
            ]),
            tabs.widget,
        ]).margins(top: 12, bottom: 12, start: 18, end: 18)

        Signal.on(annualDraftButton.widget, "clicked") { [weak self] in _ = self?.saveAnnual(finish: false) }
        Signal.on(annualFinishButton.widget, "clicked") { [weak self] in _ = self?.saveAnnual(finish: true) }
        Signal.on(annualPDFButton.widget, "clicked") { [weak self] in self?.chooseAnnualPDF() }
        Signal.on(annualPrintButton.widget, "clicked") { [weak self] in self?.printAnnual() }
        Signal.on(weeklyDraftButton.widget, "clicked") { [weak self] in _ = self?.saveWeekly(finish: false) }
        Signal.on(weeklyFinishButton.widget, "clicked") { [weak self] in _ = self?.saveWeekly(finish: true) }
    }

    var visibleTab: String {
        get { tabs.visibleName ?? "" }
        set { tabs.visibleName = newValue }
    }

    /// Shows the cards of `year`, else of the latest year with lessons.
    func load(profile: Profile, year chosen: AcademicYear? = nil) {
        self.profile = profile
        do {
            let lessonYears = try window.session.database.lessonDates(profileID: profile.id).map(AcademicYear.init(containing:))
            var found = Set(lessonYears)
            found.formUnion(try window.session.database.reflectionCards(profileID: profile.id).map(\.academicYear))
            found.insert(.current)
            if let chosen { found.insert(chosen) }
            years = found.sorted()
            year = chosen ?? lessonYears.last ?? .current
            let choice = DropDown(items: years.map(\.description), accessibleName: tr("School year"))
            choice.selected = years.firstIndex(of: year) ?? 0
            choice.onChange { [weak self] in self?.yearChosen() }
            Layout.removeAll(from: yearSlot)
            Layout.append(Label(tr("School year"), wrap: false).widget, to: yearSlot)
            Layout.append(choice.widget, to: yearSlot)
            yearChoice = choice
            visibleTab = profile.isNewTeacher ? "weekly" : "annual"
            try showYear()
        } catch {
            window.report(error, while: tr("Cannot show the reflection cards"))
        }
    }

    private func yearChosen() {
        guard let index = yearChoice?.selected, years.indices.contains(index), years[index] != year else { return }
        let chosen = years[index]
        replacingCards(unsaved: isDirty, save: saveChanges) { [self] in
            year = chosen
            do { try showYear() } catch { window.report(error, while: tr("Cannot show the reflection cards")) }
            yearChoice?.selected = index
        } stay: { [self] in
            yearChoice?.selected = years.firstIndex(of: year) ?? 0
        }
    }

    private func showYear() throws {
        guard let profile else { return }
        let session = window.session
        let template = try session.cardsTemplate()

        // The annual card: the stored one (a draft is resumed), else a blank one.
        let stored = try session.database.annualCard(profileID: profile.id, academicYear: year)
        let card = stored ?? ReflectionCard(
            profileID: profile.id, kind: .annual, academicYear: year, template: template, language: session.language)
        let cardTemplate = stored.map { try? session.database.template(of: $0) } ?? template
        let form = CardForm(card: (cardTemplate ?? template).annual, language: card.language)
        form.show(card)
        Layout.removeAll(from: annualSlot)
        Layout.append(Label((cardTemplate ?? template).annual.title.text(in: card.language), style: "damu-page-title").widget, to: annualSlot)
        Layout.append(form.widget, to: annualSlot)
        annualForm = form
        annualCard = card
        annualStored = stored
        form.onChange = { [weak self] in self?.showStatus() }
        showStatus()
        showSummary(try session.database.yearSummary(profileID: profile.id, academicYear: year))

        // The weekly cards.
        weeks = year.weeks
        let breaks = Set(year.breakWeeks)
        let choice = DropDown(
            items: weeks.map { week in
                let days = String(format: tr("Week %ld: %@ – %@"), week.number, DateText.of(week.firstDay), DateText.of(week.lastDay))
                return breaks.contains(week) ? days + " · " + tr("school break") : days
            },
            accessibleName: tr("Week"))
        weeklyCards = try session.database.weeklyCards(profileID: profile.id, academicYear: year)
        let today = year.week(containing: .today)?.number
        let start = today ?? weeklyCards.last?.week ?? 1
        choice.selected = start - 1
        choice.onChange { [weak self] in self?.weekChosen() }
        Layout.removeAll(from: weekSlot)
        Layout.append(choice.widget, to: weekSlot)
        weekChoice = choice
        showWeekList()
        try showWeek(start)
    }

    private func weekChosen() {
        guard let index = weekChoice?.selected, weeks.indices.contains(index), index + 1 != weeklyCard?.week else { return }
        let weeklyIsDirty = unsavedDrafts?.weekly != nil
        replacingCards(unsaved: weeklyIsDirty, save: { [self] in saveWeekly(finish: !(weeklyCard?.isDraft ?? true)) }) { [self] in
            do { try showWeek(index + 1) } catch { window.report(error, while: tr("Cannot show the reflection cards")) }
            weekChoice?.selected = index
        } stay: { [self] in
            weekChoice?.selected = (weeklyCard?.week ?? 1) - 1
        }
    }

    /// Runs `next`, which shows other cards in place of these and its chooser at them, once these
    /// hold nothing unsaved: asks Save / Discard / Cancel first when they do. Meanwhile `stay` shows
    /// the chooser that was used back at the cards still on screen, which the question is about;
    /// Cancel, or a save that failed (and said why), leaves it there.
    private func replacingCards(
        unsaved: Bool, save: @escaping @MainActor () -> Bool,
        then next: @escaping @MainActor () -> Void, stay: @escaping @MainActor () -> Void
    ) {
        guard unsaved else { return next() }
        stay()
        window.askToSave(message: tr("Save changes to the reflection card?")) { answer in
            switch answer {
            case .save: if save() { next() }
            case .discard: next()
            case .cancel: break
            }
        }
    }

    private func showWeek(_ number: Int) throws {
        guard let profile else { return }
        let session = window.session
        let template = try session.cardsTemplate()
        let stored = weeklyCards.last { $0.week == number }
        let card = stored ?? ReflectionCard(
            profileID: profile.id, kind: .weekly, academicYear: year, week: number, template: template,
            language: session.language)
        let cardTemplate = (stored.map { try? session.database.template(of: $0) } ?? template) ?? template
        let form = CardForm(card: cardTemplate.weekly, language: card.language)
        form.show(card)
        Layout.removeAll(from: weeklySlot)
        Layout.append(Label(cardTemplate.weekly.title.text(in: card.language), style: "damu-step-title").widget, to: weeklySlot)
        Layout.append(form.widget, to: weeklySlot)
        weeklyForm = form
        weeklyCard = card
        weeklyStored = stored
        form.onChange = { [weak self] in self?.showStatus() }
        showStatus()
    }

    private func showWeekList() {
        Layout.removeAll(from: weekList)
        if weeklyCards.isEmpty {
            Layout.append(Label(tr("No weekly cards this year yet."), style: "damu-hint").widget, to: weekList)
        }
        for card in weeklyCards {
            let score = card.score.map { String(format: tr("confidence %ld/10"), $0) } ?? tr("no score")
            let draft = card.isDraft ? " · " + tr("draft") : ""
            Layout.append(Label(String(format: tr("Week %ld: %@"), card.week ?? 0, score) + draft, wrap: false).widget, to: weekList)
        }
        // Without a card the list above already says so; an empty chart would say it twice.
        confidenceTrend.widget.isVisible = !weeklyCards.isEmpty
        let palette = Theme.palette
        confidenceTrend.show(lines: [
            .init(name: tr("Confidence"), series: weeklyCards.confidenceTrend, colour: palette.series[0], emphasised: true),
        ], title: nil)
    }

    private func showSummary(_ year: YearSummary) {
        var lines = [String(format: trn("%ld lesson analysis", "%ld lesson analyses", year.analysisCount), year.analysisCount)]
        if let average = year.averageWheel {
            lines.append(String(format: tr("Wheel average: %@"), DecimalText.of(average)))
        }
        if let first = year.firstTerm, let last = year.lastTerm, let change = year.termChange {
            lines.append(String(format: tr("Term %ld: %@ → term %ld: %@ (%@)"), first.term, DecimalText.of(first.average), last.term,
                                DecimalText.of(last.average), DecimalText.of(change, signed: true)))
        }
        if let first = year.scalingTrend.first, let last = year.scalingTrend.last {
            lines.append(String(format: tr("Satisfaction: %.0f at the first lesson, %.0f at the latest"), first, last))
        }
        if year.growthPointsAnswered > 0 {
            lines.append(String(format: tr("Growth points tried: %ld of %ld"), year.growthPointsTried, year.growthPointsAnswered))
        }
        if let sheet = year.routeSheet {
            lines.append(String(format: tr("Route sheet: %@"), RouteSheetProgress.summaryLine(sheet)))
        }
        summary.text = lines.joined(separator: "\n")
        satisfactionTrend.show(lines: [
            .init(name: tr("Satisfaction (step 3)"), series: year.scalingTrend, colour: Theme.palette.series[8 % Theme.palette.series.count], emphasised: true),
        ], title: nil)
    }

    /// A changed draft says only "Draft": that it can be finished later is said once it is saved,
    /// and the shorter line keeps to one line in Kazakh beside the card's buttons at 1024×768.
    private static func status(of card: ReflectionCard?, changed: Bool) -> String {
        let stored = switch card {
        case nil: tr("Not started")
        case let card? where card.isDraft: changed ? tr("Draft") : tr("Draft: you can finish it later")
        case _?: tr("Finished")
        }
        return changed ? stored + " · " + tr("changes not saved") : stored
    }

    /// Each card's status as stored, and whether its fields hold changes not saved yet: a card
    /// typed into, or resumed from what an earlier run kept, is no longer what the status says.
    private func showStatus() {
        let unsaved = unsavedDrafts
        annualStatus.text = Self.status(of: annualStored, changed: unsaved?.annual != nil)
        weeklyStatus.text = Self.status(of: weeklyStored, changed: unsaved?.weekly != nil)
        // A finished card as it is stored has nothing to finish: its button rests until it is typed in.
        annualFinishButton.widget.isSensitive = annualStored?.isDraft != false || unsaved?.annual != nil
        weeklyFinishButton.widget.isSensitive = weeklyStored?.isDraft != false || unsaved?.weekly != nil
    }

    // MARK: Printing

    private func chooseAnnualPDF() {
        guard saveAnnual(finish: !(annualCard?.isDraft ?? true)) else { return }
        FileChooser.save(parent: window.window, title: tr("Export Annual Card"),
                         suggestedName: "damu-annual-card-\(year.description).pdf") { [weak self] path in
            self?.exportAnnualPDF(to: URL(fileURLWithPath: path))
        }
    }

    /// The stored annual card as the A4 form of the attestation portfolio.
    func annualDocument() throws -> FormDocument? {
        guard let profile, let card = annualCard else { return nil }
        let database = window.session.database
        return AnnualCardForm.document(
            card: card, template: try database.template(of: card), profile: profile,
            summary: try database.yearSummary(profileID: profile.id, academicYear: year), language: window.session.language)
    }

    func exportAnnualPDF(to url: URL) {
        do {
            guard let document = try annualDocument() else { return }
            try FormExport.pdf(document, to: url)
        } catch {
            window.report(error, while: tr("The card was not exported"))
        }
    }

    /// Prints the card through the desktop's print dialog (or, with `exportTo`, GTK's own PDF export).
    func printAnnual(exportTo url: URL? = nil) {
        guard saveAnnual(finish: !(annualCard?.isDraft ?? true)) else { return }
        do {
            guard let document = try annualDocument() else { return }
            try FormPrinting.run(document, parent: window.window, exportTo: url)
        } catch {
            window.report(error, while: tr("The card was not printed"))
        }
    }

    // MARK: Saving

    /// Whether either card's fields differ from what was last saved (or from the blank card).
    var isDirty: Bool { unsavedDrafts != nil }

    /// Each card as its fields show it, where they differ from what was last saved; nil when
    /// neither does.
    var unsavedDrafts: ReflectionCardDrafts? {
        guard let profile else { return nil }
        func unsaved(_ form: CardForm?, _ card: ReflectionCard?) -> ReflectionCard? {
            guard let form, let card else { return nil }
            let shown = form.read(into: card)
            return shown != card ? shown : nil
        }
        return ReflectionCardDrafts(
            profileID: profile.id, academicYear: year, annual: unsaved(annualForm, annualCard), weekly: unsaved(weeklyForm, weeklyCard))
    }

    /// Shows the cards `kept` unsaved by an earlier run, in the forms of their year and week, on
    /// what is stored of them: they stay unsaved until the teacher saves them.
    func resume(_ kept: ReflectionCardDrafts, profile: Profile) {
        load(profile: profile, year: kept.academicYear)
        if let week = kept.weekly?.week, weeks.indices.contains(week - 1), week != weeklyCard?.week {
            do { try showWeek(week) } catch { window.report(error, while: tr("Cannot show the reflection cards")) }
            weekChoice?.selected = week - 1
        }
        if let annual = kept.annual { annualForm?.show(annual) }
        if let weekly = kept.weekly, weekly.week == weeklyCard?.week { weeklyForm?.show(weekly) }
        visibleTab = kept.annual != nil ? "annual" : "weekly"
        showStatus()
    }

    /// Saves whichever card changed, keeping it a draft or finished as it was.
    func saveChanges() -> Bool {
        let unsaved = unsavedDrafts
        if let card = unsaved?.annual, !saveAnnual(finish: !card.isDraft) { return false }
        if let card = unsaved?.weekly, !saveWeekly(finish: !card.isDraft) { return false }
        return true
    }

    /// Saves the annual card as a draft or finished; false (with a message) when it cannot be saved.
    @discardableResult
    func saveAnnual(finish: Bool) -> Bool {
        guard let form = annualForm, var card = annualCard else { return false }
        card = form.read(into: card)
        card.isDraft = !finish
        guard let saved = save(card) else { return false }
        annualCard = saved
        annualStored = saved
        showStatus()
        window.cardDrafts.keep()
        return true
    }

    @discardableResult
    func saveWeekly(finish: Bool) -> Bool {
        guard let form = weeklyForm, var card = weeklyCard else { return false }
        card = form.read(into: card)
        card.isDraft = !finish
        guard let saved = save(card) else { return false }
        weeklyCard = saved
        weeklyStored = saved
        showStatus()
        weeklyCards.removeAll { $0.id == saved.id }
        weeklyCards.append(saved)
        weeklyCards.sort { ($0.week ?? 0) < ($1.week ?? 0) }
        showWeekList()
        window.cardDrafts.keep()
        return true
    }

    private func save(_ card: ReflectionCard) -> ReflectionCard? {
        do {
            let template = try window.session.database.template(of: card)
            return try window.session.database.save(card, template: template)
        } catch DamuError.template {
            // Not stored yet: the card is new and filled against the shipped template.
            do { return try window.session.database.save(card, template: try window.session.cardsTemplate()) } catch {
                window.report(error, while: tr("The card was not saved"))
                return nil
            }
        } catch {
            window.report(error, while: tr("The card was not saved"))
            return nil
        }
    }
}
