import DamuCore

/// Table 18 as a printable form: the header the table asks for, then the eight blocks of forms
/// of work, each with its expected result and product, the teacher's own forms after each block's.
public enum EducationalRouteForm {
    public static func document(
        route: EducationalRoute, template: IndividualRoutesTemplate, profile: Profile, language: String
    ) -> FormDocument {
        let form = template.educationalRoute
        func text(_ value: LocalizedText) -> String { value.text(in: language) }
        let header = route.header
        let values: [EducationalRoute.HeaderField: String] = [
            .fullName: header.fullName,
            .yearsOfService: header.yearsOfService.map(String.init) ?? "",
            .category: header.category?.title.text(in: language) ?? "",
            .methodologicalTopic: header.methodologicalTopic,
            .developmentGoal: header.developmentGoal,
            .motivation: header.motivation,
        ]
        var rows: [FormTable.Row] = []
        for (index, block) in form.blocks.enumerated() where route.blocks.indices.contains(index) {
            rows.append(.section("\(index + 1). " + text(block.title)))
            let entries = route.blocks[index]
            for (row, title) in block.rows.enumerated() {
                let entry = entries.entries.indices.contains(row) ? entries.entries[row] : .init()
                rows.append(.cells([text(title), entry.expectedResult, entry.product]))
            }
            for own in entries.ownEntries {
                rows.append(.cells([own.form + " " + tr("(own)"), own.expectedResult, own.product]))
            }
        }
        return FormDocument(
            title: form.title(for: route.academicYear, in: language), subtitle: String(format: tr("Table %ld"), form.table),
            header: FormHeader(fields: [FormField(tr("School"), profile.school)]
                + form.headerFields.map { FormField(text($0.label), values[$0.key] ?? "") }),
            blocks: [
                .table(FormTable(
                    columns: [
                        .init(text(form.columns.form), weight: 1.6), .init(text(form.columns.expectedResult), weight: 1.2),
                        .init(text(form.columns.product), weight: 1.0),
                    ],
                    rows: rows)),
                .note(String(format: tr("Forms of work planned: %ld"), route.filledCount)),
            ],
            footer: form.title(for: route.academicYear, in: language))
    }
}
