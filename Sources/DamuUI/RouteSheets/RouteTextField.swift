import CGtk

/// A text of the routes, saved as it is left or Enter is pressed in it: a one-line entry, or a
/// wrapping area for the longer topic and motto.
@MainActor
protocol RouteTextField {
    var text: String { get }
    /// The widget that holds the keyboard focus while the text is typed.
    var focusTarget: Widget { get }
    func onEnter(_ body: @escaping @MainActor () -> Void)
}

extension RouteTextField {
    /// Runs `body` when Enter is pressed in the field and when the keyboard focus leaves it.
    func onEnterOrLeave(_ body: @escaping @MainActor () -> Void) {
        onEnter(body)
        let focus = gtk_event_controller_focus_new()!
        Signal.on(UnsafeMutableRawPointer(focus), "leave", body)
        gtk_widget_add_controller(focusTarget.pointer, focus)
    }
}

extension Entry: RouteTextField {
    var focusTarget: Widget { widget }
    func onEnter(_ body: @escaping @MainActor () -> Void) { Signal.on(widget, "activate", body) }
}

extension TextArea: RouteTextField {
    var focusTarget: Widget { textView }
}
