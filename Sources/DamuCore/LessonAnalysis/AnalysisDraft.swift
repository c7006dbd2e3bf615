import Foundation

/// A lesson analysis as it stands in the window and not yet saved. Damu keeps it in the database
/// while it is typed, so a crash, a power cut or a desktop that logs out without asking (Xfce)
/// does not take the teacher's writing with it; the next time the profile is opened it is
/// offered back.
public struct AnalysisDraft: Codable, Hashable, Sendable {
    /// The analysis as last saved, or the blank one a new analysis started from.
    public var base: LessonAnalysis
    public var isNew: Bool
    /// What the form showed.
    public var shown: LessonAnalysis
    /// The date field as typed, which may not be a date yet.
    public var dateText: String
    /// The step that was shown.
    public var step: String

    public var profileID: UUID { base.profileID }

    public init(base: LessonAnalysis, isNew: Bool, shown: LessonAnalysis, dateText: String, step: String) {
        self.base = base
        self.isNew = isNew
        self.shown = shown
        self.dateText = dateText
        self.step = step
    }
}
