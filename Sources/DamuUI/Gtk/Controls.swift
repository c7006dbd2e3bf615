import CGtk
import DamuCore
import GtkShim

/// Text shown to the teacher.
@MainActor
struct Label {
    let widget: Widget

    init(_ text: String = "", style: String? = nil, wrap: Bool = true, selectable: Bool = false) {
        widget = Widget(gtk_label_new(text))
        gtk_label_set_xalign(widget.opaque, 0)
        if wrap {
            gtk_label_set_wrap(widget.opaque, 1)
            gtk_label_set_wrap_mode(widget.opaque, PANGO_WRAP_WORD_CHAR)
        }
        gtk_label_set_selectable(widget.opaque, selectable ? 1 : 0)
        if let style { widget.css(style) }
    }

    var text: String {
        get { String(cString: gtk_label_get_text(widget.opaque)) }
        nonmutating set { gtk_label_set_text(widget.opaque, newValue) }
    }

    /// Makes this label the accessible name of `control` and its mnemonic target.
    func describes(_ control: Widget) {
        control.labelled(by: widget)
        gtk_label_set_mnemonic_widget(widget.opaque, control.pointer)
    }
}

/// A push button; `action` runs on click (and on Enter/Space while focused).
@MainActor
struct Button {
    let widget: Widget

    init(_ label: String, style: String? = nil, action: @escaping @MainActor () -> Void) {
        // A button made with a mnemonic label is named "_Save Save" by GTK 4.8; a button whose child
        // is the mnemonic label is named by that label alone, as a screen reader should say it.
        widget = Widget(gtk_button_new())
        let text = Widget(gtk_label_new_with_mnemonic(label))
        gtk_label_set_mnemonic_widget(text.opaque, widget.pointer)
        gtk_button_set_child(widget.cast(), text.pointer)
        if let style { widget.css(style) }
        Signal.on(widget, "clicked", action)
    }

    init(icon: String, accessibleName: String, action: @escaping @MainActor () -> Void) {
        widget = Widget(gtk_button_new_from_icon_name(icon))
        widget.accessibleName(accessibleName).tooltip(accessibleName)
        Signal.on(widget, "clicked", action)
    }

    func click() { widget.emit("clicked") }
}

/// A one-line text field.
@MainActor
struct Entry {
    let widget: Widget

    init(placeholder: String = "", accessibleName: String) {
        widget = Widget(gtk_entry_new())
        gtk_entry_set_placeholder_text(widget.cast(), placeholder)
        widget.accessibleName(accessibleName)
        widget.expand(horizontal: true)
    }

    var text: String {
        get { String(cString: gtk_editable_get_text(widget.opaque)) }
        nonmutating set { gtk_editable_set_text(widget.opaque, newValue) }
    }

    func onChange(_ body: @escaping @MainActor () -> Void) { Signal.on(widget, "changed", body) }

    /// A field for a day, which shows the form to write it in while empty and tells a screen
    /// reader that form whatever it holds.
    static func date(accessibleName: String) -> Entry {
        let entry = Entry(placeholder: DateText.pattern, accessibleName: accessibleName)
        entry.widget.accessibleDescription(String(format: tr("Write the day as %@"), DateText.pattern))
        return entry
    }
}

/// A multi-line answer field that grows with its text.
@MainActor
struct TextArea {
    let widget: Widget
    let textView: Widget

    init(accessibleName: String, minimumHeight: Int32 = 72) {
        textView = Widget(gtk_text_view_new())
        gtk_text_view_set_wrap_mode(textView.cast(), GTK_WRAP_WORD_CHAR)
        gtk_text_view_set_accepts_tab(textView.cast(), 0)
        gtk_text_view_set_top_margin(textView.cast(), 8)
        gtk_text_view_set_bottom_margin(textView.cast(), 8)
        gtk_text_view_set_left_margin(textView.cast(), 10)
        gtk_text_view_set_right_margin(textView.cast(), 10)
        textView.accessibleName(accessibleName).size(height: minimumHeight).expand(horizontal: true)
        widget = Widget(gtk_frame_new(nil))
        gtk_frame_set_child(widget.cast(), textView.pointer)
        widget.css("damu-answer")
        damu_shim_text_view_fit_when_shown(textView.pointer)
    }

    private var buffer: UnsafeMutablePointer<GtkTextBuffer> { gtk_text_view_get_buffer(textView.cast()) }

    var text: String {
        get {
            var start = GtkTextIter(), end = GtkTextIter()
            gtk_text_buffer_get_bounds(buffer, &start, &end)
            guard let chars = gtk_text_buffer_get_text(buffer, &start, &end, 0) else { return "" }
            defer { g_free(chars) }
            return String(cString: chars)
        }
        nonmutating set { gtk_text_buffer_set_text(buffer, newValue, -1) }
    }

    func onChange(_ body: @escaping @MainActor () -> Void) { Signal.on(UnsafeMutableRawPointer(buffer), "changed", body) }

    /// For a one-paragraph text (a topic, a motto, a name) that wraps rather than scroll out of
    /// sight as a one-line entry does: Enter runs `body`, as it activates an entry, and starts no
    /// new line, with or without Shift. Caught before the text view's own keys see it.
    func onEnter(_ body: @escaping @MainActor () -> Void) {
        let controller = gtk_event_controller_key_new()!
        gtk_event_controller_set_propagation_phase(controller, GTK_PHASE_CAPTURE)
        Signal.onKeyPressed(UnsafeMutableRawPointer(controller)) { keyval, _ in
            guard [GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter].contains(Int32(keyval)) else { return false }
            body()
            return true
        }
        gtk_widget_add_controller(textView.pointer, controller)
    }
}

