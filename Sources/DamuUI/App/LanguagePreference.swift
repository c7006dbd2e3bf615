import CGtk
import DamuCore
import Foundation

/// The interface language chosen in Preferences, over the system's, kept in
/// `$XDG_CONFIG_HOME/damu/settings.ini` (per computer account, like the window size).
@MainActor
enum LanguagePreference {
    /// The choices Preferences offers, each named in its own language; nil follows the system.
    static let choices: [(code: String?, name: String)] = [
        (nil, ""), ("kk", "Қазақша"), ("ru", "Русский"), ("en", "English"),
    ]

    private static let group = "interface"
    private static let key = "language"
    private static var path: String { String(cString: g_get_user_config_dir()) + "/damu/settings.ini" }

    /// The stored choice, or nil when the system decides (or the file names no language Damu has).
    static var stored: String? {
        let file = g_key_file_new()
        defer { g_key_file_free(file) }
        guard g_key_file_load_from_file(file, path, G_KEY_FILE_NONE, nil) != 0,
              let value = g_key_file_get_string(file, group, key, nil) else { return nil }
        defer { g_free(value) }
        let code = String(cString: value)
        return choices.contains { $0.code == code } ? code : nil
    }

    /// Applies the stored choice; called before any window is built.
    static func applyStored() {
        if let code = stored { Localization.choose(language: code) }
    }

    /// Stores `code` (nil: follow the system) and applies it to every string translated from now on.
    static func choose(_ code: String?) throws {
        let file = g_key_file_new()
        defer { g_key_file_free(file) }
        _ = g_key_file_load_from_file(file, path, G_KEY_FILE_KEEP_COMMENTS, nil)
        if let code {
            g_key_file_set_string(file, group, key, code)
        } else {
            _ = g_key_file_remove_key(file, group, key, nil)
        }
        g_mkdir_with_parents((path as NSString).deletingLastPathComponent, 0o700)
        var error: UnsafeMutablePointer<GError>?
        if g_key_file_save_to_file(file, path, &error) == 0 {
            let reason = error.map { String(cString: $0.pointee.message) } ?? ""
            g_clear_error(&error)
            throw DamuError.storage(String(format: tr("The language could not be remembered in %@: %@"), path, reason))
        }
        Localization.choose(language: code)
    }
}
