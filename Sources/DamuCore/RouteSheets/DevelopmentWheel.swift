/// The teacher development wheel: the teacher's own growth, not a lesson's. Its sectors are by
/// default the directions of the teacher's route sheet; each is scored 0–10 three times a year
/// (start, middle, end), so the year shows as wheels laid over each other.
public struct DevelopmentWheel: Codable, Hashable, Sendable {
    public enum Moment: String, CaseIterable, Codable, Comparable, Sendable {
        case start, middle, end

        /// The scoring a school year asks for on `day`: the start in its first term (September to
        /// November), the middle around the winter holidays (December to February), the end after.
        public static func due(on day: LessonDate) -> Moment {
            switch day.month {
            case 9...11: return .start
            case 12, 1, 2: return .middle
            default: return .end
            }
        }

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }

        public var title: String {
            switch self {
            case .start: return tr("Start of the year")
            case .middle: return tr("Middle of the year")
            case .end: return tr("End of the year")
            }
        }
    }

    public struct Sector: Codable, Hashable, Sendable {
        public var name: String
        public var start: Int?
        public var middle: Int?
        public var end: Int?

        public init(name: String, start: Int? = nil, middle: Int? = nil, end: Int? = nil) {
            self.name = name
            self.start = start
            self.middle = middle
            self.end = end
        }

        public subscript(moment: Moment) -> Int? {
            get {
                switch moment {
                case .start: return start
                case .middle: return middle
                case .end: return end
                }
            }
            set {
                switch moment {
                case .start: start = newValue
                case .middle: middle = newValue
                case .end: end = newValue
                }
            }
        }
    }

    /// Fewer than three sectors draw no polygon; twelve is the longest route sheet (Педагог-зерттеуші).
    public static let sectorCounts = 3...12

    public var sectors: [Sector]

    public init(sectors: [Sector]) { self.sectors = sectors }

    /// An unscored wheel with sectors the teacher named.
    public init(sectorNames: [String]) {
        sectors = sectorNames.map { Sector(name: $0) }
    }

    /// An unscored wheel whose sectors are the directions of `category`'s route sheet.
    public init(template: RouteSheetTemplate, category: QualificationCategory, language: String) {
        self.init(sectorNames: template.sheet(for: category).rows.map { $0.direction.text(in: language) })
    }

    public var sectorNames: [String] { sectors.map(\.name) }

    /// One moment's scores in sector order: what `WheelPicture(sectorNames:scores:overlayScores:)` draws.
    public func scores(at moment: Moment) -> [Int?] { sectors.map { $0[moment] } }

    /// One moment as a balance wheel, for code that draws or compares `BalanceWheel`s. It has as
    /// many sectors as this wheel, so it is not meant for `BalanceWheel.validated()` (eight).
    public func balanceWheel(at moment: Moment) -> BalanceWheel {
        BalanceWheel(sectors: sectors.map { BalanceWheel.Sector(name: $0.name, score: $0[moment]) })
    }

    /// Mean of the sectors scored at `moment`, nil when none is.
    public func mean(at moment: Moment) -> Double? {
        let scored = sectors.compactMap { $0[moment] }
        return scored.isEmpty ? nil : Double(scored.reduce(0, +)) / Double(scored.count)
    }

    /// Per sector, the change from one moment to another; nil where either is unscored.
    public func changes(from earlier: Moment, to later: Moment) -> [Int?] {
        sectors.map { sector in
            guard let before = sector[earlier], let after = sector[later] else { return nil }
            return after - before
        }
    }

    /// The latest moment with any score: the wheel to show, with the one before it underneath.
    public var latestScoredMoment: Moment? {
        Moment.allCases.last { moment in sectors.contains { $0[moment] != nil } }
    }

    public mutating func setScore(_ score: Int?, sector: Int, at moment: Moment) throws {
        let field = String(format: tr("Sector %ld"), sector + 1)
        guard sectors.indices.contains(sector) else {
            throw DamuError.notFound(String(format: tr("%@ is not on this wheel."), field))
        }
        try Score.validate(score, field: field)
        sectors[sector][moment] = score
    }

    public func validated() throws -> DevelopmentWheel {
        guard Self.sectorCounts.contains(sectors.count) else {
            throw DamuError.invalid(
                field: tr("Development wheel"),
                message: String(format: tr("has %ld sectors; it must have %ld to %ld"),
                                sectors.count, Self.sectorCounts.lowerBound, Self.sectorCounts.upperBound))
        }
        var wheel = self
        for index in sectors.indices {
            let field = String(format: tr("Sector %ld"), index + 1)
            wheel.sectors[index].name = try TextRules.line(sectors[index].name, field: field, required: true)
            if wheel.sectors[index].name.count > BalanceWheel.sectorNameLimit {
                throw DamuError.invalid(
                    field: field,
                    message: String(format: tr("the name is longer than %ld characters"), BalanceWheel.sectorNameLimit))
            }
            for moment in Moment.allCases { try Score.validate(sectors[index][moment], field: field) }
        }
        return wheel
    }
}
