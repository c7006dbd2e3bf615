import Foundation

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
