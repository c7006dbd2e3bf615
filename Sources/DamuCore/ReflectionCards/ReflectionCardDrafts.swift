import Foundation

/// The reflection cards of one year as they stand in the window and not yet saved: the annual
/// card, the weekly card of the week shown, or both (the two tabs share the year). Damu keeps
/// them in the database while they are typed and offers them back the next time the profile is
/// opened, as it does a lesson analysis (`AnalysisDraft`).
public struct ReflectionCardDrafts: Codable, Hashable, Sendable {
    public var profileID: UUID
    public var academicYear: AcademicYear
    /// Each card as its form showed it; nil when that card held nothing unsaved.
    public var annual: ReflectionCard?
    public var weekly: ReflectionCard?

    /// Nil when neither card holds anything unsaved.
    public init?(profileID: UUID, academicYear: AcademicYear, annual: ReflectionCard?, weekly: ReflectionCard?) {
        guard annual != nil || weekly != nil else { return nil }
        self.profileID = profileID
        self.academicYear = academicYear
        self.annual = annual
        self.weekly = weekly
    }
}
