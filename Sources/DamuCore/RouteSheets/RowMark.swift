/// One mark a teacher gave a route-sheet row on a day, with what shows it.
public struct RowMark: Codable, Hashable, Sendable {
    public var mark: RouteMark
    public var date: LessonDate
    public var evidence: MarkEvidence?

    public init(mark: RouteMark, date: LessonDate, evidence: MarkEvidence? = nil) {
        self.mark = mark
        self.date = date
        self.evidence = evidence
    }
}
