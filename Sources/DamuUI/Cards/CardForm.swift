import CGtk
import DamuCore

/// The widgets of one reflection card, built from its template: each block's prompts with as many
/// answer fields as the prompt asks for, and the 0–10 scale with its "+1" answer. Reads back into a
/// `ReflectionCard`; keeps no copy of the values it shows.
@MainActor
final class CardForm {
    let widget: Widget
    let card: ReflectionCardsTemplate.Card
    /// One list of fields per prompt, in the template's order.
    private(set) var fields: [[TextArea]] = []
    let scale: ScoreScale
    var onChange: (@MainActor () -> Void)?

    init(card: ReflectionCardsTemplate.Card, language: String) {
        self.card = card
        func text(_ localized: LocalizedText) -> String { localized.text(in: language) }
        let scalePrompt = card.prompts.first(where: \.hasScale)
        scale = ScoreScale(accessibleName: scalePrompt.map { text($0.text) } ?? tr("Scale"))
        var children: [Widget] = []
        var number = 0
        for block in card.blocks {
            children.append(Label(text(block.title), style: "damu-step-title").widget)
            for (index, prompt) in block.prompts.enumerated() {
                number += 1
                let question = "\(index + 1). " + text(prompt.text)
                children.append(Label(question, style: "damu-question").widget)
                if prompt.hasScale {
                    children.append(scale.widget.align(horizontal: GTK_ALIGN_START))
                }
                var areas: [TextArea] = []
                for item in 0..<prompt.items {
                    let name = prompt.items > 1
                        ? String(format: tr("%@ (%ld of %ld)"), text(prompt.text), item + 1, prompt.items)
                        : text(prompt.text)
                    let area = TextArea(accessibleName: name, minimumHeight: prompt.items > 1 ? 40 : 56)
                    if prompt.items > 1 {
                        let row = Layout.horizontal(spacing: 8, [Label("\(item + 1).", style: "damu-hint", wrap: false).widget, area.widget])
                        children.append(row)
                    } else {
                        children.append(area.widget)
                    }
                    areas.append(area)
                }
                fields.append(areas)
            }
        }
        widget = Layout.vertical(spacing: 8, children).margins(top: 8, bottom: 16, start: 4, end: 16)
        scale.onChange = { [weak self] _ in self?.onChange?() }
        for area in fields.joined() { area.onChange { [weak self] in self?.onChange?() } }
    }

    func show(_ value: ReflectionCard) {
        for (areas, answers) in zip(fields, value.answers) {
            for (area, answer) in zip(areas, answers) { area.text = answer }
        }
        scale.set(value.score)
    }

    /// `value` with what the fields and the scale hold now.
    func read(into value: ReflectionCard) -> ReflectionCard {
        var result = value
        result.answers = fields.map { $0.map(\.text) }
        result.score = scale.score
        return result
    }
}
