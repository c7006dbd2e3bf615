import DamuCore

/// Everything the balance wheel drawing shows; the same value draws the screen, the PNG and the PDF.
public struct WheelPicture: Hashable, Sendable {
    public var sectorNames: [String]
    /// 0–10 per sector; nil where the teacher has not scored yet.
    public var scores: [Int?]
    /// A second wheel drawn underneath, dashed: the "before" or the previous lesson.
    public var overlayScores: [Int?]?
    /// Drawn above the wheel when non-nil (exports); the screen has its own heading and passes nil.
    public var title: String?
    public var subtitle: String?
    /// The sector with keyboard focus, drawn emphasised.
    public var highlightedSector: Int?
    /// With an overlay, prints each sector's change (+2 / −1) beside its label.
    public var showChanges: Bool
    /// Further wheels, drawn under the overlay with shorter dashes: on the teacher development
    /// wheel, the scoring that is neither the one shown nor the one it is compared with.
    public var earlierOverlays: [[Int?]] = []
    /// Printed instead of each sector's score when set: a team's "5,4 ± 1,2", where no single score applies.
    public var scoreCaptions: [String]?
    /// Multiplies the text size the layout starts from: a projector wants larger labels than a window.
    public var textScale: Double = 1

    public init(
        sectorNames: [String], scores: [Int?], overlayScores: [Int?]? = nil, title: String? = nil,
        subtitle: String? = nil, highlightedSector: Int? = nil, showChanges: Bool = false
    ) {
        self.sectorNames = sectorNames
        self.scores = scores
        self.overlayScores = overlayScores
        self.title = title
        self.subtitle = subtitle
        self.highlightedSector = highlightedSector
        self.showChanges = showChanges
        scoreCaptions = nil
    }

    public init(wheel: BalanceWheel, overlay: BalanceWheel? = nil, title: String? = nil, subtitle: String? = nil) {
        self.init(
            sectorNames: wheel.sectors.map(\.name), scores: wheel.scores, overlayScores: overlay?.scores,
            title: title, subtitle: subtitle, showChanges: overlay != nil)
    }

    /// Sectors drawn: the names decide, scores beyond them are ignored and missing ones are unscored.
    var sectorCount: Int { sectorNames.count }

    func score(_ sector: Int) -> Int? {
        scores.indices.contains(sector) ? scores[sector].map(Self.clamped) : nil
    }

    func overlayScore(_ sector: Int) -> Int? {
        guard let overlayScores, overlayScores.indices.contains(sector) else { return nil }
        return overlayScores[sector].map(Self.clamped)
    }

    /// The change shown beside a label: nil unless both wheels scored the sector.
    func change(_ sector: Int) -> Int? {
        guard showChanges, overlayScores != nil, let now = score(sector), let before = overlayScore(sector) else {
            return nil
        }
        return now - before
    }

    func earlierScore(_ overlay: Int, _ sector: Int) -> Int? {
        guard earlierOverlays.indices.contains(overlay), earlierOverlays[overlay].indices.contains(sector) else { return nil }
        return earlierOverlays[overlay][sector].map(Self.clamped)
    }

    private static func clamped(_ score: Int) -> Int { min(max(score, 0), 10) }
}
