import Foundation

/// Damu's exchange file: one teacher's profile and records, self-describing and versioned, so a
/// teacher's work can leave the PC (to a new computer, a colleague, a portfolio) and come back
/// without loss. JSON Schema: `data/damu-bundle.schema.json`.
///
/// Every record has the same envelope — `kind`, `id`, timestamps, the template it was answered
/// against, its language — and a `data` object whose shape the `kind` decides. A new instrument
/// (route sheets, individual routes) is one more kind; the envelope and the file stay as they are.
public struct DamuBundle: Codable, Hashable, Sendable {
    public static let formatName = "kz.damu.bundle"
    /// Version 1 is the first; a reader accepts every version up to its own.
    public static let currentVersion = 1

    public struct App: Codable, Hashable, Sendable {
        public var name: String
        public var version: String
    }

    /// What the teacher chose to export.
    public struct Scope: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, CaseIterable, Sendable {
            /// Everything of the profile, deletions included.
            case profile
            /// Lesson analyses and cards of one academic year.
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
        version = Self.currentVersion
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
}

/// One record of a bundle: the shared envelope and the kind's own data.
public struct BundleRecord: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case lessonAnalysis
        case reflectionCard

        /// The template a record of this kind is answered against.
        public var templateID: String {
            switch self {
            case .lessonAnalysis: return LessonAnalysisTemplate.identifier
            case .reflectionCard: return ReflectionCardsTemplate.identifier
            }
        }
    }

    public enum Content: Hashable, Sendable {
        case lessonAnalysis(LessonAnalysisData)
        case reflectionCard(ReflectionCardData)
    }

    public var kind: Kind
    public var id: UUID
    public var createdAt: Date
    public var updatedAt: Date
    /// Set on a deleted record: the deletion travels with the file.
    public var deletedAt: Date?
    public var template: DamuBundle.TemplateReference
    /// The language (ISO 639-1) the record's texts were written in.
    public var language: String
    public var data: Content

    enum CodingKeys: String, CodingKey {
        case kind, id, createdAt, updatedAt, deletedAt, template, language, data
    }

    public init(analysis: LessonAnalysis, deletedAt: Date?) {
        kind = .lessonAnalysis
        id = analysis.id
        createdAt = analysis.createdAt
        updatedAt = analysis.updatedAt
        self.deletedAt = deletedAt
        template = .init(id: analysis.templateID, version: analysis.templateVersion)
        language = analysis.language
        data = .lessonAnalysis(LessonAnalysisData(analysis))
    }

    public init(card: ReflectionCard, deletedAt: Date?) {
        kind = .reflectionCard
        id = card.id
        createdAt = card.createdAt
        updatedAt = card.updatedAt
        self.deletedAt = deletedAt
        template = .init(id: card.templateID, version: card.templateVersion)
        language = card.language
        data = .reflectionCard(ReflectionCardData(card))
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        id = try container.decode(UUID.self, forKey: .id)
        createdAt = try container.decode(Date.self, forKey: .createdAt)
        updatedAt = try container.decode(Date.self, forKey: .updatedAt)
        deletedAt = try container.decodeIfPresent(Date.self, forKey: .deletedAt)
        template = try container.decode(DamuBundle.TemplateReference.self, forKey: .template)
        language = try container.decode(String.self, forKey: .language)
        switch kind {
        case .lessonAnalysis: data = .lessonAnalysis(try container.decode(LessonAnalysisData.self, forKey: .data))
        case .reflectionCard: data = .reflectionCard(try container.decode(ReflectionCardData.self, forKey: .data))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(id, forKey: .id)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(deletedAt, forKey: .deletedAt)
        try container.encode(template, forKey: .template)
        try container.encode(language, forKey: .language)
        switch data {
        case let .lessonAnalysis(value): try container.encode(value, forKey: .data)
        case let .reflectionCard(value): try container.encode(value, forKey: .data)
        }
    }

    /// The record as the lesson analysis it stands for, of the profile `profileID`.
    public func analysis(profileID: UUID) -> LessonAnalysis? {
        guard case let .lessonAnalysis(body) = data else { return nil }
        return body.analysis(envelope: self, profileID: profileID)
    }

    /// The record as the reflection card it stands for, of the profile `profileID`.
    public func card(profileID: UUID) -> ReflectionCard? {
        guard case let .reflectionCard(body) = data else { return nil }
        return body.card(envelope: self, profileID: profileID)
    }
}

/// Parses and writes the bundle's timestamps: ISO 8601 in UTC with milliseconds, the precision
/// the database keeps, so a timestamp survives export and import unchanged.
public enum BundleTimestamp {
    public static func string(_ date: Date) -> String {
        formatter().string(from: date)
    }

    public static func date(_ text: String) -> Date? {
        formatter().date(from: text)
    }

    private static func formatter() -> ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }
}
