import Foundation
import Synchronization

/// The templates bundles carried, as checked before: every bundle carries its templates in full
/// (three languages of every question), and 100 bundles from one school carry the same few. Reading
/// and checking each again was half the cost of checking a bundle. A body is taken from here only
/// when it equals, value for value, one that passed every check.
enum CheckedTemplates {
    struct Key: Hashable, Sendable {
        var id: String
        var version: Int
        var body: JSONValue
    }

    struct Checked: Sendable {
        var template: BundleChecks.KnownTemplate
        /// Canonical JSON, as the store keeps snapshots.
        var snapshot: Data
    }

    /// More versions than a school's bundles could carry at once; past it the oldest are forgotten.
    static let capacity = 16

    private static let checked = Mutex<[Key: Checked]>([:])

    static func lookUp(_ key: Key) -> Checked? {
        checked.withLock { $0[key] }
    }

    static func remember(_ value: Checked, for key: Key) {
        checked.withLock { known in
            if known.count >= capacity { known.removeAll() }
            known[key] = value
        }
    }
}
