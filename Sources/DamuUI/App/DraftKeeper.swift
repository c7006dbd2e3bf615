import Foundation

/// Keeps what a page holds unsaved in the database (an `AnalysisDraft`, the year's
/// `ReflectionCardDrafts`), every two seconds while it differs from what is saved, so a crash, a
/// power cut or a logout that ends Damu without asking loses at most the last two seconds (a
/// session that says it is ending is answered with a keep at once, by `AppWindow`); and forgets
/// it once it is saved or let go. The page is looked at rather than listened to, as
/// `LogoutGuard` does and for its reason.
@MainActor
final class DraftKeeper<Draft: Equatable> {
    private let unsaved: @MainActor () -> Draft?
    private let owner: (Draft) -> UUID
    private let write: @MainActor (Draft) throws -> Void
    private let drop: @MainActor (UUID) throws -> Void
    /// What was written last, so that a page left as it is is not written again.
    private var kept: Draft?
    private lazy var timer = RepeatingTimer(seconds: 2) { [weak self] in self?.keep() }

    /// `unsaved` is what the page holds unsaved, nil when nothing is; `owner` the teacher it
    /// belongs to; `write` keeps it and `drop` forgets a teacher's.
    init(
        unsaved: @escaping @MainActor () -> Draft?, owner: @escaping (Draft) -> UUID,
        write: @escaping @MainActor (Draft) throws -> Void, drop: @escaping @MainActor (UUID) throws -> Void
    ) {
        self.unsaved = unsaved
        self.owner = owner
        self.write = write
        self.drop = drop
    }

    /// Looks at the page every two seconds while `watching` (it is shown).
    func update(watching: Bool) {
        if watching { timer.start() } else { timer.stop() }
    }

    /// Writes what the page holds unsaved, if it changed since it was last written; once the
    /// page holds nothing unsaved again, forgets what was written.
    func keep() {
        guard let draft = unsaved() else {
            if let kept { forget(profileID: owner(kept)) }
            return
        }
        guard draft != kept else { return }
        // A failed write (a full disk, a read-only database) is tried again at the next look; saving
        // is what tells the teacher what is wrong.
        guard (try? write(draft)) != nil else { return }
        kept = draft
    }

    /// The teacher's kept work is saved or let go: it is not offered again.
    func forget(profileID: UUID) {
        // A draft that could not be removed is offered again the next time; nothing is lost.
        try? drop(profileID)
        kept = nil
    }

    /// The page shows `draft` as it was kept.
    func resumed(_ draft: Draft) {
        kept = draft
    }
}
