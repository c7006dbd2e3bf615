import CGtk
import Foundation

/// Remembers the window's size and maximized state between runs, in
/// `$XDG_CONFIG_HOME/damu/window.ini` (per machine, not per teacher: it is not teaching data).
@MainActor
enum WindowState {
    private static let group = "window"

    private static var path: String {
        String(cString: g_get_user_config_dir()) + "/damu/window.ini"
    }

    static func restore(_ window: Widget) {
        var width: Int32 = 1000, height: Int32 = 720
        var maximized = false
        let file = g_key_file_new()
        defer { g_key_file_free(file) }
        if g_key_file_load_from_file(file, path, G_KEY_FILE_NONE, nil) != 0 {
            let storedWidth = g_key_file_get_integer(file, group, "width", nil)
            let storedHeight = g_key_file_get_integer(file, group, "height", nil)
            if storedWidth >= 600 { width = storedWidth }
            if storedHeight >= 400 { height = storedHeight }
            maximized = g_key_file_get_boolean(file, group, "maximized", nil) != 0
        }
        gtk_window_set_default_size(window.cast(), width, height)
        if maximized { gtk_window_maximize(window.cast()) }
    }

    static func save(_ window: Widget) {
        var width: Int32 = 0, height: Int32 = 0
        gtk_window_get_default_size(window.cast(), &width, &height)
        let file = g_key_file_new()
        defer { g_key_file_free(file) }
        g_key_file_set_integer(file, group, "width", width)
        g_key_file_set_integer(file, group, "height", height)
        g_key_file_set_boolean(file, group, "maximized", gtk_window_is_maximized(window.cast()))
        let folder = (path as NSString).deletingLastPathComponent
        g_mkdir_with_parents(folder, 0o700)
        g_key_file_save_to_file(file, path, nil)
    }
}
