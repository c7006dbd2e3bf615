import DamuCore

/// The route sheet of one school year as a printable form: the sheet's own columns (direction,
/// content, concrete actions, assessment scale) with each row's current mark, its date and
/// evidence, the teacher's rows after the template's, the weekly evidence of row 1, the progress
/// and every mark given in the year.
public enum RouteSheetForm {
    public static func document(
        sheet: RouteSheet, template: RouteSheetTemplate, profile: Profile, weeklyEvidence: WeeklyEvidence?,
        language: String, asOf date: LessonDate = .today
    ) -> FormDocument {
        let page = template.sheet(for: sheet.category)
        func text(_ value: LocalizedText) -> String { value.text(in: language) }
        var blocks: [FormBlock] = [
            .fields([
                FormField(text(template.labels.stage), text(page.stage)),
                FormField(text(template.labels.goal), text(page.goal)),
            ]),
        ]
        let columns: [FormTable.Column] = [
            .init("№", weight: 0.3, centred: true),
            .init(text(template.columns.direction), weight: 1.75),
            .init(text(template.columns.content), weight: 1.8),
            .init(text(template.columns.actions), weight: 2.35),
            .init(text(template.columns.scale), weight: 1.25, centred: true),
            .init(tr("Date and evidence"), weight: 1.75),
        ]
        var rows: [FormTable.Row] = []
        for row in sheet.templateRows where page.rows.indices.contains(row.index) {
            let source = page.rows[row.index]
            var actions = source.actions.map { "• " + text($0) }
            actions += row.addedActions.map { "• " + $0 + " " + tr("(own)") }
            var evidence = evidenceText(row.marks.latest)
            if row.index == page.weeklyEvidenceRow, let weeklyEvidence {
                let (covered, elapsed) = weeklyEvidence.coverage(asOf: date)
                let line = String(format: tr("Lesson analyses in %ld of %ld weeks"), covered, elapsed)
                evidence = evidence.isEmpty ? line : evidence + "\n" + line
            }
            rows.append(.cells([
                "\(row.index + 1)", text(source.direction), text(source.content), actions.joined(separator: "\n"),
                markText(row.marks.current, template: template, language: language), evidence,
            ]))
        }
        if !sheet.ownRows.isEmpty {
            rows.append(.section(tr("Rows of your own")))
            for (offset, row) in sheet.ownRows.enumerated() {
                var direction = row.direction
                if let year = row.carriedFrom { direction += "\n" + String(format: tr("(carried over from %@)"), year.description) }
                rows.append(.cells([
                    "\(sheet.templateRows.count + offset + 1)", direction, row.content,
                    row.actions.map { "• " + $0 }.joined(separator: "\n"),
                    markText(row.marks.current, template: template, language: language), evidenceText(row.marks.latest),
                ]))
            }
        }
        blocks.append(.table(FormTable(columns: columns, rows: rows)))
        blocks.append(.note(template.marks.map { $0.symbol + " " + text($0.label) }.joined(separator: "   ")))

        let progress = sheet.progress
        blocks.append(.heading(tr("Progress")))
        blocks.append(.fields([
            FormField("+ " + template.label(of: .achieved, in: language), "\(progress.achieved)"),
            FormField("± " + template.label(of: .partial, in: language), "\(progress.partial)"),
            FormField("− " + template.label(of: .notAchieved, in: language), "\(progress.notAchieved)"),
            FormField(tr("Unmarked"), "\(progress.unmarked)"),
            FormField(tr("Completion"), String(format: tr("%ld%% (a “±” row counts half)"), progress.percent)),
        ]))

        let history = sheet.rowIDs.flatMap { id in
            (sheet.marks(of: id)?.entries ?? []).map { (row: rowNumber(id, in: sheet), entry: $0) }
        }.sorted { ($0.entry.date, $0.row) < ($1.entry.date, $1.row) }
        if !history.isEmpty {
            blocks.append(.heading(tr("Marks given this year")))
            blocks.append(.table(FormTable(
                columns: [
                    .init(tr("Date"), weight: 1.1, centred: true), .init("№", weight: 0.4, centred: true),
                    .init(tr("Mark"), weight: 1.4, centred: true), .init(tr("Evidence"), weight: 4.5),
                ],
                rows: history.map { item in
                    .cells([
                        DateText.of(item.entry.date), "\(item.row)", markText(item.entry.mark, template: template, language: language),
                        item.entry.evidence.map(evidenceValue) ?? "",
                    ])
                })))
        }
        return FormDocument(
            // The page's own title ("Route sheet: «Педагог-модератор»") would say the level a
            // second time beside `level`, under a title that already says route sheet.
            title: text(template.title), subtitle: text(page.level) + " · " + text(template.validity),
            header: FormHeader(name: profile.fullName, school: profile.school, academicYear: sheet.academicYear,
                               category: sheet.category, language: language),
            blocks: blocks, footer: text(template.title) + " · " + sheet.academicYear.description)
    }

    private static func rowNumber(_ id: RouteSheet.RowID, in sheet: RouteSheet) -> Int {
        (sheet.rowIDs.firstIndex(of: id) ?? 0) + 1
    }

    static func markText(_ mark: RouteMark, template: RouteSheetTemplate, language: String) -> String {
        mark == .none ? "" : mark.symbol + "\n" + template.label(of: mark, in: language)
    }

    private static func evidenceText(_ mark: RowMark?) -> String {
        guard let mark else { return "" }
        return [DateText.of(mark.date), mark.evidence.map(evidenceValue)].compactMap { $0 }.joined(separator: "\n")
    }

    private static func evidenceValue(_ evidence: MarkEvidence) -> String {
        switch evidence.kind {
        case .text: return evidence.value
        case .path: return String(format: tr("File: %@"), evidence.value)
        case .link: return evidence.value
        }
    }
}
