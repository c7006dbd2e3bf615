import DamuCore

/// Table 17 as a printable form: the self-education topic and period, then the four questions in
/// two rows of two, as the printed four-square has them; counted indicators show done / promised.
public enum ProfessionalRouteForm {
    public static func document(
        route: ProfessionalDevelopmentRoute, template: IndividualRoutesTemplate, profile: Profile, language: String
    ) -> FormDocument {
        let form = template.professionalDevelopmentRoute
        func text(_ value: LocalizedText) -> String { value.text(in: language) }
        func list(_ quadrant: ProfessionalDevelopmentRoute.Quadrant) -> String {
            route[quadrant].map { item in
                var line = "• " + item.text
                if let target = item.target {
                    line += " — " + String(format: tr("%ld of %ld %@ done"), item.actual, target, item.unit)
                } else if quadrant == .indicators || quadrant == .actions {
                    line += item.actual > 0 ? " ✓" : ""
                }
                return line
            }.joined(separator: "\n")
        }
        func square(_ left: ProfessionalDevelopmentRoute.Quadrant, _ right: ProfessionalDevelopmentRoute.Quadrant) -> FormTable {
            FormTable(
                columns: [.init(text(form.quadrant(left).title), weight: 1), .init(text(form.quadrant(right).title), weight: 1)],
                rows: [.cells([list(left), list(right)])])
        }
        let year = AcademicYear(containing: route.periodStart)
        var blocks: [FormBlock] = [
            .fields([
                FormField(text(form.topicLabel), route.topic),
                FormField(text(form.periodLabel), DateText.of(route.periodStart) + " – " + DateText.of(route.periodEnd)),
            ]),
            .table(square(.goals, .actions)),
            .table(square(.selfHelp, .indicators)),
        ]
        if let progress = route.progress {
            blocks.append(.paragraph(String(format: tr("Indicators met on average: %ld%%"), Int((progress * 100).rounded()))))
        }
        return FormDocument(
            title: text(form.name), subtitle: String(format: tr("Table %ld"), form.table),
            header: FormHeader(name: profile.fullName, school: profile.school, academicYear: year,
                               category: profile.category, language: language),
            blocks: blocks, footer: text(form.name))
    }
}
