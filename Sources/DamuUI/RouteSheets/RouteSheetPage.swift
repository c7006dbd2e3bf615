import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// A teacher's school year on the route sheet: the year chooser and progress on top, then the
/// sheet's rows with their marks, the development wheel, row 1's weekly evidence and the two
/// individual routes.
@MainActor
final class RouteSheetPage {
    let widget: Widget
    unowned let window: AppWindow
    let headerButtons: [Widget]
    private let yearSlot = Layout.horizontal(spacing: 6)
    private(set) var yearChoice: DropDown?
    private(set) var years: [AcademicYear] = []
    let summary = Label(style: "damu-hint")
    let stage = Label()
    private let tabs = Stack()
    private(set) var rows: RouteSheetRowsView!
    private(set) var wheel: DevelopmentWheelTab!
    private(set) var weekly: WeeklyEvidenceView!
    private(set) var routes: IndividualRoutesView!

    private(set) var profile: Profile?
    private var year: AcademicYear?
    /// Tabs still showing an earlier sheet, each filled when it is next shown: opening the page
    /// builds one tab's widgets rather than four (the routes' alone are about a hundred fields).
    private var staleTabs: Set<String> = []
    private(set) var sheet: RouteSheet?
    private(set) var template: RouteSheetTemplate?
    private(set) var isStored = false

    init(window: AppWindow) {
        self.window = window
        let next = Button(tr("Start _Next Year…")) {}
        next.widget.tooltip(tr("Start the following school year from this sheet"))
        headerButtons = [next.widget]
        let content = Layout.vertical(spacing: 8)
        widget = content.margins(top: 10, bottom: 10, start: 16, end: 16)
        rows = RouteSheetRowsView(page: self)
        wheel = DevelopmentWheelTab(page: self)
        weekly = WeeklyEvidenceView()
        routes = IndividualRoutesView(page: self)
        tabs.add(rows.widget, name: "sheet", title: tr("Route sheet"))
        tabs.add(wheel.widget, name: "wheel", title: tr("Development wheel"))
        tabs.add(weekly.widget, name: "weekly", title: tr("Weekly evidence"))
        tabs.add(routes.widget, name: "routes", title: tr("Individual routes"))
        tabs.widget.expand(horizontal: true, vertical: true)
        let top = Layout.horizontal(spacing: 12, [yearSlot, summary.widget.expand(horizontal: true)])
        Layout.append(top, to: content)
        Layout.append(stage.widget, to: content)
        Layout.append(tabs.switcher().align(horizontal: GTK_ALIGN_START).accessibleName(tr("Views")), to: content)
        Layout.append(tabs.widget, to: content)
        Signal.on(next.widget, "clicked") { [weak self] in self?.startNextYear() }
        Signal.onNotify(tabs.widget.raw, "visible-child-name") { [weak self] in self?.fillVisibleTab() }
    }

    /// "sheet", "wheel", "weekly" or "routes".
    var visibleTab: String { tabs.visibleName ?? "" }
    func showTab(_ name: String) { tabs.visibleName = name }

    func load(profile: Profile, year: AcademicYear? = nil) {
        self.profile = profile
        do {
            years = try window.session.routeSheetYears(for: profile)
        } catch {
            years = [.current]
            window.report(error, while: tr("The route sheets could not be read"))
        }
        let chosen = year ?? sheetYearToOpen(profile)
        if !years.contains(chosen) { years = (years + [chosen]).sorted() }
        let dropDown = DropDown(items: years.map(\.description), accessibleName: tr("School year"))
        dropDown.selected = years.firstIndex(of: chosen) ?? 0
        dropDown.onChange { [weak self] in
            guard let self, let choice = yearChoice, years.indices.contains(choice.selected) else { return }
            showYear(years[choice.selected])
        }
        yearChoice = dropDown
        Layout.removeAll(from: yearSlot)
        Layout.append(LabelledField.row(tr("School _year:"), dropDown.widget), to: yearSlot)
        showYear(chosen)
    }

    /// The current year's sheet, or the latest stored one when the current year has none yet.
    private func sheetYearToOpen(_ profile: Profile) -> AcademicYear {
        let stored = (try? window.session.database.routeSheets(profileID: profile.id).map(\.academicYear)) ?? []
        return stored.contains(.current) ? .current : stored.last ?? .current
    }

    func showYear(_ year: AcademicYear) {
        guard let profile else { return }
        self.year = year
        do {
            let loaded = try window.session.routeSheet(for: profile, year: year)
            sheet = loaded.sheet
            template = loaded.template
            isStored = loaded.stored
        } catch {
            sheet = nil
            template = nil
            window.report(error, while: tr("The route sheet could not be opened"))
        }
        staleTabs.insert("routes")
        refresh()
    }

    /// Saves the sheet as edited; on failure the stored sheet is shown again and the reason told.
    @discardableResult
    func save(_ edited: RouteSheet) -> Bool {
        guard let template else { return false }
        do {
            sheet = try window.session.database.save(edited, template: template)
            isStored = true
            refresh()
            return true
        } catch {
            window.report(error, while: tr("The route sheet was not saved"))
            if let year = sheet?.academicYear { showYear(year) }
            return false
        }
    }

