import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// The five steps of the lesson self-analysis (seed 004, Case 2), one page each, with the lesson's
/// details first. Nothing is written until Save; leaving with changes asks first.
@MainActor
final class AnalysisEditorPage {
    let widget: Widget
    private unowned let window: AppWindow
    // Sized by the step shown: each step scrolls and the stack fills the page, so sizing it by all
    // six only measured the wrapped questions nobody could see. A new analysis's first frame took
    // 43–73 ms that way and takes 25–30 ms now; a step's first showing takes about 1 ms more.
    private let steps = Stack(transition: GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT, homogeneous: false)
    private let switcherSlot = Layout.horizontal(spacing: 0)
    let status = Label(wrap: false)
    /// What the status line says of the analysis as stored; `showStatus` adds whether the form differs.
    private var storedStatus = ""
    let previousButton: Button
    let nextButton: Button
    let deleteButton: Button
    private(set) var saveButton: Button!
    let headerButtons: [Widget]

    /// The analysis as last saved (or the blank one, for a new analysis).
    private(set) var saved: LessonAnalysis?
    private(set) var template: LessonAnalysisTemplate?
    private(set) var isNew = true
    private(set) var form: AnalysisForm?

    static let stepNames = ["lesson", "context", "wheel", "scaling", "coaching", "growth"]

    init(window: AppWindow) {
        self.window = window
        let previous = Button(tr("_Previous")) {}
        let next = Button(tr("_Next"), style: "suggested-action") {}
        previousButton = previous
        nextButton = next
        previous.widget.tooltip(tr("Previous step (Page Up)"))
        next.widget.tooltip(tr("Next step (Page Down)"))
        status.widget.css("damu-hint").expand(horizontal: true)
        gtk_label_set_xalign(status.widget.opaque, 0.5)
        let footer = Layout.horizontal(spacing: 12, [previous.widget, status.widget, next.widget])
            .margins(top: 8, bottom: 12, start: 16, end: 16)
        switcherSlot.align(horizontal: GTK_ALIGN_CENTER).margins(top: 10, bottom: 6, start: 8, end: 8)
        steps.widget.expand(horizontal: true, vertical: true)
        widget = Layout.vertical(spacing: 0, [switcherSlot, Layout.separator(), steps.widget, Layout.separator(), footer])

        let save = Button(tr("_Save"), style: "suggested-action") {}
        save.widget.tooltip(tr("Save (Ctrl+S)"))
        deleteButton = Button(icon: "user-trash-symbolic", accessibleName: tr("Delete this lesson analysis")) {}
        headerButtons = [deleteButton.widget, save.widget]
        saveButton = save
        Signal.on(save.widget, "clicked") { [weak self] in _ = self?.save() }
        Signal.on(deleteButton.widget, "clicked") { [weak self] in self?.confirmDelete() }
        Signal.on(previous.widget, "clicked") { [weak self] in self?.move(by: -1) }
        Signal.on(next.widget, "clicked") { [weak self] in self?.move(by: 1) }
        Signal.onNotify(steps.widget.raw, "visible-child-name") { [weak self] in self?.stepShown() }
        installPageKeys()
    }

    /// There is no step before the lesson or after the growth point: the button that would
    /// lead there does nothing, so it says so.
    private func stepShown() {
        previousButton.widget.isSensitive = currentStep != Self.stepNames.first
        nextButton.widget.isSensitive = currentStep != Self.stepNames.last
    }

    /// Shows `analysis` for editing; the previous lesson's wheel is drawn dashed beneath its wheel.
    func load(_ analysis: LessonAnalysis, template: LessonAnalysisTemplate, isNew: Bool) {
        if let old = form { steps.remove(old.lessonPage); for page in old.stepPages { steps.remove(page) } }
        saved = analysis
        self.template = template
        self.isNew = isNew
        // A new analysis is not stored yet: the lesson before it is the latest.
        let previous = try? window.session.database.previousAnalysis(to: analysis)
        let form = AnalysisForm(template: template, language: analysis.language, previous: previous)
        self.form = form
        let titles = [tr("Lesson"), tr("1 · Context"), tr("2 · Wheel"), tr("3 · Scaling"), tr("4 · Coaching"), tr("5 · Growth point")]
        for (index, page) in ([form.lessonPage] + form.stepPages).enumerated() {
            steps.add(page, name: Self.stepNames[index], title: titles[index])
        }
        Layout.removeAll(from: switcherSlot)
        Layout.append(steps.switcher().accessibleName(tr("Steps of the analysis")), to: switcherSlot)
        form.fill(from: analysis)
        form.onChange = { [weak self] in self?.showStatus() }
        steps.visibleName = "lesson"
        stepShown()
        deleteButton.widget.isVisible = !isNew
        storedStatus = isNew ? tr("Not saved yet") : String(format: tr("Last saved %@"), DateText.of(moment: analysis.updatedAt))
        showStatus()
    }

