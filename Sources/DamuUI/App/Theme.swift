import CGtk
import DamuRender
import Foundation
import GtkShim

/// The application's look: the renderer's palette chosen to match the desktop, and a little CSS
/// for readable answer fields and the score buttons.
@MainActor
enum Theme {
    static var palette: Palette {
        let name = damu_shim_theme_name()
        defer { g_free(name) }
        let theme = name.map { String(cString: $0) } ?? ""
        if theme.localizedCaseInsensitiveContains("contrast") { return .highContrast }
        let dark = damu_shim_prefers_dark() != 0 || theme.localizedCaseInsensitiveContains("dark")
        return dark ? .dark : .light
    }

    private static let css = """
    .damu-answer { border-radius: 6px; }
    .damu-answer textview { font-size: 1.05em; }
    .damu-question { font-weight: bold; }
    .damu-hint { opacity: 0.75; }
    .damu-score-button { min-width: 30px; padding-left: 4px; padding-right: 4px; }
    .damu-score-button:checked { font-weight: bold; background: #1c71d8; color: white; }
    .damu-page-title { font-size: 1.6em; font-weight: bold; }
    .damu-step-title { font-size: 1.3em; font-weight: bold; }
    .damu-card { border: 1px solid alpha(currentColor, 0.15); border-radius: 10px; padding: 14px; }
    .damu-empty-title { font-size: 1.5em; font-weight: bold; }
    .damu-followup { background: alpha(@accent_bg_color, 0.12); border-radius: 10px; padding: 12px; }
    .damu-number { font-feature-settings: "tnum"; }
    """

    static func install() {
        let provider = gtk_css_provider_new()!
        gtk_css_provider_load_from_data(provider, css, -1)
        gtk_style_context_add_provider_for_display(
            gdk_display_get_default(), gopaque(provider),
            UInt32(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
    }
}
