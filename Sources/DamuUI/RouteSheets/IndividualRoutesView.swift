import CGtk
import DamuCore
import DamuRender

/// The two individual routes of the year: Table 17 with its counted indicators, and Table 18
/// with a done mark for each planned form of work. A change is saved at once.
@MainActor
final class IndividualRoutesView {
    let widget: Widget
    private unowned let page: RouteSheetPage
    private let professionalBox = Layout.vertical(spacing: 6)
    private let educationalBox = Layout.vertical(spacing: 6)
    private(set) var professional: ProfessionalDevelopmentRoute?
    private(set) var professionalTemplate: IndividualRoutesTemplate?
    private(set) var educational: EducationalRoute?
    private(set) var educationalTemplate: IndividualRoutesTemplate?
    /// The counted items' fields, in `countedItems` order.
    private(set) var counts: [NumberField] = []
    /// Done marks of Table 18, block by block, row by row.
    private(set) var doneToggles: [(block: Int, row: Int, toggle: Toggle)] = []
    private var showing = false

    init(page: RouteSheetPage) {
        self.page = page
        let columns = Layout.horizontal(spacing: 18, [professionalBox.expand(horizontal: true), educationalBox.expand(horizontal: true)])
        widget = Layout.scrolled(columns.margins(top: 4, bottom: 4, start: 2, end: 2)).expand(horizontal: true, vertical: true)
    }

    func load(profile: Profile, year: AcademicYear) {
        do {
            (professional, professionalTemplate) = try page.window.session.professionalRoute(for: profile, year: year)
            (educational, educationalTemplate) = try page.window.session.educationalRoute(for: profile, year: year)
        } catch {
            page.window.report(error, while: tr("The individual routes could not be read"))
        }
        rebuild()
    }

    private func rebuild() {
        showing = true
        defer { showing = false }
        Layout.removeAll(from: professionalBox)
        Layout.removeAll(from: educationalBox)
        counts = []
        doneToggles = []
        let language = page.window.session.language
        if let route = professional, let template = professionalTemplate {
            let form = template.professionalDevelopmentRoute
            Layout.append(Label(form.name.text(in: language), style: "damu-step-title").widget, to: professionalBox)
            Layout.append(Label(form.topicLabel.text(in: language) + ": " + route.topic).widget, to: professionalBox)
            if let progress = route.progress {
                Layout.append(Label(String(format: tr("Indicators met on average: %ld%%"), Int((progress * 100).rounded())), style: "damu-hint").widget, to: professionalBox)
            }
            for quadrant in form.quadrants {
                Layout.append(Label(quadrant.title.text(in: language), style: "heading").widget, to: professionalBox)
                for (index, item) in route[quadrant.key].enumerated() {
                    guard let target = item.target else {
                        Layout.append(Label("• " + item.text).widget, to: professionalBox)
                        continue
                    }
                    let field = NumberField(range: 0...ProfessionalDevelopmentRoute.countLimit, accessibleName: String(format: tr("Done so far: %@"), item.text))
                    field.value = item.actual
                    field.onChange { [weak self] in
                        guard let self, !showing else { return }
                        record(field.value, quadrant: quadrant.key, item: index)
                    }
                    counts.append(field)
                    let text = Label("• " + item.text)
                    text.widget.expand(horizontal: true)
                    let of = Label(String(format: tr("of %ld %@"), target, item.unit), wrap: false)
                    Layout.append(Layout.horizontal(spacing: 6, [text.widget, field.widget, of.widget]), to: professionalBox)
                }
            }
        }
        if let route = educational, let template = educationalTemplate {
            let form = template.educationalRoute
            Layout.append(Label(form.title(for: route.academicYear, in: language), style: "damu-step-title").widget, to: educationalBox)
            Layout.append(Label(String(format: tr("Forms of work planned: %ld; done: %ld"), route.filledCount, route.doneCount), style: "damu-hint").widget, to: educationalBox)
            for (blockIndex, block) in form.blocks.enumerated() where route.blocks.indices.contains(blockIndex) {
                Layout.append(Label("\(blockIndex + 1). " + block.title.text(in: language), style: "heading").widget, to: educationalBox)
                for (row, title) in block.rows.enumerated() where route.blocks[blockIndex].entries.indices.contains(row) {
                    let entry = route.blocks[blockIndex].entries[row]
                    let details = [entry.expectedResult, entry.product].filter { !$0.isEmpty }.joined(separator: " → ")
                    // The text wraps in a label of its own: a check button's label does not.
                    let text = title.text(in: language) + (details.isEmpty ? "" : " — " + details)
                    let toggle = Toggle("")
                    toggle.widget.accessibleName(text).align(vertical: GTK_ALIGN_START)
                    let label = Label(text)
                    label.widget.expand(horizontal: true)
                    toggle.isOn = entry.done
                    toggle.onChange { [weak self] in
                        guard let self, !showing else { return }
                        setDone(toggle.isOn, block: blockIndex, row: row)
                    }
                    gtk_widget_set_tooltip_text(toggle.widget.pointer, tr("Done"))
                    doneToggles.append((blockIndex, row, toggle))
                    Layout.append(Layout.horizontal(spacing: 4, [toggle.widget, label.widget]), to: educationalBox)
                }
            }
        }
    }

    private func record(_ actual: Int, quadrant: ProfessionalDevelopmentRoute.Quadrant, item: Int) {
        guard var route = professional, let template = professionalTemplate else { return }
        do {
            try route.record(actual: actual, quadrant: quadrant, item: item)
            professional = try page.window.session.database.save(route, template: template)
        } catch {
            page.window.report(error, while: tr("The route was not saved"))
        }
    }

    private func setDone(_ done: Bool, block: Int, row: Int) {
        guard var route = educational, let template = educationalTemplate else { return }
        route.blocks[block].entries[row].done = done
        do {
            educational = try page.window.session.database.save(route, template: template)
        } catch {
            page.window.report(error, while: tr("The route was not saved"))
        }
    }

    /// Table 17, then Table 18 from a new page, as one PDF.
    func exportDocument() -> FormDocument? {
        guard let profile = page.profile, let professional, let professionalTemplate, let educational, let educationalTemplate
        else { return nil }
        let language = page.window.session.language
        var document = ProfessionalRouteForm.document(
            route: professional, template: professionalTemplate, profile: profile, language: language)
        let second = EducationalRouteForm.document(
            route: educational, template: educationalTemplate, profile: profile, language: language)
        document.blocks += [.pageBreak, .heading(second.title)]
        if let header = second.header { document.blocks.append(.fields(header.fields)) }
        document.blocks += second.blocks
        document.footer = nil
        return document
    }
}
