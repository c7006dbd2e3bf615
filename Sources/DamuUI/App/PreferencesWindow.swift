import CGtk
import DamuCore
import Foundation

/// Preferences (Ctrl+,): the interface language, over the system's. A choice applies at once.
@MainActor
final class PreferencesWindow {
    let window: Widget
    let language: DropDown
    private(set) var isOpen = true

    init(parent: Widget, onLanguage: @escaping @MainActor (String?) -> Void) {
        window = Widget(gtk_window_new())
        gtk_window_set_title(window.cast(), tr("Preferences"))
        gtk_window_set_transient_for(window.cast(), parent.cast())
        gtk_window_set_modal(window.cast(), 1)
        gtk_window_set_destroy_with_parent(window.cast(), 1)
        gtk_window_set_default_size(window.cast(), 460, -1)

        let names = LanguagePreference.choices.map { $0.code == nil ? tr("Same as the system") : $0.name }
        language = DropDown(items: names, accessibleName: tr("Interface language"))
        let stored = LanguagePreference.stored
        language.selected = LanguagePreference.choices.firstIndex { $0.code == stored } ?? 0
        let label = Widget(gtk_label_new_with_mnemonic(tr("Interface _language")))
        gtk_label_set_xalign(label.opaque, 0)
        language.widget.nameFromLabel(label)
        let hint = Label(tr("Damu switches at once, and what you have typed stays in the window. Saved lesson analyses keep the language they were written in."), style: "damu-hint")
        let row = Layout.horizontal(spacing: 12, [label.expand(horizontal: true), language.widget])
        gtk_window_set_child(window.cast(), Layout.vertical(spacing: 12, [row, hint.widget]).margins(24).pointer)

        language.onChange { [language] in
            let index = language.selected
            guard LanguagePreference.choices.indices.contains(index) else { return }
            // A new language rebuilds the windows, this drop-down with them: not while it is still
            // telling of its change (GTK would go on notifying a destroyed object).
            DispatchQueue.main.async { onLanguage(LanguagePreference.choices[index].code) }
        }
        Signal.on(window.raw, "destroy") { [weak self] in self?.isOpen = false }
        let escape = gtk_shortcut_controller_new()!
        gtk_shortcut_controller_add_shortcut(
            gopaque(escape), gtk_shortcut_new(gtk_keyval_trigger_new(guint(GDK_KEY_Escape), GdkModifierType(0)),
                                              gtk_named_action_new("window.close")))
        gtk_widget_add_controller(window.pointer, escape)
    }

    func present() { gtk_window_present(window.cast()) }
}
