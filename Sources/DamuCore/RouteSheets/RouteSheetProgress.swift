/// Where a route sheet stands: how many rows carry each mark now, what is left, and one value
/// for the year-end summary.
public struct RouteSheetProgress: Hashable, Sendable {
    public var achieved = 0
    public var partial = 0
    public var notAchieved = 0
    public var unmarked = 0

    /// Counts the current marks of a sheet's rows.
    public init(marks: [RouteMark]) {
        for mark in marks {
            switch mark {
            case .achieved: achieved += 1
            case .partial: partial += 1
            case .notAchieved: notAchieved += 1
            case .none: unmarked += 1
            }
        }
    }

    public var total: Int { achieved + partial + notAchieved + unmarked }
    public var marked: Int { total - unmarked }
    /// Rows still to reach "+": partially achieved, not achieved and unmarked ones.
    public var remaining: Int { total - achieved }
    public var isComplete: Bool { total > 0 && achieved == total }

    /// The year-end value, 0–1: a "+" row counts whole and a "±" row half, because the scale says
    /// "partially achieved" and a teacher reads it as half-way; "−" and unmarked rows count nothing.
    public var completion: Double {
        total == 0 ? 0 : (Double(achieved) + Double(partial) / 2) / Double(total)
    }

    /// `completion` as a whole percentage, for the summary card.
    public var percent: Int { Int((completion * 100).rounded()) }
}

extension RouteSheetProgress {
    /// "6 +, 2 ±, 0 −, 0 unmarked (88% done)", for a summary beside or on a card.
    public static func summaryLine(_ progress: RouteSheetProgress) -> String {
        String(format: tr("%ld +, %ld ±, %ld −, %ld unmarked (%ld%% done)"),
               progress.achieved, progress.partial, progress.notAchieved, progress.unmarked, progress.percent)
    }
}