    /// Saves `edited` from a field as the field is left: at once, since it is left also as the
    /// window closes and the application may end before the main loop turns again. The page shows
    /// it, or why it was not saved, once the field has finished its signal.
    func saveLeavingField(_ edited: RouteSheet) {
        guard let template else { return }
        do {
            sheet = try window.session.database.save(edited, template: template)
            isStored = true
            window.afterThisSignal { [weak self] in self?.refresh() }
        } catch {
            window.afterThisSignal { [weak self] in
                guard let self else { return }
                window.report(error, while: tr("The route sheet was not saved"))
                showYear(edited.academicYear)
            }
        }
    }

    func refresh() {
        guard let sheet, let template else {
            summary.text = ""
            stage.text = ""
            return
        }
        let language = window.session.language
        let page = template.sheet(for: sheet.category)
        stage.text = page.level.text(in: language) + " · " + page.stage.text(in: language)
        let progress = sheet.progress
        summary.text = String(
            format: tr("+ %ld · ± %ld · − %ld · unmarked %ld · %ld%% done"),
            progress.achieved, progress.partial, progress.notAchieved, progress.unmarked, progress.percent)
            + (isStored ? "" : " · " + tr("not started yet"))
        staleTabs.formUnion(["sheet", "wheel", "weekly"])
        fillVisibleTab()
    }

    private func fillVisibleTab() {
        let tab = visibleTab
        guard staleTabs.contains(tab) else { return }
        switch tab {
        case "routes":
            guard let profile, let year else { return }
            routes.load(profile: profile, year: year)
        case "sheet":
            guard let sheet, let template else { return }
            rows.show(sheet: sheet, template: template, language: window.session.language)
        case "wheel":
            guard let sheet else { return }
            wheel.show(sheet)
        case "weekly":
            guard let profile, let sheet else { return }
            let evidence = try? window.session.database.weeklyEvidence(profileID: profile.id, academicYear: sheet.academicYear)
            weekly.show(evidence, asOf: min(.today, sheet.academicYear.lastDay))
        default:
            return
        }
        staleTabs.remove(tab)
    }

    // MARK: Next year

    /// Asks how to go on: the same category with open rows carried over, or the next category,
    /// whose stage, goal, skills, results and activities the question shows.
    func startNextYear() {
        guard let sheet, isStored else {
            Dialogs.error(parent: window.window, message: tr("Nothing to go on from"),
                          detail: tr("Mark at least one row of this year's sheet first."))
            return
        }
        let language = window.session.language
        var detail = tr("Rows not yet achieved can come along, unmarked, into the new year's sheet.")
        let next = sheet.nextCategory
        if let next, let levels = try? window.session.qualificationLevelsCatalog().current {
            let level = levels.level(for: next)
            func list(_ items: [LocalizedText]) -> String { items.map { "• " + $0.text(in: language) }.joined(separator: "\n") }
            detail += "\n\n" + String(format: tr("After attestation: %@"), level.level.text(in: language))
            detail += "\n" + level.stage.text(in: language)
            detail += "\n" + levels.labels.goal.text(in: language) + ": " + level.goal.text(in: language)
            detail += "\n\n" + levels.labels.skills.text(in: language) + ":\n" + list(level.skills)
            detail += "\n\n" + levels.labels.expectedResults.text(in: language) + ":\n" + list(level.expectedResults)
            detail += "\n\n" + levels.labels.recommendedActivities.text(in: language) + ":\n" + list(level.recommendedActivities)
        }
        var choices: [Dialogs.Choice] = [.init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue)]
        if next != nil { choices.append(.init(tr("Move to the _Next Category"), GTK_RESPONSE_APPLY.rawValue)) }
        choices.append(.init(tr("Carry _Open Rows Over"), GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action"))
        Dialogs.ask(
            parent: window.window, message: String(format: tr("Start the school year after %@?"), sheet.academicYear.description),
            detail: detail, choices: choices
        ) { [weak self] response in
            switch response {
            case GTK_RESPONSE_ACCEPT.rawValue: self?.createNextYear(category: nil)
            case GTK_RESPONSE_APPLY.rawValue: self?.createNextYear(category: next)
            default: break
            }
        }
    }

    private func createNextYear(category: QualificationCategory?) {
        guard let sheet else { return }
        do {
            let catalog = try window.session.routeSheetCatalog()
            let next = try sheet.startNextYear(
                carryOpenRows: true, category: category, catalog: catalog, language: window.session.language)
            let stored = try window.session.database.save(next, template: catalog.current, movingProfile: category != nil)
            if let profile, let current = try window.session.database.profile(id: profile.id) {
                window.session.profile = current
                load(profile: current, year: stored.academicYear)
            }
        } catch {
            window.report(error, while: tr("The next school year was not started"))
        }
    }

    // MARK: Export

    /// The form of the tab on screen: the sheet, the wheel, or both individual routes.
    func exportDocument() -> FormDocument? {
        guard let profile, let sheet, let template else { return nil }
        let language = window.session.language
        switch visibleTab {
        case "wheel":
            return DevelopmentWheelForm.document(sheet: sheet, profile: profile, language: language)
        case "routes":
            return routes.exportDocument()
        default:
            let evidence = try? window.session.database.weeklyEvidence(profileID: profile.id, academicYear: sheet.academicYear)
            return RouteSheetForm.document(
                sheet: sheet, template: template, profile: profile, weeklyEvidence: evidence, language: language,
                asOf: min(.today, sheet.academicYear.lastDay))
        }
    }
}
