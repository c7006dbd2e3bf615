import CGtk
import DamuCore
import GtkShim

/// Modal questions and messages. GTK 4.8 has no GtkAlertDialog; GtkMessageDialog is the idiom.
@MainActor
enum Dialogs {
    struct Choice {
        let label: String
        let response: Int32
        let style: String?

        var destroysWork: Bool { style == "destructive-action" }
        var isSuggested: Bool { style == "suggested-action" }

        init(_ label: String, _ response: Int32, style: String? = nil) {
            self.label = label
            self.response = response
            self.style = style
        }
    }

    /// The dialog on screen, if any: tests answer it through its real buttons.
    private(set) static var presented: Widget?

    /// Asks a question; `handler` receives the chosen response (GTK_RESPONSE_DELETE_EVENT on Esc/close).
    static func ask(
        parent: Widget?, message: String, detail: String, choices: [Choice],
        handler: @escaping @MainActor (Int32) -> Void
    ) {
        show(GTK_MESSAGE_QUESTION, parent: parent, message: message, detail: detail, choices: choices, handler: handler)
    }

    /// Tells the teacher something went wrong, in words that name what.
    @discardableResult
    static func error(parent: Widget?, message: String, detail: String) -> Widget {
        show(GTK_MESSAGE_ERROR, parent: parent, message: message, detail: detail,
             choices: [Choice(tr("_Close"), GTK_RESPONSE_CLOSE.rawValue)]) { _ in }
    }

    @discardableResult
    private static func show(
        _ type: GtkMessageType, parent: Widget?, message: String, detail: String, choices: [Choice],
        handler: @escaping @MainActor (Int32) -> Void
    ) -> Widget {
        let dialog = Widget(damu_shim_message_dialog_new(parent?.cast(), type, GTK_BUTTONS_NONE, message))
        setDetail(dialog, detail)
        dialog.accessibleName(message)
        for choice in choices { addButton(choice, to: dialog) }
        present(dialog, handler: handler)
        // Enter and Space press the button that has the focus: the one drawn as suggested, else
        // the last, unless that one destroys work. Then it is the way out, so that Enter pressed
        // once too often after "Delete Profile…" does not take a teacher's years of lessons with it.
        let lastOrWayOut = choices.last?.destroysWork == true ? choices.first { !$0.destroysWork } : choices.last
        if let chosen = choices.first(where: \.isSuggested) ?? lastOrWayOut,
           let button = gtk_dialog_get_widget_for_response(dialog.cast(), chosen.response) {
            gtk_dialog_set_default_response(dialog.cast(), chosen.response)
            gtk_widget_grab_focus(button)
        }
        return dialog
    }

    /// Presses the button for `response` of the dialog on screen, as a click would.
    static func answer(_ response: Int32) {
        guard let dialog = presented,
              let button = gtk_dialog_get_widget_for_response(dialog.cast(), response) else { return }
        Widget(button).emit("clicked")
    }

    /// Closes the dialog on screen as Esc would, whatever its buttons: an error has only Close.
    static func dismiss() {
        guard let dialog = presented else { return }
        gtk_dialog_response(dialog.cast(), GTK_RESPONSE_DELETE_EVENT.rawValue)
    }

    /// GTK's own dialog buttons are named "_Cancel Cancel" by GTK 4.8; Damu's buttons, whose child
    /// is the mnemonic label, are named as they are shown.
    private static func addButton(_ choice: Choice, to dialog: Widget) {
        let button = Button(choice.label) {}
        if let style = choice.style { button.widget.css(style) }
        gtk_dialog_add_action_widget(dialog.cast(), button.widget.pointer, choice.response)
    }

    private static func setDetail(_ dialog: Widget, _ detail: String) {
        guard !detail.isEmpty else { return }
        damu_shim_object_set_string(dialog.raw, "secondary-text", detail)
    }

    private static func present(_ dialog: Widget, handler: @escaping @MainActor (Int32) -> Void) {
        presented = dialog
        Signal.onResponse(dialog.raw) { response in
            if presented == dialog { presented = nil }
            // The answer may close the window this dialog belongs to ("Save" while closing) before
            // the button's click lets go of the dialog: a dialog still transient for a window
            // already gone then disconnects from freed memory as it goes. It lets go of it first.
            gtk_window_set_transient_for(dialog.cast(), nil)
            gtk_window_destroy(dialog.cast())
            handler(response)
        }
        gtk_window_present(dialog.cast())
    }
}
