import DamuCore
import DamuStore
import Foundation

/// Keeps the lesson analysis being typed in the database (`AnalysisDraft`), every two seconds
/// while it differs from what is saved, so a crash, a power cut or a logout that ends Damu
/// without asking loses at most the last two seconds (a session that says it is ending is
/// answered with a keep at once, by `AppWindow`); and forgets it once it is saved or let go.
/// The form is looked at rather than listened to, as `LogoutGuard` does and for its reason.
@MainActor
final class DraftKeeper {
    private unowned let editor: AnalysisEditorPage
    private let database: AppDatabase
    /// What was written last, so that a form left as it is is not written again.
    private var kept: AnalysisDraft?
    private lazy var timer = RepeatingTimer(seconds: 2) { [weak self] in self?.keep() }

    init(editor: AnalysisEditorPage, database: AppDatabase) {
        self.editor = editor
        self.database = database
    }

    /// Looks at the form every two seconds while `watching` (the editor is shown).
    func update(watching: Bool) {
        if watching { timer.start() } else { timer.stop() }
    }

    /// Writes what the form holds unsaved, if it changed since it was last written; once the form
    /// holds nothing unsaved again, forgets what was written.
    func keep() {
        guard let draft = editor.unsavedDraft, let template = editor.template else {
            if let kept { forget(profileID: kept.profileID) }
            return
        }
        guard draft != kept else { return }
        // A failed write (a full disk, a read-only database) is tried again at the next look; saving
        // is what tells the teacher what is wrong.
        guard (try? database.keepDraft(draft, template: template)) != nil else { return }
        kept = draft
    }

    /// The teacher's kept analysis is saved or let go: it is not offered again.
    func forget(profileID: UUID) {
        // A draft that could not be removed is offered again the next time; nothing is lost.
        try? database.dropDraft(profileID: profileID)
        kept = nil
    }

    /// The editor shows `draft` as it was kept.
    func resumed(_ draft: AnalysisDraft) {
        kept = draft
    }
}
