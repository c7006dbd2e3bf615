import CGtk
import DamuCore
import Foundation

/// The rows of the sheet, each with its current mark and every mark it was given, and under them
/// the form that marks the chosen row, adds a row of the teacher's own or deletes one.
@MainActor
final class RouteSheetRowsView {
    let widget: Widget
    private unowned let page: RouteSheetPage
    let list: Widget
    private let chosenRow = Label(style: "heading")
    /// Says when a mark just given is not the row's: one dated before the row's latest joins the
    /// history, and the row keeps the later mark.
    let markNote = Label(style: "damu-hint")
    let markChoice = DropDown(items: RouteMark.scale.map(\.symbol), accessibleName: tr("Mark"))
    let date = Entry.date(accessibleName: tr("Date"))
    let evidenceKind = DropDown(items: [tr("Note"), tr("File"), tr("Web link")], accessibleName: tr("Kind of evidence"))
    let evidence = Entry(placeholder: tr("What was done, where"), accessibleName: tr("Evidence"))
    let markButton: Button
    let deleteButton: Button
    let newRow = Entry(placeholder: tr("Direction of your own row"), accessibleName: tr("New row"))
    let addButton: Button
    let newAction = Entry(placeholder: tr("A concrete action of your own"), accessibleName: tr("New action"))
    let addActionButton: Button

    private(set) var rowIDs: [RouteSheet.RowID] = []
    /// What each row's history shows, for tests and screen readers alike.
    private(set) var historyTexts: [String] = []
    private(set) var markTexts: [String] = []

    init(page: RouteSheetPage) {
        self.page = page
        list = Widget(gtk_list_box_new())
        gtk_list_box_set_selection_mode(list.opaque, GTK_SELECTION_SINGLE)
        list.css("boxed-list").accessibleName(tr("Rows of the route sheet"))
        markButton = Button(tr("_Mark Row"), style: "suggested-action") {}
        deleteButton = Button(tr("De_lete Row…")) {}
        addButton = Button(tr("_Add Row")) {}
        addActionButton = Button(tr("Add Ac_tion")) {}
        date.widget.size(width: 130).expand(horizontal: false)
        let markForm = Layout.horizontal(spacing: 8, [
            LabelledField.row(tr("Mar_k:"), markChoice.widget), LabelledField.row(tr("_Date:"), date.widget),
            LabelledField.row(tr("_Evidence:"), evidence.widget, expand: true, qualifier: evidenceKind.widget), markButton.widget,
        ])
        let ownForm = Layout.horizontal(spacing: 8, [
            LabelledField.row(tr("Own _row:"), newRow.widget, expand: true), addButton.widget, deleteButton.widget,
        ])
        let actionForm = Layout.horizontal(spacing: 8, [
            LabelledField.row(tr("A_ction under the chosen row:"), newAction.widget, expand: true), addActionButton.widget,
        ])
        let scroller = Layout.scrolled(list).expand(horizontal: true, vertical: true)
        widget = Layout.vertical(spacing: 8, [scroller, chosenRow.widget, markForm, markNote.widget, actionForm, ownForm])
        markNote.widget.isVisible = false
        Signal.onPointer(list.raw, "row-selected") { [weak self] _ in self?.selectionChanged() }
        Signal.on(markButton.widget, "clicked") { [weak self] in self?.markChosenRow() }
        Signal.on(addButton.widget, "clicked") { [weak self] in self?.addOwnRow() }
        Signal.on(addActionButton.widget, "clicked") { [weak self] in self?.addAction() }
        Signal.on(deleteButton.widget, "clicked") { [weak self] in self?.confirmDelete() }
    }

    func show(sheet: RouteSheet, template: RouteSheetTemplate, language: String) {
        let previous = selectedIndex
        Layout.clearList(list)
        rowIDs = sheet.rowIDs
        historyTexts = []
        markTexts = []
        let rows = template.sheet(for: sheet.category).rows
        for (number, id) in rowIDs.enumerated() {
            let direction: String, content: String, actions: [String]
            switch id {
            case let .template(index):
                let row = rows[index]
                direction = row.direction.text(in: language)
                content = row.content.text(in: language)
                let added = sheet.templateRows.first { $0.index == index }?.addedActions ?? []
                actions = row.actions.map { $0.text(in: language) } + added.map { $0 + " " + tr("(own)") }
            case let .own(ownID):
                let row = sheet.ownRows.first { $0.id == ownID }
                direction = (row?.direction ?? "") + " " + tr("(own)")
                content = row?.content ?? ""
                actions = row?.actions ?? []
            }
            let entries = sheet.marks(of: id)?.entries ?? []
            let latest = sheet.marks(of: id)?.latest
            let mark = latest.map { entry in
                [entry.mark.symbol + " " + template.label(of: entry.mark, in: language), DateText.of(entry.date), entry.evidence?.value ?? ""]
                    .filter { !$0.isEmpty }.joined(separator: " · ")
            } ?? tr("Not marked yet")
            let history = entries.map { entry in
                "\(DateText.of(entry.date))  \(entry.mark == .none ? "∅" : entry.mark.symbol)  \(entry.evidence?.value ?? "")"
            }.joined(separator: "\n")
            markTexts.append(mark)
            historyTexts.append(history)
            gtk_list_box_append(list.opaque, rowWidget(
                number: number + 1, direction: direction, content: content, actions: actions, mark: mark,
                history: history, count: entries.count).pointer)
        }
        if date.text.isEmpty || !((try? DateText.day(from: date.text)).map(sheet.academicYear.contains) ?? false) {
            date.text = DateText.of(min(LessonDate.today, sheet.academicYear.lastDay))
        }
        select(row: min(max(previous ?? 0, 0), rowIDs.count - 1))
    }

