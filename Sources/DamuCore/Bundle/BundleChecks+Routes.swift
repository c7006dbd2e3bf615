import Foundation

/// The checks of route sheets and individual routes beyond their types: scores 0–10 and ids
/// unique at their own paths, then the domain's checks against the template the record names.
extension BundleChecks {
    func checkedSheet(
        _ record: BundleRecord, _ body: RouteSheetData, template: RouteSheetTemplate, profileID: UUID, ids: inout IDs,
        at: String
    ) throws -> ImportableBundle.Item<RouteSheet> {
        for (index, sector) in body.wheel.sectors.enumerated() {
            for moment in DevelopmentWheel.Moment.allCases {
                try Self.checkScore(sector[moment], path: path("\(at).data.wheel.sectors[\(index)].\(moment.rawValue)"))
            }
        }
        // Own rows are rows of the database too: their ids share the space of every record's.
        for (index, row) in body.ownRows.enumerated() {
            try claim(row.id, at: "\(at).data.ownRows[\(index)].id", in: &ids)
        }
        let sheet = body.sheet(envelope: record, profileID: profileID)
        return .init(value: try validated(at) { try sheet.validated(template: template) }, deletedAt: record.deletedAt)
    }

    func checkedProfessionalRoute(
        _ record: BundleRecord, _ body: ProfessionalRouteData, profileID: UUID, at: String
    ) throws -> ImportableBundle.Item<ProfessionalDevelopmentRoute> {
        let route = body.route(envelope: record, profileID: profileID)
        return .init(value: try validated(at) { try route.validated() }, deletedAt: record.deletedAt)
    }

    func checkedEducationalRoute(
        _ record: BundleRecord, _ body: EducationalRouteData, template: IndividualRoutesTemplate, profileID: UUID, at: String
    ) throws -> ImportableBundle.Item<EducationalRoute> {
        let route = body.route(envelope: record, profileID: profileID)
        return .init(value: try validated(at) { try route.validated(template: template) }, deletedAt: record.deletedAt)
    }

    /// A teacher has one live route sheet and one live educational route a year (the database
    /// holds them so); a file with two is refused here rather than half-way through the import.
    func claimYear(_ year: AcademicYear, of record: BundleRecord, at: String, in years: inout [String: String]) throws {
        guard record.deletedAt == nil else { return }
        let key = "\(record.kind.rawValue) \(year)"
        if let earlier = years[key] {
            throw problem(at + ".data.academicYear", String(
                format: tr("%@ is also a %@ record for %@; a teacher keeps one a year"),
                earlier, record.kind.rawValue, year.description))
        }
        years[key] = at
    }
}
