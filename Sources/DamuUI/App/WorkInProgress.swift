import CGtk
import DamuCore
import Foundation

/// What the teacher has open in the window, unsaved work included: enough to build the window
/// again (in another language) and find everything where it was.
@MainActor
struct WorkInProgress {
    enum Place {
        case chooser
        case profileForm(original: Profile?, shown: Profile, returnPage: String)
        case history(Profile, selected: UUID?)
        case routeSheet(AcademicYear?)
        case editor(AnalysisEditorPage.Draft)
    }

    var place: Place
    var profile: Profile?
    var width: Int32
    var height: Int32
    var maximized: Bool
}

extension AppWindow {
    var workInProgress: WorkInProgress {
        let place: WorkInProgress.Place
        switch currentPage {
        case "profile":
            place = .profileForm(original: profileEditor.original, shown: profileEditor.current, returnPage: returnPage)
        case "history" where session.profile != nil:
            place = .history(session.profile!, selected: history.selected?.id)
        case "route-sheet":
            place = .routeSheet(routeSheet.sheet?.academicYear)
        case "editor" where editor.draft != nil:
            place = .editor(editor.draft!)
        default:
            place = .chooser
        }
        var width: Int32 = 0, height: Int32 = 0
        gtk_window_get_default_size(window.cast(), &width, &height)
        return WorkInProgress(
            place: place, profile: session.profile, width: width, height: height,
            maximized: gtk_window_is_maximized(window.cast()) != 0)
    }

    func resume(_ work: WorkInProgress) {
        gtk_window_set_default_size(window.cast(), work.width, work.height)
        if work.maximized { gtk_window_maximize(window.cast()) }
        session.profile = work.profile
        switch work.place {
        case .chooser:
            showChooser()
        case let .profileForm(original, shown, returnPage):
            showProfileForm(original)
            self.returnPage = returnPage
            profileEditor.resume(original: original, shown: shown)
        case let .history(profile, selected):
            showHistory(profile, select: selected)
        case let .routeSheet(year):
            showRouteSheet(year: year)
        case let .editor(draft):
            showEditor(draft.saved, template: draft.template, isNew: draft.isNew)
            editor.resume(draft)
        }
    }

    /// Shows the interface in `code` (nil: the system's language) at once: the window is built
    /// again around the same database and the same unsaved work, and this one is destroyed.
    func switchLanguage(to code: String?) {
        do {
            try LanguagePreference.choose(code)
        } catch {
            report(error, while: tr("The language was not changed"))
            return
        }
        session.language = Localization.interfaceLanguage
        let work = workInProgress
        let replacement = AppWindow(session: session, application: application)
        replacement.onReplaced = onReplaced
        replacement.resume(work)
        replacement.present()
        discard()
        onReplaced?(replacement)
        replacement.openPreferences()
    }
}
