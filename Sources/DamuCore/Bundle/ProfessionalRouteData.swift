import Foundation

/// An individual professional development route (Table 17) as a bundle carries it: the topic, the
/// period and the four lists, each item with its yearly target and how many are done.
public struct ProfessionalRouteData: Codable, Hashable, Sendable {
    public var topic: String
    public var periodStart: LessonDate
    public var periodEnd: LessonDate
    public var goals: [ProfessionalDevelopmentRoute.Item]
    public var actions: [ProfessionalDevelopmentRoute.Item]
    public var selfHelp: [ProfessionalDevelopmentRoute.Item]
    public var indicators: [ProfessionalDevelopmentRoute.Item]

    enum CodingKeys: String, CodingKey { case topic, periodStart, periodEnd, goals, actions, selfHelp, indicators }

    public init(_ route: ProfessionalDevelopmentRoute) {
        topic = route.topic
        periodStart = route.periodStart
        periodEnd = route.periodEnd
        goals = route.goals
        actions = route.actions
        selfHelp = route.selfHelp
        indicators = route.indicators
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        topic = try container.decode(String.self, forKey: .topic)
        periodStart = try container.decodeDay(forKey: .periodStart)
        periodEnd = try container.decodeDay(forKey: .periodEnd)
        goals = try container.decode([ProfessionalDevelopmentRoute.Item].self, forKey: .goals)
        actions = try container.decode([ProfessionalDevelopmentRoute.Item].self, forKey: .actions)
        selfHelp = try container.decode([ProfessionalDevelopmentRoute.Item].self, forKey: .selfHelp)
        indicators = try container.decode([ProfessionalDevelopmentRoute.Item].self, forKey: .indicators)
    }

    func route(envelope: BundleRecord, profileID: UUID) -> ProfessionalDevelopmentRoute {
        ProfessionalDevelopmentRoute(
            id: envelope.id, profileID: profileID, createdAt: envelope.createdAt, updatedAt: envelope.updatedAt,
            templateID: envelope.template.id, templateVersion: envelope.template.version, language: envelope.language,
            topic: topic, periodStart: periodStart, periodEnd: periodEnd, goals: goals, actions: actions, selfHelp: selfHelp,
            indicators: indicators)
    }
}
