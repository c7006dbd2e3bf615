import CGtk
import DamuCore
import DamuRender
import Foundation

/// The teacher development wheel of the year: the three scorings drawn over each other by the
/// shared renderer, and a score chooser per sector for the moment being scored.
@MainActor
final class DevelopmentWheelTab {
    let widget: Widget
    private unowned let page: RouteSheetPage
    let view = WheelView(accessibleName: tr("Teacher development wheel"))
    let moment = DropDown(items: DevelopmentWheel.Moment.allCases.map(\.title), accessibleName: tr("Scoring"))
    private let legend = Label(style: "damu-hint")
    private let scores = Layout.vertical(spacing: 4)
    private(set) var scoreChoices: [DropDown] = []
    private(set) var sectorNames: [TextArea] = []
    /// The stored names the fields were last given. A field that says something else holds a name
    /// whose save failed: it stays, for Enter to save again, until another sheet is shown.
    private var shownNames: [String] = []
    private var showing = false
    /// The sheet whose moment was last chosen for the teacher: another sheet chooses again.
    private var chosenFor: (profileID: UUID, year: AcademicYear)?

    /// "—" for unscored, then 0…10.
    static let scoreItems = ["—"] + (0...10).map(String.init)

    init(page: RouteSheetPage) {
        self.page = page
        let side = Layout.vertical(spacing: 8, [LabelledField.row(tr("_Scoring:"), moment.widget), Layout.scrolled(scores).expand(vertical: true)])
        side.size(width: 340)
        let drawing = Layout.vertical(spacing: 4, [view.widget, legend.widget])
        widget = Layout.horizontal(spacing: 12, [Layout.heightForWidth(drawing.expand(horizontal: true, vertical: true)), side])
        moment.onChange { [weak self] in
            guard let self, !showing, let wheel = page.sheet?.wheel else { return }
            show(wheel)
        }
        view.onScore = { [weak self] sector, score in self?.score(sector, score) }
    }

    var legendText: String { legend.text }

    var chosenMoment: DevelopmentWheel.Moment {
        DevelopmentWheel.Moment.allCases[min(max(moment.selected, 0), DevelopmentWheel.Moment.allCases.count - 1)]
    }

    /// The sheet's wheel with the moment being scored drawn solid, so a score chosen here or typed
    /// on the wheel moves the line the labels describe.
    func show(_ sheet: RouteSheet) {
        if chosenFor.map({ $0.profileID != sheet.profileID || $0.year != sheet.academicYear }) ?? true {
            chosenFor = (sheet.profileID, sheet.academicYear)
            shownNames = []
            showing = true
            moment.selected = DevelopmentWheel.Moment.allCases.firstIndex(of: momentToScore(sheet)) ?? 0
            showing = false
        }
        show(sheet.wheel)
    }

    private func show(_ wheel: DevelopmentWheel) {
        view.show(DevelopmentWheelForm.picture(wheel, scoring: chosenMoment))
        legend.text = DevelopmentWheelForm.legend(wheel, scoring: chosenMoment)
        showScores()
    }

    /// This year's sheet opens on the scoring its season asks for; another year's on its latest.
    private func momentToScore(_ sheet: RouteSheet) -> DevelopmentWheel.Moment {
        sheet.academicYear.contains(.today) ? .due(on: .today) : sheet.wheel.latestScoredMoment ?? .start
    }

    /// The stored names, except over a name whose save failed, and the chosen moment's scores.
    /// Saving a score or a name comes back here, so the fields are updated in place: the chooser
    /// just used keeps the focus.
    private func showScores() {
        guard let wheel = page.sheet?.wheel else { return }
        showing = true
        defer { showing = false }
        if scoreChoices.count != wheel.sectors.count { buildScores(wheel) }
        var names = wheel.sectors.indices.map { shownNames.indices.contains($0) ? shownNames[$0] : "" }
        for (index, sector) in wheel.sectors.enumerated() {
            let typed = sectorNames[index].text.trimmingCharacters(in: .whitespacesAndNewlines)
            if index >= shownNames.count || typed == shownNames[index] || typed == sector.name {
                if sectorNames[index].text != sector.name { sectorNames[index].text = sector.name }
                names[index] = sector.name
            }
            scoreChoices[index].selected = sector[chosenMoment].map { $0 + 1 } ?? 0
            scoreChoices[index].widget.accessibleName(scoreName(sector))
        }
        shownNames = names
    }

    private func scoreName(_ sector: DevelopmentWheel.Sector) -> String {
        String(format: tr("%@, %@"), sector.name, chosenMoment.title)
    }

    /// A name field and a score chooser per sector, which `showScores` fills.
    private func buildScores(_ wheel: DevelopmentWheel) {
        Layout.removeAll(from: scores)
        scoreChoices = []
        sectorNames = []
        shownNames = []
        for (index, sector) in wheel.sectors.enumerated() {
            // The sectors are the sheet's directions until the teacher names them otherwise. A
            // direction's name is long ("Педагогтің кәсіби жеке даму тақырыбы"): it wraps whole.
            let name = TextArea(accessibleName: String(format: tr("Name of sector %ld"), index + 1), minimumHeight: 36)
            name.textView.tooltip(tr("Type a name of your own; it is kept when you press Enter or leave the field"))
            name.onEnterOrLeave { [weak self] in self?.rename(index, to: name.text) }
            sectorNames.append(name)
            let choice = DropDown(items: Self.scoreItems, accessibleName: scoreName(sector))
            choice.onChange { [weak self] in
                guard let self, !showing else { return }
                let value = choice.selected
                // Saving sets these choosers again: not while this one is still telling of its change.
                DispatchQueue.main.async { [weak self] in self?.score(index, value <= 0 ? nil : value - 1) }
            }
            scoreChoices.append(choice)
            choice.widget.align(vertical: GTK_ALIGN_START)
            Layout.append(Layout.horizontal(spacing: 6, [name.widget, choice.widget]), to: scores)
        }
    }

    /// Stores the name at once (the field is left also as the window closes); what the page shows
    /// of it, or why it was refused, waits until the field has finished its signal.
    func rename(_ sector: Int, to name: String) {
        guard !showing, var sheet = page.sheet, sheet.wheel.sectors.indices.contains(sector),
              sheet.wheel.sectors[sector].name != name.trimmingCharacters(in: .whitespacesAndNewlines) else { return }
        sheet.wheel.sectors[sector].name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        do {
            _ = try sheet.wheel.validated()
        } catch {
            page.window.afterThisSignal { [weak self] in
                guard let self else { return }
                page.window.report(error, while: tr("The sector was not renamed"))
                // A name refused is not work to keep, unlike one whose save failed: the stored name comes back.
                if let sectors = page.sheet?.wheel.sectors, sectors.indices.contains(sector), sectorNames.indices.contains(sector) {
                    sectorNames[sector].text = sectors[sector].name
                }
                showScores()
            }
            return
        }
        page.saveLeavingField(sheet)
    }

    private func score(_ sector: Int, _ value: Int?) {
        guard var sheet = page.sheet else { return }
        do {
            try sheet.wheel.setScore(value, sector: sector, at: chosenMoment)
        } catch {
            page.window.report(error, while: tr("The score was not saved"))
            return
        }
        page.save(sheet)
    }
}
