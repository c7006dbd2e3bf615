import CGtk
import DamuCore
import DamuStore
import Foundation

/// Opening a teacher's profile offers back the lesson analysis an earlier run kept unsaved
/// (`DraftKeeper`): Damu crashed, the power went, or the desktop logged out without asking.
extension AppWindow {
    /// Shows the teacher's lessons, then asks about an analysis left unsaved, if there is one.
    func openProfile(_ profile: Profile) {
        showHistory(profile)
        let kept: (draft: AnalysisDraft, writtenAt: Date)?
        do {
            kept = try session.database.draft(profileID: profile.id)
        } catch {
            report(error, while: tr("The unsaved lesson analysis could not be opened"))
            return
        }
        guard let kept else { return }
        let detail = String(
            format: tr("Damu closed before the analysis of the lesson of %@ was saved. What was typed by %@ was kept on this computer."),
            kept.draft.shown.lesson.date.iso, AnalysisEditorPage.format(kept.writtenAt))
        Dialogs.ask(
            parent: window, message: tr("Go on with the unsaved lesson analysis?"), detail: detail,
            choices: [
                .init(tr("_Discard"), GTK_RESPONSE_REJECT.rawValue, style: "destructive-action"),
                .init(tr("_Go On"), GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action"),
            ]
        ) { [self] response in
            // Closing the question without an answer keeps the writing: it opens, and leaving it asks as usual.
            if response == GTK_RESPONSE_REJECT.rawValue {
                try? session.database.dropDraft(profileID: profile.id)
                return
            }
            resume(kept.draft)
        }
    }

    private func resume(_ kept: AnalysisDraft) {
        do {
            let template = try session.database.template(of: kept.base)
            showEditor(kept.base, template: template, isNew: kept.isNew)
            editor.resume(kept, template: template)
            drafts.resumed(kept)
        } catch {
            report(error, while: tr("The unsaved lesson analysis could not be opened"))
        }
    }
}
