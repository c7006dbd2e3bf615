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
        return palette(themeName: name.map { String(cString: $0) } ?? "", prefersDark: damu_shim_prefers_dark() != 0)
    }

    /// GTK's own names are "Default-hc" and "Default-hc-dark"; desktops also set "HighContrast" and
    /// "HighContrastInverse" (white on black).
    static func palette(themeName theme: String, prefersDark: Bool) -> Palette {
        let lowered = theme.lowercased()
        let highContrast = lowered.contains("contrast") || lowered.hasSuffix("-hc") || lowered.contains("-hc-")
        let dark = prefersDark || lowered.contains("dark") || lowered.contains("inverse")
        switch (highContrast, dark) {
        case (true, true): return .highContrastDark
        case (true, false): return .highContrast
        case (false, true): return .dark
        case (false, false): return .light
        }
    }

    private struct Redraw {
        weak var owner: AnyObject?
        let body: @MainActor () -> Void
    }

    private static var redraws: [Redraw] = []
    private static var following = false

    /// Pictures drawn with `palette` redraw when the desktop's style changes while Damu is open,
    /// for as long as `owner` lives.
    static func redrawOnChange(_ owner: AnyObject, _ redraw: @escaping @MainActor () -> Void) {
        redraws.append(Redraw(owner: owner, body: redraw))
    }

    private static func styleChanged() {
        redraws.removeAll { $0.owner == nil }
        for redraw in redraws { redraw.body() }
    }

    /// Follows the desktop: GtkSettings (theme name, dark preference) and the settings portal's
    /// colour scheme, which GTK 4.8 does not read itself.
    static func followDesktop() {
        guard !following else { return }
        following = true
        damu_shim_on_style_change {
            MainActor.assumeIsolated { Theme.styleChanged() }
        }
        damu_shim_follow_color_scheme()
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
    /* The lesson list is a one-column grid view (LessonList): its cells look like a sidebar's rows. */
    gridview.navigation-sidebar > child { padding: 0 8px; border-radius: 5px; margin: 0 5px 2px; }
    gridview.navigation-sidebar > child:hover { background-color: alpha(currentColor, 0.07); }
    gridview.navigation-sidebar > child:selected { background-color: alpha(currentColor, 0.1); color: inherit; }
    gridview.navigation-sidebar > child:selected:hover { background-color: alpha(currentColor, 0.13); }
    """

    static func install() {
        followDesktop()
        let provider = gtk_css_provider_new()!
        gtk_css_provider_load_from_data(provider, css, -1)
        gtk_style_context_add_provider_for_display(
            gdk_display_get_default(), gopaque(provider),
            UInt32(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
    }
}
