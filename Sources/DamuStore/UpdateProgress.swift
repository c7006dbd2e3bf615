import DamuCore
import Foundation

/// How far the update of an older database has come, counted in the lessons it rewrites: the part
/// of an update that grows with the years a database holds (the rest takes a moment at any size).
public struct UpdateProgress: Sendable, Equatable {
    public let lessonsDone: Int
    public let lessons: Int

    public var fraction: Double { lessons == 0 ? 1 : Double(lessonsDone) / Double(lessons) }

    /// The count as the update's window and a terminal show it.
    public var text: String { String(format: tr("Lessons updated: %ld of %ld"), lessonsDone, lessons) }
}

/// Called only when there are lessons to count, on the updating thread inside the update's
/// transaction: it must only hand the figure on.
public typealias UpdateProgressReport = @Sendable (UpdateProgress) -> Void
