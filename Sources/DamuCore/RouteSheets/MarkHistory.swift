/// Every mark a row was given in the year, in the order given. Nothing is overwritten: a teacher
/// who moves a row from − to ± to + shows the path at the year-end conversation, not only the end.
public struct MarkHistory: Codable, Hashable, Sendable {
    public private(set) var entries: [RowMark]

    public init(_ entries: [RowMark] = []) { self.entries = entries }

    public var isEmpty: Bool { entries.isEmpty }

    /// The mark with the latest date; of marks on one day, the one given last. A mark can be
    /// entered late for an earlier day, so the order given alone does not decide.
    public var latest: RowMark? {
        entries.indices.max { (entries[$0].date, $0) < (entries[$1].date, $1) }.map { entries[$0] }
    }

    /// The row's mark now: the latest one's, or none.
    public var current: RouteMark { latest?.mark ?? .none }

    public mutating func append(_ mark: RowMark) { entries.append(mark) }

    public init(from decoder: Decoder) throws {
        entries = try decoder.singleValueContainer().decode([RowMark].self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries)
    }
}