    private func rowWidget(
        number: Int, direction: String, content: String, actions: [String], mark: String, history: String, count: Int
    ) -> Widget {
        let title = Label("\(number). " + direction, style: "heading")
        let contentLabel = Label(content, style: "damu-hint")
        let actionsLabel = Label(actions.map { "• " + $0 }.joined(separator: "\n"))
        let markLabel = Label(mark)
        markLabel.widget.css("accent")
        var children = [title.widget, contentLabel.widget, actionsLabel.widget, markLabel.widget]
        if count > 0 {
            let expander = Widget(gtk_expander_new(String(format: tr("Every mark (%ld)"), count)))
            let historyLabel = Label(history, selectable: true)
            gtk_expander_set_child(expander.opaque, historyLabel.widget.pointer)
            expander.accessibleName(String(format: tr("Mark history of row %ld"), number))
            children.append(expander)
        }
        let box = Layout.vertical(spacing: 3, children).margins(top: 8, bottom: 8, start: 10, end: 10)
        let row = Widget(gtk_list_box_row_new())
        gtk_list_box_row_set_child(row.cast(), box.pointer)
        row.accessibleName(String(format: tr("Row %ld: %@; %@"), number, direction, mark))
        return row
    }

    var selectedIndex: Int? {
        guard let row = gtk_list_box_get_selected_row(list.opaque) else { return nil }
        return Int(gtk_list_box_row_get_index(row))
    }

    /// Selects the row numbered `index + 1`, as a click would.
    func select(row index: Int) {
        guard let row = gtk_list_box_get_row_at_index(list.opaque, Int32(index)) else { return }
        gtk_list_box_select_row(list.opaque, row)
    }

    private func selectionChanged() {
        markNote.widget.isVisible = false
        guard let index = selectedIndex, rowIDs.indices.contains(index), let sheet = page.sheet else {
            chosenRow.text = ""
            deleteButton.widget.isSensitive = false
            return
        }
        chosenRow.text = String(format: tr("Row %ld: %@"), index + 1, sheet.currentMark(of: rowIDs[index]) == .none
            ? tr("not marked yet") : sheet.currentMark(of: rowIDs[index]).symbol)
        if case .own = rowIDs[index] { deleteButton.widget.isSensitive = true } else { deleteButton.widget.isSensitive = false }
    }

    func markChosenRow() {
        guard var sheet = page.sheet, let index = selectedIndex, rowIDs.indices.contains(index) else { return }
        let day: LessonDate
        do {
            day = try DateText.day(from: date.text)
            let text = evidence.text.trimmingCharacters(in: .whitespaces)
            let kind: MarkEvidence.Kind = [.text, .path, .link][max(evidenceKind.selected, 0)]
            let proof = text.isEmpty ? nil : MarkEvidence(kind: kind, value: text)
            try sheet.mark(rowIDs[index], RouteMark.scale[max(markChoice.selected, 0)], on: day, evidence: proof)
        } catch {
            page.window.report(error, while: tr("The row was not marked"))
            return
        }
        let row = rowIDs[index]
        if page.save(sheet) {
            evidence.text = ""
            date.text = DateText.of(day)
            if let latest = page.sheet?.marks(of: row)?.latest, latest.date > day {
                markNote.text = String(format: tr("The row keeps its later mark: %@ (%@)."), latest.mark.symbol, DateText.of(latest.date))
                markNote.widget.isVisible = true
            }
        }
    }

    func addOwnRow() {
        guard var sheet = page.sheet else { return }
        do {
            try sheet.addOwnRow(direction: newRow.text)
        } catch {
            page.window.report(error, while: tr("The row was not added"))
            return
        }
        if page.save(sheet) {
            newRow.text = ""
            select(row: rowIDs.count - 1)
        }
    }

    /// Adds a concrete action of the teacher's own under the chosen row, kept apart from the template's.
    func addAction() {
        guard var sheet = page.sheet, let index = selectedIndex, rowIDs.indices.contains(index) else { return }
        do {
            try sheet.addAction(newAction.text, to: rowIDs[index])
        } catch {
            page.window.report(error, while: tr("The action was not added"))
            return
        }
        if page.save(sheet) { newAction.text = "" }
    }

    /// A row of the teacher's own is deleted only after the teacher confirms, even one that is
    /// only its direction: the words were the teacher's, and nothing brings them back.
    func confirmDelete() {
        guard let sheet = page.sheet, let index = selectedIndex, rowIDs.indices.contains(index),
              case let .own(id) = rowIDs[index]
        else { return }
        let marks = sheet.marks(of: rowIDs[index])?.entries.count ?? 0
        let actions = sheet.ownRows.first { $0.id == id }?.actions.count ?? 0
        let direction = sheet.ownRows.first { $0.id == id }?.direction ?? ""
        let detail = marks > 0
            ? String(format: trn("It has %ld mark. The row and its mark leave this sheet.", "It has %ld marks. The row and its marks leave this sheet.", marks), marks)
            : actions > 0
            ? String(format: trn("It has %ld action of your own. The row and its action leave this sheet.", "It has %ld actions of your own. The row and its actions leave this sheet.", actions), actions)
            : String(format: tr("The row “%@” leaves this sheet."), direction)
        Dialogs.ask(
            parent: page.window.window, message: String(format: tr("Delete row %ld?"), index + 1),
            detail: detail,
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Delete"), GTK_RESPONSE_ACCEPT.rawValue, style: "destructive-action"),
            ]
        ) { [weak self] response in
            if response == GTK_RESPONSE_ACCEPT.rawValue { self?.delete(id) }
        }
    }

    private func delete(_ id: UUID) {
        guard var sheet = page.sheet else { return }
        sheet.removeOwnRow(id)
        page.save(sheet)
    }
}
