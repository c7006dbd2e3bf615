import Foundation

/// The profile form as it was being typed and not yet saved, kept so that Damu ending without
/// asking (a crash, a power cut) does not lose a methodological topic or a goal half written.
public struct ProfileDraft: Codable, Hashable, Sendable {
    /// The profile as last saved; nil for a new one.
    public var original: Profile?
    /// What the form showed. A new profile keeps the id it will be saved with.
    public var shown: Profile

    public init(original: Profile?, shown: Profile) {
        self.original = original
        self.shown = shown
    }

    public var profileID: UUID { shown.id }
}
