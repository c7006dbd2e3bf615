import Foundation

/// An individual educational route (Table 18) as a bundle carries it: the school year, the header
/// and the eight blocks, each form of work with its expected result, product and done mark. The
/// forms of the template travel by position; their names are in the template snapshot.
public struct EducationalRouteData: Codable, Hashable, Sendable {
    public var academicYear: AcademicYear
    public var header: EducationalRoute.Header
    public var blocks: [EducationalRoute.Block]

    enum CodingKeys: String, CodingKey { case academicYear, header, blocks }

    public init(_ route: EducationalRoute) {
        academicYear = route.academicYear
        header = route.header
        blocks = route.blocks
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        academicYear = try container.decodeAcademicYear(forKey: .academicYear)
        header = try container.decode(EducationalRoute.Header.self, forKey: .header)
        blocks = try container.decode([EducationalRoute.Block].self, forKey: .blocks)
    }

    func route(envelope: BundleRecord, profileID: UUID) -> EducationalRoute {
        EducationalRoute(
            id: envelope.id, profileID: profileID, createdAt: envelope.createdAt, updatedAt: envelope.updatedAt,
            templateID: envelope.template.id, templateVersion: envelope.template.version, language: envelope.language,
            academicYear: academicYear, header: header, blocks: blocks)
    }
}
