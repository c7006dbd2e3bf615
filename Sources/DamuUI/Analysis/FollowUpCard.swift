import CGtk
import DamuCore

/// "Last time you planned to …: did you try it?" — shown when a new analysis follows one with a growth point.
@MainActor
final class FollowUpCard {
    let widget: Widget
    private let planned = Label(style: "damu-question")
    let outcome: DropDown
    let note = TextArea(accessibleName: tr("How did it go?"), minimumHeight: 48)

    static let outcomes: [GrowthFollowUp.Outcome?] = [nil, .tried, .partly, .notYet]

    init() {
        outcome = DropDown(
            items: [tr("Not answered"), tr("Yes, I tried it"), tr("Partly"), tr("Not yet")],
            accessibleName: tr("Did you try it?"))
        let heading = Label(tr("Last time you planned:"), style: "heading")
        let question = Label(tr("Did you try it?"), wrap: false)
        let row = Layout.horizontal(spacing: 12, [question.widget, outcome.widget])
        widget = Layout.vertical(spacing: 8, [heading.widget, planned.widget, row, note.widget]).css("damu-followup")
    }

    func show(_ followUp: GrowthFollowUp?) {
        widget.isVisible = followUp != nil
        guard let followUp else { return }
        planned.text = followUp.plannedSteps.map { "• " + $0 }.joined(separator: "\n")
        outcome.selected = Self.outcomes.firstIndex(of: followUp.outcome) ?? 0
        note.text = followUp.note
    }

    func read(_ base: GrowthFollowUp?) -> GrowthFollowUp? {
        guard var followUp = base else { return nil }
        let index = outcome.selected
        followUp.outcome = Self.outcomes.indices.contains(index) ? Self.outcomes[index] : nil
        followUp.note = note.text
        return followUp
    }
}
