import CGtk
import DamuCore
import DamuStore
import Foundation

/// Opening a teacher's profile offers back the lesson analysis or the reflection cards an
/// earlier run kept unsaved (`DraftKeeper`), and starting Damu the profile form: Damu crashed,
/// the power went, or the desktop logged out without asking.
extension AppWindow {
    /// Shows the teacher's lessons, then asks about an analysis left unsaved, if there is one, or
    /// else about reflection cards left unsaved. Only one page can be typed in at a time, so both
    /// are kept only when one was left long before; the cards are then offered the next time.
    func openProfile(_ profile: Profile) {
        showHistory(profile)
        let kept: (draft: AnalysisDraft, writtenAt: Date)?
        do {
            kept = try session.database.draft(profileID: profile.id)
        } catch {
            offerUnreadable(error, message: tr("The unsaved lesson analysis could not be opened")) { [self] in
                try? session.database.dropDraft(profileID: profile.id)
            } then: { [self] in
                offerKeptCards(of: profile)
            }
            return
        }
        guard let kept else { return offerKeptCards(of: profile) }
        let detail = String(
            format: tr("Damu closed before the analysis of the lesson of %@ was saved. What was typed by %@ was kept on this computer."),
            DateText.of(kept.draft.shown.lesson.date), DateText.of(moment: kept.writtenAt))
        offerKept(message: tr("Go on with the unsaved lesson analysis?"), detail: detail) { [self] goOn in
            if goOn { resume(kept.draft) } else { try? session.database.dropDraft(profileID: profile.id) }
        }
    }

    /// As Damu starts: asks about a profile form an earlier run left unsaved, if there is one.
    func offerKeptProfile() {
        let kept: (draft: ProfileDraft, writtenAt: Date)?
        do {
            kept = try session.database.profileDraft()
        } catch {
            offerUnreadable(
                error, message: tr("The unsaved profile could not be opened"),
                keptUntil: tr("If you keep it, it is offered again the next time Damu starts. What is saved is not touched either way.")
            ) { [self] in
                try? session.database.dropEveryProfileDraft()
            } then: {}
            return
        }
        guard let kept else { return }
        let name = kept.draft.shown.fullName.trimmingCharacters(in: .whitespaces)
        let written = DateText.of(moment: kept.writtenAt)
        let detail = name.isEmpty
            ? String(format: tr("Damu closed before a new profile was saved. What was typed by %@ was kept on this computer."), written)
            : String(format: tr("Damu closed before the profile of %@ was saved. What was typed by %@ was kept on this computer."), name, written)
        offerKept(message: tr("Go on with the unsaved profile?"), detail: detail) { [self] goOn in
            guard goOn else { try? session.database.dropProfileDraft(profileID: kept.draft.profileID); return }
            showProfileForm(kept.draft.original)
            profileEditor.resume(original: kept.draft.original, shown: kept.draft.shown)
            profileDrafts.resumed(kept.draft)
        }
    }

    /// Go On / Discard about work kept unsaved. Closing the question without an answer keeps the
    /// writing: it opens, and leaving it asks as usual.
    private func offerKept(message: String, detail: String, _ answer: @escaping @MainActor (_ goOn: Bool) -> Void) {
        Dialogs.ask(
            parent: window, message: message, detail: detail,
            choices: [
                .init(trc("kept work", "_Discard"), GTK_RESPONSE_REJECT.rawValue, style: "destructive-action"),
                .init(tr("_Go On"), GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action"),
            ]
        ) { response in answer(response != GTK_RESPONSE_REJECT.rawValue) }
    }

    /// Work kept by an earlier run that this Damu cannot read (a later Damu's, or damaged) is
    /// named, and the teacher chooses: keep it, to be offered again the next time, or let it go.
    /// Enter keeps it. Then `then` runs, whichever the answer.
    private func offerUnreadable(
        _ error: Error, message: String,
        keptUntil: String = tr("If you keep it, it is offered again the next time this profile opens. What is saved is not touched either way."),
        drop: @escaping @MainActor () -> Void, then: @escaping @MainActor () -> Void
    ) {
        Dialogs.ask(
            parent: window, message: message,
            detail: tr("It was written by a later Damu, or it is damaged.") + " " + keptUntil + "\n\n" + "\(error)",
            choices: [
                .init(trc("kept work", "_Discard"), GTK_RESPONSE_REJECT.rawValue, style: "destructive-action"),
                .init(tr("_Keep It"), GTK_RESPONSE_ACCEPT.rawValue),
            ]
        ) { response in
            if response == GTK_RESPONSE_REJECT.rawValue { drop() }
            then()
        }
    }

    private func offerKeptCards(of profile: Profile) {
        let kept: (drafts: ReflectionCardDrafts, writtenAt: Date)?
        do {
            kept = try session.database.cardDrafts(profileID: profile.id)
        } catch {
            offerUnreadable(error, message: tr("The unsaved reflection cards could not be opened")) { [self] in
                try? session.database.dropCardDrafts(profileID: profile.id)
            } then: {}
            return
        }
        guard let kept else { return }
        let detail = String(
            format: tr("Damu closed before the reflection cards of %@ were saved. What was typed by %@ was kept on this computer."),
            kept.drafts.academicYear.description, DateText.of(moment: kept.writtenAt))
        offerKept(message: tr("Go on with the unsaved reflection cards?"), detail: detail) { [self] goOn in
            guard goOn else { try? session.database.dropCardDrafts(profileID: profile.id); return }
            showCards()
            cards.resume(kept.drafts, profile: profile)
            cardDrafts.resumed(kept.drafts)
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
