import Foundation

/// How a group scored one thing on the 0–10 scale: how many scored it, the mean, the spread
/// (population standard deviation: the group is the whole room, not a sample of it), lowest and highest.
public struct ScoreSpread: Hashable, Sendable {
    public let count: Int
    public let mean: Double
    public let standardDeviation: Double
    public let minimum: Int
    public let maximum: Int

    /// nil when nobody scored it.
    public init?(_ scores: [Int]) {
        guard let minimum = scores.min(), let maximum = scores.max() else { return nil }
        count = scores.count
        mean = Double(scores.reduce(0, +)) / Double(count)
        let mean = self.mean
        let variance = scores.map { (Double($0) - mean) * (Double($0) - mean) }.reduce(0, +) / Double(count)
        standardDeviation = variance.squareRoot()
        self.minimum = minimum
        self.maximum = maximum
    }

    /// The band drawn around the mean: one standard deviation each way, kept on the 0–10 scale.
    public var band: ClosedRange<Double> {
        let range = Double(Score.range.lowerBound)...Double(Score.range.upperBound)
        return max(mean - standardDeviation, range.lowerBound)...min(mean + standardDeviation, range.upperBound)
    }
}
