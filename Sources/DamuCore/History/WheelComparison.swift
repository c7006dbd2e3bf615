/// Two wheels side by side: the change of each sector from `before` to `after`.
public struct WheelComparison: Hashable, Sendable {
    public let before: BalanceWheel
    public let after: BalanceWheel

    public init(before: BalanceWheel, after: BalanceWheel) {
        self.before = before
        self.after = after
    }

    /// Per sector, `after − before`; nil where either is unscored.
    public var changes: [Int?] {
        zip(before.sectors, after.sectors).map { old, new in
            guard let old = old.score, let new = new.score else { return nil }
            return new - old
        }
    }
}
