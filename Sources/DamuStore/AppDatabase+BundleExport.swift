import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// The bundle of one profile, read in one transaction so it is a consistent picture: the whole
    /// profile (deleted records included, so deletions travel), one academic year, or only the
    /// year's annual card. Each template a record was answered against goes with it. Route sheets
    /// carry their development wheel and every mark given; a professional development route
    /// belongs to each school year its period touches.
    public func exportBundle(
        profileID: UUID, scope: DamuBundle.Scope, exportedAt: Date = Date()
    ) throws -> DamuBundle {
        try read { db in
            guard let profile = try ProfileRecord
                .filter(Column("id") == profileID.uuidString && Column("deletedAt") == nil).fetchOne(db)?.profile
            else { throw DamuError.notFound(String(format: tr("No profile %@."), profileID.uuidString)) }

            let owner = Column("profileId") == profileID.uuidString
            var analyses = LessonAnalysisRecord.filter(owner)
            var cards = ReflectionCardRecord.filter(owner)
            var sheets = RouteSheetRecord.filter(owner)
            var professionalRoutes = ProfessionalRouteRecord.filter(owner)
            var educationalRoutes = EducationalRouteRecord.filter(owner)
            if let year = scope.academicYear, scope.kind != .profile {
                analyses = analyses.filter(Column("lessonDate") >= year.firstDay.iso && Column("lessonDate") <= year.lastDay.iso)
                cards = cards.filter(Column("academicYear") == year.startYear)
                sheets = sheets.filter(Column("academicYear") == year.description)
                professionalRoutes = professionalRoutes.filter(
                    Column("periodStart") <= year.lastDay.iso && Column("periodEnd") >= year.firstDay.iso)
                educationalRoutes = educationalRoutes.filter(Column("academicYear") == year.description)
            }
            switch scope.kind {
            case .profile, .academicYear:
                break
            case .annualCard:
                guard scope.academicYear != nil else {
                    throw DamuError.invalid(field: tr("Export"), message: tr("an annual card export needs the academic year"))
                }
                analyses = analyses.none()
                cards = cards.filter(Column("kind") == ReflectionCard.Kind.annual.rawValue && Column("deletedAt") == nil)
                sheets = sheets.none()
                professionalRoutes = professionalRoutes.none()
                educationalRoutes = educationalRoutes.none()
            }
            var records: [BundleRecord] = []
            for row in try analyses.order(Column("lessonDate"), Column("createdAt"), Column("id")).fetchAll(db) {
                records.append(BundleRecord(analysis: try row.analysis(), deletedAt: row.deletedAt))
            }
            for row in try cards.order(Column("academicYear"), Column("kind"), Column("week"), Column("createdAt"), Column("id"))
                .fetchAll(db) {
                records.append(BundleRecord(card: try row.card(), deletedAt: row.deletedAt))
            }
            for row in try sheets.order(Column("academicYear"), Column("createdAt"), Column("id")).fetchAll(db) {
                records.append(BundleRecord(sheet: try Self.routeSheet(row, in: db), deletedAt: row.deletedAt))
            }
            for row in try professionalRoutes.order(Column("periodStart"), Column("createdAt"), Column("id")).fetchAll(db) {
                records.append(BundleRecord(route: try row.route(), deletedAt: row.deletedAt))
            }
            for row in try educationalRoutes.order(Column("academicYear"), Column("createdAt"), Column("id")).fetchAll(db) {
                records.append(BundleRecord(route: try row.route(), deletedAt: row.deletedAt))
            }
            if scope.kind == .annualCard, records.isEmpty, let year = scope.academicYear {
                throw DamuError.notFound(String(format: tr("There is no annual card for %@ yet."), year.description))
            }
            return DamuBundle(
                exportedAt: exportedAt.roundedToMilliseconds, scope: scope, profile: profile,
                templates: try Self.templates(of: records, db: db), records: records)
        }
    }

    private static func templates(of records: [BundleRecord], db: Database) throws -> [DamuBundle.Template] {
        let keys = Set(records.map { "\($0.template.id)\u{0}\($0.template.version)" }).sorted()
        return try keys.map { key in
            let parts = key.split(separator: "\u{0}")
            let id = String(parts[0]), version = Int(parts[1])!
            guard let body = try Data.fetchOne(
                db, sql: "SELECT body FROM templateSnapshot WHERE templateId = ? AND version = ?", arguments: [id, version])
            else { throw DamuError.template("no snapshot of \(id) v\(version)") }
            return DamuBundle.Template(id: id, version: version, body: try JSONDecoder().decode(JSONValue.self, from: body))
        }
    }
}