/// A choice from a fixed list of strings.
@MainActor
struct DropDown {
    let widget: Widget

    init(items: [String], accessibleName: String) {
        let model = gtk_string_list_new(nil)
        for item in items { gtk_string_list_append(model, item) }
        // The drop-down takes ownership of the model.
        widget = Widget(gtk_drop_down_new(gopaque(model!), nil))
        widget.accessibleName(accessibleName)
    }

    var selected: Int {
        get {
            let value = gtk_drop_down_get_selected(widget.opaque)
            return value == UInt32(GTK_INVALID_LIST_POSITION) ? -1 : Int(value)
        }
        nonmutating set { gtk_drop_down_set_selected(widget.opaque, UInt32(max(newValue, 0))) }
    }

    /// Replaces the choices and chooses the first. The widget stays, with its place and its focus.
    /// `onChange` is not told: the selection moves on its way (the splice, then the first choice),
    /// and the caller, which asked for the new choices, shows what follows from them once.
    func replaceItems(_ items: [String]) {
        refilling { model in
            StringList.replaceAll(in: model, with: items)
            selected = 0
        }
    }

    /// Adds choices after the last one; the choice stays, and `onChange` is not told.
    func appendItems(_ items: [String]) {
        guard !items.isEmpty else { return }
        refilling { model in StringList.append(to: model, items) }
    }

    /// The menu that opens: the drop-down's popover child (its CSS nodes are documented so).
    var menu: Widget? { widget.children.first { $0.isA(gtk_popover_get_type()) } }

    /// Runs `body` as the menu opens, by click or by key, before its list is laid out. GTK 4.8's
    /// menu builds a row for each of up to 200 choices as soon as it is given them, shown or not,
    /// so a long list of choices is better handed over here than each time it changes.
    func onOpening(_ body: @escaping @MainActor () -> Void) {
        guard let menu else { return assertionFailure("GtkDropDown without its popover") }
        Signal.on(menu, "show", body)
    }

    /// Runs `body` when the teacher, or code setting `selected`, changes the choice.
    func onChange(_ body: @escaping @MainActor () -> Void) {
        let object = widget.pointer
        Signal.onNotify(widget.raw, "selected") {
            guard g_object_get_data(gcast(object), Self.refilling) == nil else { return }
            body()
        }
    }

    /// Changes the choices in `body`, with the widget marked so that `onChange` ignores the moves
    /// of the selection they cause.
    private func refilling(_ body: (OpaquePointer) -> Void) {
        guard let model = gtk_drop_down_get_model(widget.opaque) else { return }
        g_object_set_data(gcast(widget.pointer), Self.refilling, UnsafeMutableRawPointer(bitPattern: 1))
        defer { g_object_set_data(gcast(widget.pointer), Self.refilling, nil) }
        body(model)
    }

    /// Set on the widget while its choices are being changed.
    private static let refilling = "damu-refilling-choices"
}

/// An on/off switch with its label.
@MainActor
struct Toggle {
    let widget: Widget
    let check: Widget

    init(_ label: String) {
        // As for a button: made with a mnemonic label, GTK 4.8 names it "I am _new…"; a check
        // button whose child is the mnemonic label is named by that label as shown.
        check = Widget(gtk_check_button_new())
        if !label.isEmpty {
            let text = Widget(gtk_label_new_with_mnemonic(label))
            gtk_label_set_mnemonic_widget(text.opaque, check.pointer)
            gtk_label_set_wrap(text.opaque, 1)
            gtk_check_button_set_child(check.cast(), text.pointer)
        }
        widget = check
    }

    var isOn: Bool {
        get { gtk_check_button_get_active(check.cast()) != 0 }
        nonmutating set { gtk_check_button_set_active(check.cast(), newValue ? 1 : 0) }
    }

    func onChange(_ body: @escaping @MainActor () -> Void) { Signal.on(check, "toggled", body) }
}

/// A whole-number field with arrows.
@MainActor
struct NumberField {
    let widget: Widget

    init(range: ClosedRange<Int>, accessibleName: String) {
        widget = Widget(gtk_spin_button_new_with_range(Double(range.lowerBound), Double(range.upperBound), 1))
        gtk_spin_button_set_numeric(widget.opaque, 1)
        widget.accessibleName(accessibleName)
    }

    var value: Int {
        get { Int(gtk_spin_button_get_value_as_int(widget.opaque)) }
        nonmutating set { gtk_spin_button_set_value(widget.opaque, Double(newValue)) }
    }

    func onChange(_ body: @escaping @MainActor () -> Void) { Signal.on(widget, "value-changed", body) }
}

@MainActor
extension Widget {
    /// Gives this GtkMenuButton the menu `makeMenu` returns (a new GMenu, taken over) the first
    /// time the button opens, by click or by key, and keeps it after.
    func menuOnFirstOpen(_ makeMenu: @escaping @MainActor () -> OpaquePointer?) {
        typealias Maker = SignalHandler<Void, OpaquePointer?>
        let create: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { button, data in
            MainActor.assumeIsolated {
                guard let button, gtk_menu_button_get_menu_model(button) == nil,
                      let menu = Unmanaged<Maker>.fromOpaque(data!).takeUnretainedValue().body(())
                else { return }
                gtk_menu_button_set_menu_model(button, gcast(menu))
                g_object_unref(graw(menu))
            }
        }
        let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { data in
            Unmanaged<AnyObject>.fromOpaque(data!).release()
        }
        let data = Unmanaged.passRetained(Maker { _ in makeMenu() }).toOpaque()
        gtk_menu_button_set_create_popup_func(opaque, create, data, release)
    }
}
