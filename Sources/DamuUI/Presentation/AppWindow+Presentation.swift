import CGtk
import DamuCore
import DamuRender
import Foundation

/// Presentation mode: the window goes fullscreen without its header bar and shows one slide at a
/// time; leaving returns to the page it was started from.
extension AppWindow {
    var presentationMenuItems: [(String, String)] {
        [(tr("Presentation _Mode"), "win.presentation"), (tr("_Compare Wheels on the Projector"), "win.compare-wheels"),
         (tr("_Team Picture…"), "win.team-picture")]
    }

    func installPresentationActions() {
        actions.add("presentation", accelerator: "F11") { [weak self] in
            guard let self else { return }
            if currentPage == "presentation" { presentation.exit() } else { presentAnalysis() }
        }
        actions.add("compare-wheels") { [weak self] in self?.presentComparisons() }
        actions.add("team-picture") { [weak self] in
            guard let self else { return }
            leaveEditor { [self] in
                teamPicker.reload()
                show("team", title: tr("Team picture"))
            }
        }
    }

    func updatePresentationActions() {
        let withProfile = session.profile != nil && (currentPage == "history" || currentPage == "editor")
        actions.setEnabled("presentation", withProfile || currentPage == "presentation")
        actions.setEnabled("compare-wheels", withProfile)
        actions.setEnabled("team-picture", currentPage != "presentation" && currentPage != "profile")
        if currentPage == "presentation" {
            actions.setEnabled("save", presentation.draft != nil)
            // Leaving goes through Esc, so the unsaved-scores question is always asked.
            for name in ["new-analysis", "edit-profile", "switch-profile", "back"] { actions.setEnabled(name, false) }
        } else {
            actions.setEnabled("back", true)
        }
    }

    /// The lesson self-analysis as slides: the one in the editor, or a new one for the open profile.
    func presentAnalysis() {
        guard let profile = session.profile else { return }
        let origin = (currentPage, currentTitle)
        let analysis: LessonAnalysis
        let template: LessonAnalysisTemplate
        let isNew: Bool
        do {
            if currentPage == "editor", let saved = editor.saved, let form = editor.form, let editorTemplate = editor.template {
                analysis = try form.analysis(basedOn: saved)
                template = editorTemplate
                isNew = editor.isNew
            } else {
                (analysis, template) = try session.newAnalysis(for: profile)
                isNew = true
            }
        } catch {
            report(error, while: tr("Cannot start the presentation"))
            return
        }
        // The page keeps this until the presentation ends: weak, so a window closed meanwhile goes.
        presentation.present(analysis, template: template, isNew: isNew) { [weak self] stored in
            guard let self else { return }
            leavePresentation()
            if origin.0 == "editor" {
                if let stored { editor.load(stored, template: template, isNew: false) }
                show("editor", title: origin.1)
            } else {
                showHistory(profile, select: stored?.id)
            }
        }
        enterPresentation()
    }

    /// The open profile's lessons compared on the projector: this against the last, first against latest, the year.
    func presentComparisons() {
        guard let profile = session.profile else { return }
        leaveEditor { [self] in
            let origin = (currentPage, currentTitle)
            do {
                let slides = SlideDeck.comparisons(try session.database.comparableLessons(profileID: profile.id))
                guard !slides.isEmpty else {
                    Dialogs.error(
                        parent: window, message: tr("Nothing to compare yet"),
                        detail: tr("A comparison needs at least two lesson analyses of this teacher."))
                    return
                }
                presentation.present(slides) { [weak self] _ in
                    guard let self else { return }
                    leavePresentation()
                    show(origin.0, title: origin.1)
                }
                enterPresentation()
            } catch {
                report(error, while: tr("Cannot start the presentation"))
            }
        }
    }

    /// The anonymous team picture of `contributions`, from the team page.
    func presentTeam(_ contributions: [TeamContribution], routeSheets: [RouteSheet] = []) {
        var slides = [SlideDeck.team(contributions, template: session.catalog.current, language: session.language)]
        if let template = try? session.routeSheetCatalog().current,
           let routes = SlideDeck.routes(TeamRouteCompletion(routeSheets, template: template, language: session.language)) {
            slides.append(routes)
        }
        presentation.present(slides) { [weak self] _ in
            guard let self else { return }
            leavePresentation()
            show("team", title: tr("Team picture"))
        }
        enterPresentation()
    }

    /// Shows the presentation page once its deck is loaded, so actions such as Save know what it holds.
    private func enterPresentation() {
        header.isVisible = false
        gtk_window_fullscreen(window.cast())
        show("presentation", title: tr("Presentation"))
        presentation.focusSlide()
    }

    private func leavePresentation() {
        gtk_window_unfullscreen(window.cast())
        header.isVisible = true
    }
}
