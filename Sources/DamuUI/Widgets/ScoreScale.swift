import CGtk
import DamuCore

/// A 0–10 score as a row of eleven buttons, one pressed at a time: big enough to hit on a projector,
/// and a score that has not been given yet is visibly different from 0 ("not implemented").
@MainActor
final class ScoreScale {
    let widget: Widget
    private var buttons: [Widget] = []
    private var updating = false
    private(set) var score: Int?
    var onChange: (@MainActor (Int?) -> Void)?

    init(accessibleName: String) {
        widget = Layout.horizontal(spacing: 2)
        widget.css("damu-score-scale", "linked")
        widget.accessibleName(accessibleName)
        var group: UnsafeMutablePointer<GtkToggleButton>?
        for value in Score.range {
            let button = Widget(gtk_toggle_button_new_with_label(String(value)))
            button.css("damu-score-button")
            button.accessibleName(String(format: tr("%@: %ld of 10"), accessibleName, value))
            let toggle: UnsafeMutablePointer<GtkToggleButton> = button.cast()
            if let group { gtk_toggle_button_set_group(toggle, group) } else { group = toggle }
            Signal.on(button, "toggled") { [weak self] in self?.toggled(value) }
            Layout.append(button, to: widget)
            buttons.append(button)
        }
    }

    func set(_ score: Int?) {
        updating = true
        defer { updating = false }
        self.score = score
        for (value, button) in buttons.enumerated() {
            gtk_toggle_button_set_active(button.cast(), value == score ? 1 : 0)
        }
    }

    /// The button for `value`, for keyboard focus and tests.
    func button(_ value: Int) -> Widget { buttons[value] }

    private func toggled(_ value: Int) {
        guard gtk_toggle_button_get_active(buttons[value].cast()) != 0, score != value else { return }
        score = value
        if !updating { onChange?(value) }
    }
}
