import Foundation

/// Damu's exchange file: one teacher's profile and records, self-describing and versioned, so a
/// teacher's work can leave the PC (to a new computer, a colleague, a portfolio) and come back
/// without loss. JSON Schema: `data/damu-bundle.schema.json`.
///
/// Every record has the same envelope — `kind`, `id`, timestamps, the template it was answered
/// against, its language — and a `data` object whose shape the `kind` decides. A new instrument
/// is one more kind; the envelope and the file stay as they are.
public struct DamuBundle: Codable, Hashable, Sendable {
    public static let formatName = "kz.damu.bundle"
    /// A reader accepts every version up to its own. Version 1 carried lesson analyses and
    /// reflection cards; version 2 added route sheets and individual routes, which a version 1
    /// reader refuses as unknown kinds.
    public static let currentVersion = 2

    public struct App: Codable, Hashable, Sendable {
        public var name: String
        public var version: String
    }

    /// What the teacher chose to export.
    public struct Scope: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable {
            /// Everything of the profile, deletions included.
            case profile
            /// Lesson analyses, cards, route sheets and routes of one academic year.
            case academicYear
            /// The annual card of one academic year, alone.
            case annualCard
        }

        public var kind: Kind
        public var academicYear: AcademicYear?

        public init(kind: Kind, academicYear: AcademicYear? = nil) {
            self.kind = kind
            self.academicYear = academicYear
        }
    }

    /// A template version as stored in the database (the snapshot records were answered against).
    public struct Template: Codable, Hashable, Sendable {
        public var id: String
        public var version: Int
        public var body: JSONValue

        public init(id: String, version: Int, body: JSONValue) {
            self.id = id
            self.version = version
            self.body = body
        }
    }

    public struct TemplateReference: Codable, Hashable, Sendable {
        public var id: String
        public var version: Int

        public init(id: String, version: Int) {
            self.id = id
            self.version = version
        }
    }

    public var format: String
    public var version: Int
    public var exportedAt: Date
    public var app: App
    public var scope: Scope
    public var profile: Profile
    public var templates: [Template]
    public var records: [BundleRecord]

    public init(exportedAt: Date, scope: Scope, profile: Profile, templates: [Template], records: [BundleRecord]) {
        format = Self.formatName
        // The lowest version that holds these records, so a file without route records (an annual
        // card for a methodist, say) is still read by a Damu that predates them.
        version = records.map(\.kind.firstVersion).max() ?? 1
        self.exportedAt = exportedAt
        app = App(name: "Damu", version: AppVersion.current)
        self.scope = scope
        self.profile = profile
        self.templates = templates
        self.records = records
    }

    /// The file's bytes: indented, keys sorted and timestamps to the millisecond, so the same data
    /// always gives the same file.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(BundleTimestamp.string(date))
        }
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// How many records of `kind` the file holds, deletions included.
    public func count(_ kind: BundleRecord.Kind) -> Int {
        records.filter { $0.kind == kind }.count
    }
}
