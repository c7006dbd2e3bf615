import CGtk

/// Window actions ("win.*") and their keyboard shortcuts, without needing a GtkApplication.
@MainActor
struct Actions {
    let group: OpaquePointer
    let shortcuts: OpaquePointer

    init(on window: Widget) {
        group = gopaque(g_simple_action_group_new()!)
        gtk_widget_insert_action_group(window.pointer, "win", group)
        shortcuts = gopaque(gtk_shortcut_controller_new()!)
        gtk_shortcut_controller_set_scope(shortcuts, GTK_SHORTCUT_SCOPE_GLOBAL)
        gtk_widget_add_controller(window.pointer, shortcuts)
    }

    /// Adds `win.name`, optionally bound to `accelerator` (e.g. "<Control>s").
    func add(_ name: String, accelerator: String? = nil, _ body: @escaping @MainActor () -> Void) {
        let action = g_simple_action_new(name, nil)!
        // "activate" passes the action's parameter before the user data.
        Signal.onPointer(graw(action), "activate") { _ in body() }
        g_action_map_add_action(group, gopaque(action))
        g_object_unref(graw(action))
        if let accelerator {
            let shortcut = gtk_shortcut_new(
                gtk_shortcut_trigger_parse_string(accelerator), gtk_named_action_new("win." + name))
            gtk_shortcut_controller_add_shortcut(shortcuts, shortcut)
        }
    }

    func setEnabled(_ name: String, _ enabled: Bool) {
        guard let action = g_action_map_lookup_action(group, name) else { return }
        g_simple_action_set_enabled(gopaque(action), enabled ? 1 : 0)
    }

    func activate(_ name: String) {
        g_action_group_activate_action(group, name, nil)
    }
}
