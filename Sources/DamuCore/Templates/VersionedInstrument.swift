import Foundation

/// An instrument shipped as versioned data in `data/templates/<identifier>.v<version>.json`.
/// Conformers check the counts of the seed in `checkShape`, so a file edited by hand that lost
/// a row is refused at start-up instead of showing a teacher a shorter sheet.
public protocol VersionedInstrument: Codable, Hashable, Sendable {
    static var identifier: String { get }
    var id: String { get }
    var version: Int { get }
    /// Throws `DamuError.template` naming `origin` and what is wrong.
    func checkShape(origin: String) throws
}

extension VersionedInstrument {
    public static func load(from url: URL) throws -> Self {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DamuError.template(String(format: tr("Cannot read the instrument file %@."), url.path))
        }
        return try decode(data, origin: url.lastPathComponent)
    }

    public static func decode(_ data: Data, origin: String) throws -> Self {
        let instrument: Self
        do { instrument = try JSONDecoder().decode(Self.self, from: data) } catch let error as DamuError {
            throw error
        } catch {
            throw DamuError.template(String(format: tr("The instrument file %@ is damaged: %@"), origin, "\(error)"))
        }
        guard instrument.id == identifier, instrument.version >= 1 else {
            throw DamuError.template(
                String(format: tr("%@: expected the instrument “%@” with a version of at least 1"), origin, identifier))
        }
        try instrument.checkShape(origin: origin)
        return instrument
    }

    /// The snapshot stored with each record: canonical JSON, so equal templates give equal bytes.
    public func snapshotJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}

/// Shared wording of the shape checks, so every instrument reports a wrong count the same way.
enum ShapeCheck {
    static func count(_ actual: Int, _ expected: Int, _ what: String, origin: String) throws {
        guard actual != expected else { return }
        throw DamuError.template(String(format: tr("%@: %@: %ld, expected %ld"), origin, what, actual, expected))
    }

    static func nonEmpty(_ count: Int, _ what: String, origin: String) throws {
        guard count == 0 else { return }
        throw DamuError.template(String(format: tr("%@: %@ is empty"), origin, what))
    }

    /// Every text of an instrument exists in Kazakh at least: the original the others translate.
    static func kazakh(_ texts: [LocalizedText], _ what: String, origin: String) throws {
        for text in texts where (text.values["kk"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw DamuError.template(String(format: tr("%@: %@ has no Kazakh text"), origin, what))
        }
    }
}
