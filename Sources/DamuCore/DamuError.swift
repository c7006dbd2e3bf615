/// An error a teacher can read: what is wrong, and with which field or file.
public enum DamuError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A value the teacher entered (or a command-line argument) that cannot be saved.
    case invalid(field: String, message: String)
    /// A record that does not exist (or was deleted).
    case notFound(String)
    /// A file or database that cannot be read or written.
    case storage(String)
    /// The instrument data shipped with Damu is missing or broken.
    case template(String)

    /// What is wrong, without the field it is about: for a caller that names the field its own
    /// way (a command-line option).
    public var message: String {
        switch self {
        case let .invalid(_, message), let .notFound(message), let .storage(message), let .template(message): return message
        }
    }

    public var description: String {
        switch self {
        case let .invalid(field, message): return "\(field): \(message)"
        case let .notFound(message), let .storage(message), let .template(message): return message
        }
    }
}
