import DamuCore

/// One screen of a coaching session on the projector: a heading, what the room looks at, and a
/// footer (where in the session this is). The same value draws the screen and the saved PNG.
public struct Slide: Sendable {
    public enum Content: Sendable {
        /// One prompt in large type.
        case prompt(String)
        /// The balance wheel filling the screen.
        case wheel(WheelPicture)
        /// The scaling question above a large 0–10 scale.
        case scale(question: String, score: Int?)
        /// Two wheels overlaid (`picture.overlayScores` is "before"), with a legend naming both.
        case comparison(WheelPicture, legend: String)
        /// The anonymous team picture.
        case team(TeamChart)
        /// The team's route sheets, direction by direction.
        case routes(RouteCompletionChart)
    }

    public var heading: String
    public var content: Content
    public var footer: String

    public init(heading: String, content: Content, footer: String = "") {
        self.heading = heading
        self.content = content
        self.footer = footer
    }
}

/// What the team slide shows: the aggregate and the words around it, never a teacher's own.
public struct TeamChart: Sendable {
    /// The template's sector names (not any teacher's renamed ones, which are their own words).
    public var sectorNames: [String]
    public var team: TeamPicture
    /// "12 teachers".
    public var countCaption: String
    /// Heading of the distribution of satisfaction scores.
    public var distributionTitle: String
    /// Explains the band: the usual spread, one standard deviation either side of the mean.
    public var bandCaption: String
    /// As `WheelPicture.textScale`, for the wheel's labels.
    public var textScale: Double = 1

    public init(sectorNames: [String], team: TeamPicture, countCaption: String, distributionTitle: String, bandCaption: String) {
        self.sectorNames = sectorNames
        self.team = team
        self.countCaption = countCaption
        self.distributionTitle = distributionTitle
        self.bandCaption = bandCaption
    }
}
