/// The lesson balance wheel (тепе-теңдік дөңгелегі): 8 sectors, each scored 0–10, where 0 means
/// not implemented and 10 fully satisfying. A sector not yet scored has no score.
public struct BalanceWheel: Codable, Hashable, Sendable {
    public static let sectorCount = 8
    public static let sectorNameLimit = 80

    public struct Sector: Codable, Hashable, Sendable {
        /// The name the teacher sees; the template's unless the teacher renamed it.
        public var name: String
        public var score: Int?

        public init(name: String, score: Int? = nil) {
            self.name = name
            self.score = score
        }
    }

    public var sectors: [Sector]

    public init(sectors: [Sector]) { self.sectors = sectors }

    /// A fresh wheel named after the template's sectors in `language`.
    public init(template: LessonAnalysisTemplate, language: String) {
        sectors = template.wheel.sectors.map { Sector(name: $0.name.text(in: language)) }
    }

    public var scores: [Int?] { sectors.map(\.score) }
    public var isFullyScored: Bool { sectors.allSatisfy { $0.score != nil } }

    /// Mean of the scored sectors, nil when none is scored.
    public var mean: Double? { Self.mean(of: scores) }

    /// Mean of the scores given, nil when none is: a wheel's, or a lesson summary's.
    public static func mean(of scores: [Int?]) -> Double? {
        let scored = scores.compactMap { $0 }
        return scored.isEmpty ? nil : Double(scored.reduce(0, +)) / Double(scored.count)
    }

    public func validated() throws -> BalanceWheel {
        guard sectors.count == Self.sectorCount else {
            throw DamuError.invalid(
                field: tr("Balance wheel"),
                message: String(format: tr("has %ld sectors; it must have %ld"), sectors.count, Self.sectorCount))
        }
        var wheel = self
        for index in sectors.indices {
            let field = { String(format: tr("Sector %ld"), index + 1) }
            wheel.sectors[index].name = try TextRules.line(sectors[index].name, field: field(), required: true)
            let name = wheel.sectors[index].name
            if name.utf8.count > Self.sectorNameLimit, name.count > Self.sectorNameLimit {
                throw DamuError.invalid(
                    field: field(), message: String(format: tr("the name is longer than %ld characters"), Self.sectorNameLimit))
            }
            try Score.validate(sectors[index].score, field: field())
        }
        return wheel
    }
}
