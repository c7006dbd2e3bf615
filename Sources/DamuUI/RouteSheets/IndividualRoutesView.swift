import CGtk
import DamuCore
import DamuRender
import Foundation

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
    /// Table 17's topic, and a field per quadrant for a new item.
    private(set) var topic: TextArea?
    private(set) var newItems: [ProfessionalDevelopmentRoute.Quadrant: Entry] = [:]
    /// Each item's remove button, quadrant by quadrant, in the items' order.
    private(set) var removeButtons: [ProfessionalDevelopmentRoute.Quadrant: [Button]] = [:]
    /// Table 18's motivational statement, and each row's expected result and product.
    private(set) var motivation: TextArea?
    private(set) var results: [(block: Int, row: Int, expected: Entry, product: Entry)] = []
    /// What Table 18 shows of its texts, updated in place when one of them is saved.
    private(set) var planned: Label?
    private(set) var rowTexts: [(block: Int, row: Int, label: Label, toggle: Toggle)] = []
    private var showing = false

    init(page: RouteSheetPage) {
        self.page = page
        // Two halves. The columns, and the wrapped text of each line, are asked for their width alone
        // (`Layout.heightForWidth`): asked at a height, this tab's text was laid out 18,600 times.
        let columns = Layout.horizontal(spacing: 18, [professionalBox, educationalBox].map { Layout.heightForWidth($0.expand(horizontal: true)) })
        gtk_box_set_homogeneous(columns.cast(), 1)
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
        newItems = [:]
        removeButtons = [:]
        results = []
        planned = nil
        rowTexts = []
        let language = page.window.session.language
        if let route = professional, let template = professionalTemplate {
            let form = template.professionalDevelopmentRoute
            Layout.append(Label(form.name.text(in: language), style: "damu-step-title").widget, to: professionalBox)
            let topic = TextArea(accessibleName: form.topicLabel.text(in: language), minimumHeight: 36)
            topic.text = route.topic
            saveOnLeave(topic, professional: \.topic)
            self.topic = topic
            Layout.append(LabelledField.above(form.topicLabel.text(in: language) + ":", topic), to: professionalBox)
            if let progress = route.progress {
                Layout.append(Label(String(format: tr("Indicators met on average: %ld%%"), Int((progress * 100).rounded())), style: "damu-hint").widget, to: professionalBox)
            }
            for quadrant in form.quadrants {
                Layout.append(Label(quadrant.title.text(in: language), style: "heading").widget, to: professionalBox)
                for (index, item) in route[quadrant.key].enumerated() {
                    let remove = Button(icon: "list-remove-symbolic", accessibleName: String(format: tr("Remove “%@”"), item.text)) {}
                    remove.widget.align(vertical: GTK_ALIGN_CENTER)
                    Signal.on(remove.widget, "clicked") { [weak self] in self?.remove(item, at: index, of: quadrant.key) }
                    removeButtons[quadrant.key, default: []].append(remove)
                    guard let target = item.target else {
                        let text = Label("• " + item.text)
                        text.widget.expand(horizontal: true)
                        Layout.append(Layout.horizontal(spacing: 6, [Layout.heightForWidth(text.widget), remove.widget]), to: professionalBox)
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
                    Layout.append(Layout.horizontal(spacing: 6, [Layout.heightForWidth(text.widget), field.widget, of.widget, remove.widget]), to: professionalBox)
                }
                let quadrantName = quadrant.title.text(in: language)
                let newItem = Entry(
                    placeholder: tr("A new item; “4 times a year” sets a yearly target"),
                    accessibleName: String(format: tr("New item of “%@”"), quadrantName))
                let add = Button(tr("Add")) {}
                // GTK 4.8 reads a button's own name and its label's text together ("Add to … Add"):
                // the label names it, and the description says where the item goes.
                add.widget.accessibleDescription(String(format: tr("Add to “%@”"), quadrantName))
                let addItem: @MainActor @Sendable () -> Void = { [weak self, newItem] in
                    let text = newItem.text.trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { return }
                    self?.editProfessional { $0[quadrant.key].append(.init(parsing: text)) }
                }
                Signal.on(add.widget, "clicked", addItem)
                Signal.on(newItem.widget, "activate", addItem)
                newItems[quadrant.key] = newItem
                Layout.append(Layout.horizontal(spacing: 6, [newItem.widget.expand(horizontal: true), add.widget]), to: professionalBox)
            }
        }
        if let route = educational, let template = educationalTemplate {
            let form = template.educationalRoute
            Layout.append(Label(form.title(for: route.academicYear, in: language), style: "damu-step-title").widget, to: educationalBox)
            let planned = Label(Self.plannedText(route), style: "damu-hint")
            self.planned = planned
            Layout.append(planned.widget, to: educationalBox)
            let motivation = TextArea(accessibleName: tr("Motivational statement"), minimumHeight: 36)
            motivation.text = route.header.motivation
            saveOnLeave(motivation, educational: \.header.motivation)
            self.motivation = motivation
            Layout.append(LabelledField.above(tr("Motivational statement:"), motivation), to: educationalBox)
            for (blockIndex, block) in form.blocks.enumerated() where route.blocks.indices.contains(blockIndex) {
                Layout.append(Label("\(blockIndex + 1). " + block.title.text(in: language), style: "heading").widget, to: educationalBox)
                for (row, title) in block.rows.enumerated() where route.blocks[blockIndex].entries.indices.contains(row) {
                    let entry = route.blocks[blockIndex].entries[row]
                    // The text wraps in a label of its own: a check button's label does not.
                    let text = Self.rowText(title.text(in: language), entry)
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
                    rowTexts.append((blockIndex, row, label, toggle))
                    Layout.append(Layout.horizontal(spacing: 4, [toggle.widget, Layout.heightForWidth(label.widget)]), to: educationalBox)
                    let rowName = title.text(in: language)
                    let expected = Entry(placeholder: tr("Expected result"), accessibleName: String(format: tr("Expected result: %@"), rowName))
                    expected.text = entry.expectedResult
                    let product = Entry(placeholder: tr("Product"), accessibleName: String(format: tr("Product: %@"), rowName))
                    product.text = entry.product
                    saveOnLeave(expected, educational: \.blocks[blockIndex].entries[row].expectedResult)
                    saveOnLeave(product, educational: \.blocks[blockIndex].entries[row].product)
                    results.append((blockIndex, row, expected, product))
                    Layout.append(
                        Layout.horizontal(spacing: 6, [expected.widget.expand(horizontal: true), product.widget.expand(horizontal: true)])
                            .margins(start: 28), to: educationalBox)
                }
            }
        }
    }

    /// Enter or leaving the field saves what it says into `field` of Table 17, when it differs
    /// from what is stored: after a save that failed, Enter tries again.
    private func saveOnLeave(_ entry: some RouteTextField, professional field: WritableKeyPath<ProfessionalDevelopmentRoute, String>) {
        onLeave(entry, stored: { [weak self] in self?.professional?[keyPath: field] }) { [weak self] text in
            guard let self, var route = professional, let template = professionalTemplate else { return }
            route[keyPath: field] = text
            do {
                professional = try page.window.session.database.save(route.validated(), template: template)
            } catch {
                page.window.afterThisSignal { [weak self] in self?.page.window.report(error, while: tr("The route was not saved")) }
            }
        }
    }

    /// The same for `field` of Table 18, whose row texts and counts then show it.
    private func saveOnLeave(_ entry: some RouteTextField, educational field: WritableKeyPath<EducationalRoute, String>) {
        onLeave(entry, stored: { [weak self] in self?.educational?[keyPath: field] }) { [weak self] text in
            guard let self, var route = educational, let template = educationalTemplate else { return }
            route[keyPath: field] = text
            do {
                educational = try page.window.session.database.save(route.validated(template: template), template: template)
                page.window.afterThisSignal { [weak self] in self?.showEducationalTexts() }
            } catch {
                page.window.afterThisSignal { [weak self] in self?.page.window.report(error, while: tr("The route was not saved")) }
            }
        }
    }

    /// The field is left also as the window closes, and the application may end before the main
    /// loop turns again: what it says is saved at once, and only the widgets showing it wait.
    /// Not while the fields are being rebuilt for another route, which is then the one loaded.
    private func onLeave(_ entry: some RouteTextField, stored: @escaping @MainActor () -> String?, _ save: @escaping @MainActor (String) -> Void) {
        let store: @MainActor @Sendable () -> Void = { [weak self, entry] in
            guard let self, !showing else { return }
            let text = entry.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text != (stored() ?? "").trimmingCharacters(in: .whitespacesAndNewlines) else { return }
            save(text)
        }
        entry.onEnterOrLeave(store)
    }

    private static func plannedText(_ route: EducationalRoute) -> String {
        String(format: tr("Forms of work planned: %ld; done: %ld"), route.filledCount, route.doneCount)
    }

    private static func rowText(_ title: String, _ entry: EducationalRoute.Entry) -> String {
        let details = [entry.expectedResult, entry.product].filter { !$0.isEmpty }.joined(separator: " → ")
        return title + (details.isEmpty ? "" : " — " + details)
    }

    /// Table 18's counts and row texts as stored, in the widgets already shown.
    private func showEducationalTexts() {
        guard let route = educational, let form = educationalTemplate?.educationalRoute else { return }
        let language = page.window.session.language
        planned?.text = Self.plannedText(route)
        for (block, row, label, toggle) in rowTexts
        where form.blocks.indices.contains(block) && form.blocks[block].rows.indices.contains(row)
            && route.blocks.indices.contains(block) && route.blocks[block].entries.indices.contains(row) {
            let text = Self.rowText(form.blocks[block].rows[row].text(in: language), route.blocks[block].entries[row])
            label.text = text
            toggle.widget.accessibleName(text)
        }
    }

    /// Adding or removing an item rebuilds these widgets, so it waits until the widget telling of
    /// the change has finished its signal. When saving fails, the window keeps what the teacher typed.
    func editProfessional(_ change: @escaping @MainActor (inout ProfessionalDevelopmentRoute) -> Void) {
        page.window.afterThisSignal { [weak self] in
            guard let self, var route = professional, let template = professionalTemplate else { return }
            change(&route)
            do {
                professional = try page.window.session.database.save(route.validated(), template: template)
            } catch {
                page.window.report(error, while: tr("The route was not saved"))
                return
            }
            rebuild()
        }
    }

    /// An item with something counted as done goes only after the teacher confirms; one that is
    /// only its text goes at once, as a route sheet row that is only its direction does.
    private func remove(_ item: ProfessionalDevelopmentRoute.Item, at index: Int, of quadrant: ProfessionalDevelopmentRoute.Quadrant) {
        let remove = { [weak self] in
            self?.editProfessional { route in
                guard route[quadrant].indices.contains(index), route[quadrant][index] == item else { return }
                route[quadrant].remove(at: index)
            }
        }
        guard item.actual > 0 else { remove(); return }
        Dialogs.ask(
            parent: page.window.window, message: String(format: tr("Remove “%@”?"), item.text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))),
            detail: String(format: tr("Done so far: %ld of %ld. Removing it removes its count too."), item.actual, item.target ?? 1),
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Remove"), GTK_RESPONSE_ACCEPT.rawValue, style: "destructive-action"),
            ]
        ) { response in
            if response == GTK_RESPONSE_ACCEPT.rawValue { remove() }
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
            planned?.text = Self.plannedText(route)
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
