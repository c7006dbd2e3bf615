import CGtk

/// A control with its visible mnemonic label before it; the label alone names the control
/// (GTK 4.8 would otherwise say the name twice).
@MainActor
enum LabelledField {
    /// `qualifier`, when given, sits between the label and the field it names: "Evidence: [Note ▾] [text]".
    static func row(_ title: String, _ field: Widget, expand: Bool = false, qualifier: Widget? = nil) -> Widget {
        let label = Widget(gtk_label_new_with_mnemonic(title))
        gtk_label_set_xalign(label.opaque, 0)
        field.nameFromLabel(label)
        field.expand(horizontal: expand)
        return Layout.horizontal(spacing: 6, [label] + (qualifier.map { [$0] } ?? []) + [field])
    }

    /// A text area under its label, so that its text wraps over the whole width.
    static func above(_ title: String, _ area: TextArea) -> Widget {
        let label = Widget(gtk_label_new_with_mnemonic(title))
        gtk_label_set_xalign(label.opaque, 0)
        area.textView.nameFromLabel(label)
        return Layout.vertical(spacing: 4, [label, area.widget])
    }
}
