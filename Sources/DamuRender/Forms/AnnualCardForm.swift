import DamuCore
import Foundation

/// The annual reflection card «Оқу жылының қорытындысы» (Table 15) as an A4 form for an attestation
/// portfolio: the teacher, the four blocks with every answer, the year-satisfaction scale and the
/// motto, then the year as the lesson analyses tell it with the year's wheel.
public enum AnnualCardForm {
    public static func document(
        card: ReflectionCard, template: ReflectionCardsTemplate, profile: Profile, summary: YearSummary, language: String
    ) -> FormDocument {
        let form = template.annual
        func text(_ localized: LocalizedText) -> String { localized.text(in: card.language) }
        var blocks: [FormBlock] = []
        var index = 0
        for block in form.blocks {
            var rows: [FormTable.Row] = []
            for (number, prompt) in block.prompts.enumerated() {
                let answers = card.answers.indices.contains(index) ? card.answers[index] : []
                index += 1
                var answer = answers.count > 1
                    ? answers.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: "\n")
                    : answers.first ?? ""
                if prompt.hasScale {
                    let score = card.score.map { String(format: tr("%ld of 10"), $0) } ?? "—"
                    answer = score + (answer.isEmpty ? "" : "\n+1: " + answer)
                }
                rows.append(.cells(["\(number + 1)", text(prompt.text), answer]))
            }
            blocks.append(.heading(text(block.title)))
            blocks.append(.table(FormTable(
                columns: [.init("№", weight: 0.35, centred: true), .init(tr("Question"), weight: 3.2), .init(tr("Answer"), weight: 4.6)],
                rows: rows)))
        }

        blocks.append(.heading(tr("The year in the lesson analyses")))
        blocks.append(.fields(summaryFields(summary)))
        if let wheel = summary.latestWheel {
            let averages = summary.averageSectors.map { $0.map { Int($0.rounded()) } }
            var picture = WheelPicture(
                sectorNames: wheel.sectors.map(\.name), scores: averages, overlayScores: nil,
                title: tr("The year's balance wheel (average of each sector)"), showChanges: false)
            picture.subtitle = summary.academicYear.description
            blocks.append(.wheel(picture, height: 330))
        }
        if summary.scalingTrend.points.count > 1 {
            // Drawn in the print palette by the form, like the wheel: black and greys, readable in black and white.
            let line = TrendRenderer.Line(
                name: tr("Satisfaction (step 3)"), series: summary.scalingTrend, colour: Palette.print.text, emphasised: true)
            blocks.append(.trend([line], title: tr("Satisfaction after each lesson of the year"), height: 190))
        }
        if card.isDraft {
            blocks.append(.note(tr("Draft: not finished yet.")))
        }
        let subtitle = [form.table.map(text), summary.academicYear.description].compactMap { $0 }.joined(separator: " · ")
        return FormDocument(
            title: text(form.title), subtitle: subtitle,
            header: FormHeader(name: profile.fullName, school: profile.school, academicYear: card.academicYear,
                               category: profile.category, language: language,
                               more: [FormField(tr("Subjects"), profile.subjects)]),
            blocks: blocks,
            footer: text(form.title) + " · " + card.academicYear.description)
    }

    static func summaryFields(_ summary: YearSummary) -> [FormField] {
        var fields = [FormField(tr("Lesson analyses"), String(summary.analysisCount))]
        if let average = summary.averageWheel {
            fields.append(FormField(tr("Wheel average"), DecimalText.of(average)))
        }
        if let first = summary.firstTerm, let last = summary.lastTerm, let change = summary.termChange {
            fields.append(FormField(
                tr("First term → last term"),
                String(format: tr("term %ld: %@ → term %ld: %@ (%@)"), first.term, DecimalText.of(first.average), last.term,
                       DecimalText.of(last.average), DecimalText.of(change, signed: true))))
        }
        let scaling = summary.scalingTrend.points
        if let first = scaling.first, let last = scaling.last {
            fields.append(FormField(
                tr("Satisfaction after lessons (step 3)"),
                String(format: tr("from %.0f to %.0f over %ld lessons; %@"), first.value, last.value, scaling.count,
                       scaling.map { String(Int($0.value)) }.joined(separator: " "))))
        }
        if let sheet = summary.routeSheet {
            fields.append(FormField(tr("Route sheet"), RouteSheetProgress.summaryLine(sheet)))
        }
        if summary.growthPointsAnswered > 0 {
            fields.append(FormField(
                tr("Growth points tried"), String(format: tr("%ld of %ld"), summary.growthPointsTried, summary.growthPointsAnswered)))
        }
        return fields
    }
}
