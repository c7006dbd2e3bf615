import Foundation

/// The lesson-analysis templates shipped in `data/templates/`, every version, newest last.
public struct TemplateCatalog: Sendable {
    public let versions: [LessonAnalysisTemplate]

    public init(versions: [LessonAnalysisTemplate]) {
        precondition(!versions.isEmpty)
        self.versions = versions.sorted { $0.version < $1.version }
    }

    /// The template a new analysis is filled against.
    public var current: LessonAnalysisTemplate { versions[versions.count - 1] }

    public func template(version: Int) -> LessonAnalysisTemplate? {
        versions.first { $0.version == version }
    }

    /// Loads every `lesson-self-analysis.v*.json` in `directory/templates`.
    public static func load(dataDirectory directory: URL) throws -> TemplateCatalog {
        let folder = directory.appendingPathComponent("templates", isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let files = names.filter { $0.hasPrefix(LessonAnalysisTemplate.identifier + ".v") && $0.hasSuffix(".json") }
        guard !files.isEmpty else {
            throw DamuError.template(String(format: tr("No lesson-analysis template in %@."), folder.path))
        }
        return TemplateCatalog(versions: try files.map {
            try LessonAnalysisTemplate.load(from: folder.appendingPathComponent($0))
        })
    }

    /// The catalog from the data directory Damu finds itself (see `ResourceLocator`).
    public static func shipped() throws -> TemplateCatalog {
        guard let directory = ResourceLocator.dataDirectory() else {
            throw DamuError.template(tr("Damu's data folder was not found. Set DAMU_DATA_DIR to the folder that holds templates/."))
        }
        return try load(dataDirectory: directory)
    }
}
