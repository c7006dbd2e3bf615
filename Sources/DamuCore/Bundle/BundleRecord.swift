import Foundation

/// One record of a bundle: the shared envelope and the kind's own data.
public struct BundleRecord: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case lessonAnalysis
        case reflectionCard
        case routeSheet
        case professionalRoute
        case educationalRoute

        /// The template a record of this kind is answered against.
        public var templateID: String {
            switch self {
            case .lessonAnalysis: return LessonAnalysisTemplate.identifier
            case .reflectionCard: return ReflectionCardsTemplate.identifier
            case .routeSheet: return RouteSheetTemplate.identifier
            case .professionalRoute, .educationalRoute: return IndividualRoutesTemplate.identifier
            }
        }

        /// The format version that introduced the kind.
        public var firstVersion: Int {
            switch self {
            case .lessonAnalysis, .reflectionCard: return 1
            case .routeSheet, .professionalRoute, .educationalRoute: return 2
            }
        }
    }

    public enum Content: Hashable, Sendable {
        case lessonAnalysis(LessonAnalysisData)
        case reflectionCard(ReflectionCardData)
        case routeSheet(RouteSheetData)
        case professionalRoute(ProfessionalRouteData)
        case educationalRoute(EducationalRouteData)
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

    /// The envelope of `value`, which every kind fills the same way.
    private init(_ value: some EnvelopedRecord, kind: Kind, deletedAt: Date?, language: String, data: Content) {
        self.kind = kind
        id = value.id
        createdAt = value.createdAt
        updatedAt = value.updatedAt
        self.deletedAt = deletedAt
        template = .init(id: value.templateID, version: value.templateVersion)
        self.language = language
        self.data = data
    }

    public init(analysis: LessonAnalysis, deletedAt: Date?) {
        self.init(
            analysis, kind: .lessonAnalysis, deletedAt: deletedAt, language: analysis.language,
            data: .lessonAnalysis(LessonAnalysisData(analysis)))
    }

    public init(card: ReflectionCard, deletedAt: Date?) {
        self.init(
            card, kind: .reflectionCard, deletedAt: deletedAt, language: card.language, data: .reflectionCard(ReflectionCardData(card)))
    }

    public init(sheet: RouteSheet, deletedAt: Date?) {
        let body = RouteSheetData(sheet)
        self.init(sheet, kind: .routeSheet, deletedAt: deletedAt, language: sheet.language, data: .routeSheet(body))
    }

    public init(route: ProfessionalDevelopmentRoute, deletedAt: Date?) {
        let body = ProfessionalRouteData(route)
        self.init(
            route, kind: .professionalRoute, deletedAt: deletedAt, language: route.language,
            data: .professionalRoute(body))
    }

    public init(route: EducationalRoute, deletedAt: Date?) {
        let body = EducationalRouteData(route)
        self.init(
            route, kind: .educationalRoute, deletedAt: deletedAt, language: route.language,
            data: .educationalRoute(body))
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
        case .routeSheet: data = .routeSheet(try container.decode(RouteSheetData.self, forKey: .data))
        case .professionalRoute: data = .professionalRoute(try container.decode(ProfessionalRouteData.self, forKey: .data))
        case .educationalRoute: data = .educationalRoute(try container.decode(EducationalRouteData.self, forKey: .data))
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
        case let .routeSheet(value): try container.encode(value, forKey: .data)
        case let .professionalRoute(value): try container.encode(value, forKey: .data)
        case let .educationalRoute(value): try container.encode(value, forKey: .data)
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

/// What a record of every kind has for the bundle's envelope.
protocol EnvelopedRecord {
    var id: UUID { get }
    var createdAt: Date { get }
    var updatedAt: Date { get }
    var templateID: String { get }
    var templateVersion: Int { get }
}

extension LessonAnalysis: EnvelopedRecord {}
extension ReflectionCard: EnvelopedRecord {}
extension RouteSheet: EnvelopedRecord {}
extension ProfessionalDevelopmentRoute: EnvelopedRecord {}
extension EducationalRoute: EnvelopedRecord {}