    /// A stored analysis typed into, or resumed from what an earlier run kept, is no longer what
    /// "Last saved" showed: the line says so until it is saved or typed back.
    private func showStatus() {
        status.text = isNew || !isDirty ? storedStatus : storedStatus + " · " + tr("changes not saved")
    }

    var savedID: UUID? { isNew ? nil : saved?.id }

    /// The analysis as it stands in the window, saved or not, so the page can be built again.
    struct Draft {
        let saved: LessonAnalysis
        let template: LessonAnalysisTemplate
        let isNew: Bool
        let shown: LessonAnalysis
        let dateText: String
        let step: String
    }

    var draft: Draft? {
        guard let saved, let template, let form else { return nil }
        return Draft(saved: saved, template: template, isNew: isNew, shown: form.draft(basedOn: saved),
                     dateText: form.date.text, step: currentStep)
    }

    /// Shows `draft` as it was left: every answer, the date as typed, the same step.
    func resume(_ draft: Draft) {
        load(draft.saved, template: draft.template, isNew: draft.isNew)
        form?.fill(from: draft.shown)
        form?.date.text = draft.dateText
        showStep(draft.step)
        showStatus()
    }

    /// What the form holds that is not saved, as the database keeps it; nil when nothing is.
    var unsavedDraft: AnalysisDraft? {
        guard isDirty, let draft else { return nil }
        return AnalysisDraft(base: draft.saved, isNew: draft.isNew, shown: draft.shown, dateText: draft.dateText, step: draft.step)
    }

    /// Shows an analysis kept unsaved by an earlier run as it was left.
    func resume(_ kept: AnalysisDraft, template: LessonAnalysisTemplate) {
        resume(Draft(saved: kept.base, template: template, isNew: kept.isNew, shown: kept.shown,
                     dateText: kept.dateText, step: kept.step))
    }

    /// Whether the form differs from what was last saved (a date that does not parse counts as a change).
    var isDirty: Bool {
        guard let saved, let form else { return false }
        guard let current = try? form.analysis(basedOn: saved) else { return true }
        return current != saved
    }

    var currentStep: String { steps.visibleName ?? "lesson" }

    func showStep(_ name: String) { steps.visibleName = name }

    /// Saves what the form shows. On bad input a dialog names the field and the form keeps everything.
    @discardableResult
    func save() -> Bool {
        guard let saved, let template, let form else { return false }
        do {
            let analysis = try form.analysis(basedOn: saved)
            let stored = try window.session.database.save(analysis, template: template)
            window.drafts.forget(profileID: stored.profileID)
            self.saved = stored
            isNew = false
            form.fill(from: stored)
            deleteButton.widget.isVisible = true
            storedStatus = String(format: tr("Saved %@"), DateText.of(moment: stored.updatedAt))
            showStatus()
            return true
        } catch {
            window.report(error, while: tr("The lesson analysis was not saved"))
            return false
        }
    }

    /// What an export from this page draws: the analysis as it stands in the form.
    func exportSource() -> (LessonAnalysis, LessonAnalysisTemplate)? {
        guard let saved, let template, let form else { return nil }
        do {
            return (try form.analysis(basedOn: saved).validated(against: template), template)
        } catch {
            window.report(error, while: tr("The wheel was not exported"))
            return nil
        }
    }

    private func move(by offset: Int) {
        guard let index = Self.stepNames.firstIndex(of: currentStep) else { return }
        let target = min(max(index + offset, 0), Self.stepNames.count - 1)
        steps.visibleName = Self.stepNames[target]
    }

    /// Caught before the focused answer sees them: a text view takes Page Up and Page Down to move
    /// its cursor, and the first step already puts the focus in an answer.
    private func installPageKeys() {
        let controller = gtk_event_controller_key_new()!
        gtk_event_controller_set_propagation_phase(controller, GTK_PHASE_CAPTURE)
        Signal.onKeyPressed(UnsafeMutableRawPointer(controller)) { [weak self] keyval, _ in
            switch Int32(keyval) {
            case GDK_KEY_Page_Down: self?.move(by: 1); return true
            case GDK_KEY_Page_Up: self?.move(by: -1); return true
            default: return false
            }
        }
        gtk_widget_add_controller(widget.pointer, controller)
    }

    private func confirmDelete() {
        guard let saved, !isNew else { return }
        Dialogs.ask(
            parent: window.window, message: tr("Delete this lesson analysis?"),
            detail: String(format: tr("The analysis of the lesson of %@ will be removed."), DateText.of(saved.lesson.date)),
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Delete"), GTK_RESPONSE_ACCEPT.rawValue, style: "destructive-action"),
            ]
        ) { [weak self] response in
            guard let self, response == GTK_RESPONSE_ACCEPT.rawValue else { return }
            do {
                try window.session.database.deleteAnalysis(id: saved.id)
                window.drafts.forget(profileID: saved.profileID)
                self.saved = nil
                if let profile = window.session.profile { window.showHistory(profile) }
            } catch {
                window.report(error, while: tr("The lesson analysis was not deleted"))
            }
        }
    }
}
