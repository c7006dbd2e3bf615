import Foundation

/// Every shipped version of one instrument, newest last. A record names the version it was filled
/// against, so an old sheet still finds its texts after a newer template ships.
public struct InstrumentCatalog<Instrument: VersionedInstrument>: Sendable {
    public let versions: [Instrument]

    public init(versions: [Instrument]) {
        precondition(!versions.isEmpty)
        self.versions = versions.sorted { $0.version < $1.version }
    }

    /// The version a new record is filled against.
    public var current: Instrument { versions[versions.count - 1] }

    public func template(version: Int) -> Instrument? {
        versions.first { $0.version == version }
    }

    /// Loads every `<identifier>.v*.json` in `directory/templates`.
    public static func load(dataDirectory directory: URL) throws -> InstrumentCatalog {
        let folder = directory.appendingPathComponent("templates", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasPrefix(Instrument.identifier + ".v") && $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else {
            throw DamuError.template(String(format: tr("No “%@” instrument file in %@."), Instrument.identifier, folder.path))
        }
        return InstrumentCatalog(versions: try files.map { try Instrument.load(from: folder.appendingPathComponent($0)) })
    }

    /// The catalog from the data directory Damu finds itself (see `ResourceLocator`).
    public static func shipped() throws -> InstrumentCatalog {
        guard let directory = ResourceLocator.dataDirectory() else {
            throw DamuError.template(tr("Damu's data folder was not found. Set DAMU_DATA_DIR to the folder that holds templates/."))
        }
        return try load(dataDirectory: directory)
    }
}

public typealias RouteSheetCatalog = InstrumentCatalog<RouteSheetTemplate>
public typealias QualificationLevelsCatalog = InstrumentCatalog<QualificationLevelsTemplate>
public typealias IndividualRoutesCatalog = InstrumentCatalog<IndividualRoutesTemplate>
