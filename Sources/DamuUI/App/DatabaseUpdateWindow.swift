import CGtk
import DamuCore
import DamuStore

/// Shown while an older database is brought up to this version of Damu on another thread. On a
/// coach's database of a hundred teachers that takes seconds, once, and a start with no window at
/// all would look like Damu failed to start.
@MainActor
final class DatabaseUpdateWindow {
    let window: Widget
    let spinner: Widget
    /// Shown once the update says how many lessons it rewrites; the spinner alone says it is alive.
    let progressBar: Widget

    init(application: UnsafeMutablePointer<GtkApplication>?, databasePath: String) {
        // Belonging to the application, it keeps Damu running until the main window replaces it.
        window = application.map { Widget(gtk_application_window_new($0)) } ?? Widget(gtk_window_new())
        gtk_window_set_title(window.cast(), "Damu")
        gtk_window_set_titlebar(window.cast(), gtk_header_bar_new())
        gtk_window_set_default_size(window.cast(), 480, -1)
        gtk_window_set_resizable(window.cast(), 0)
        gtk_window_set_deletable(window.cast(), 0)
        let heading = Label(tr("Updating your database"), style: "damu-page-title")
        let explanation = Label(String(format: tr("This version of Damu keeps lessons in a newer way, so %@ is being updated. This happens once and may take a minute on a large database. What you wrote stays as it is."), databasePath))
        spinner = Widget(gtk_spinner_new()).size(width: 32, height: 32).align(horizontal: GTK_ALIGN_START)
        spinner.accessibleName(tr("Updating your database"))
        gtk_spinner_start(spinner.opaque)
        progressBar = Widget(gtk_progress_bar_new()).accessibleName(tr("Lessons updated"))
        gtk_progress_bar_set_show_text(progressBar.opaque, 1)
        progressBar.isVisible = false
        gtk_window_set_child(window.cast(), Layout.vertical(spacing: 18, [heading.widget, explanation.widget, spinner, progressBar]).margins(32).pointer)
        // An update stopped halfway is rolled back, but closing would only make the teacher start
        // it again: the window goes when the update is done.
        Signal.onBool(window.raw, "close-request") { true }
    }

    func show(_ progress: UpdateProgress) {
        progressBar.isVisible = true
        gtk_progress_bar_set_fraction(progressBar.opaque, progress.fraction)
        gtk_progress_bar_set_text(progressBar.opaque, progress.text)
    }

    func present() { gtk_window_present(window.cast()) }

    func close() { gtk_window_destroy(window.cast()) }
}
