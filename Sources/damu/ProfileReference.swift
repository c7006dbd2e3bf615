import DamuCore
import DamuStore
import Foundation

/// Finds a profile from what a teacher types after `--profile`: its id (or the start of it), or
/// the start of the name ("Айгүл" for "Айгүл Серікқызы Омарова"), ignoring case.
enum ProfileReference {
    static func resolve(_ text: String, in database: AppDatabase) throws -> Profile {
        let query = text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else {
            throw DamuError.invalid(field: "--profile", message: tr("must not be empty"))
        }
        if let id = UUID(uuidString: query) {
            guard let profile = try database.profile(id: id) else {
                throw DamuError.notFound(String(format: tr("No profile %@."), id.uuidString))
            }
            return profile
        }
        let profiles = try database.profiles()
        let needle = query.lowercased()
        if let exact = profiles.first(where: { $0.fullName.lowercased() == needle }) { return exact }
        let matches = profiles.filter {
            $0.fullName.lowercased().hasPrefix(needle) || $0.id.uuidString.lowercased().hasPrefix(needle)
        }
        switch matches.count {
        case 1:
            return matches[0]
        case 0:
            throw DamuError.notFound(String(format: tr("No profile matches “%@”. See: damu profiles list"), query))
        default:
            let names = matches.map { "\($0.fullName) (\($0.id.uuidString))" }.joined(separator: ", ")
            throw DamuError.invalid(
                field: "--profile",
                message: String(format: tr("“%@” matches several profiles: %@. Give more of the name, or the id."), query, names))
        }
    }
}
