import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Saves a new or edited professional development route (Table 17) in one transaction; a route
    /// deleted meanwhile stays deleted. Returns the route as stored.
    @discardableResult
    public func save(_ route: ProfessionalDevelopmentRoute, template: IndividualRoutesTemplate) throws -> ProfessionalDevelopmentRoute {
        guard route.templateID == template.id, route.templateVersion == template.version else {
            throw DamuError.invalid(
                field: tr("Professional development route"),
                message: String(format: tr("does not match the template %@ version %ld"), template.id, template.version))
        }
        var stored = try route.validated()
        stored.createdAt = stored.createdAt.roundedToMilliseconds
        stored.updatedAt = Self.now()
        let record = try ProfessionalRouteRecord(stored)
        try write { db in
            try Self.requireLiveProfile(route.profileID, in: db)
            let deleted = try Bool.fetchOne(
                db, sql: "SELECT deletedAt IS NOT NULL FROM professionalRoute WHERE id = ?", arguments: [route.id.uuidString])
            if deleted == true {
                throw DamuError.notFound(tr("This professional development route was deleted meanwhile; it was not saved."))
            }
            try Self.storeSnapshot(of: template, in: db)
            try record.save(db)
        }
        return stored
    }

    /// The teacher's live professional development routes, earliest period first.
    public func professionalRoutes(profileID: UUID) throws -> [ProfessionalDevelopmentRoute] {
        try read { db in
            try ProfessionalRouteRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .order(Column("periodStart"), Column("createdAt"))
                .fetchAll(db)
        }.map { try $0.route() }
    }

    /// The live route whose period covers the most of `academicYear`'s first day, else the latest one.
    public func professionalRoute(profileID: UUID, academicYear: AcademicYear) throws -> ProfessionalDevelopmentRoute? {
        let routes = try professionalRoutes(profileID: profileID)
        return routes.last { $0.periodStart <= academicYear.lastDay && academicYear.firstDay <= $0.periodEnd }
    }

    public func deleteProfessionalRoute(id: UUID) throws {
        try setDeleted(table: "professionalRoute", id: id, deleted: true)
    }

    public func restoreProfessionalRoute(id: UUID) throws {
        try setDeleted(table: "professionalRoute", id: id, deleted: false)
    }

    /// Saves a new or edited educational route (Table 18) in one transaction, one live route per
    /// teacher and school year; a route deleted meanwhile stays deleted. Returns the route as stored.
    @discardableResult
    public func save(_ route: EducationalRoute, template: IndividualRoutesTemplate) throws -> EducationalRoute {
        var stored = try route.validated(template: template)
        stored.createdAt = stored.createdAt.roundedToMilliseconds
        stored.updatedAt = Self.now()
        let record = try EducationalRouteRecord(stored)
        try write { db in
            try Self.requireLiveProfile(route.profileID, in: db)
            let deleted = try Bool.fetchOne(
                db, sql: "SELECT deletedAt IS NOT NULL FROM educationalRoute WHERE id = ?", arguments: [route.id.uuidString])
            if deleted == true {
                throw DamuError.notFound(tr("This educational route was deleted meanwhile; it was not saved."))
            }
            let twin = try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM educationalRoute WHERE profileId = ? AND academicYear = ? AND deletedAt IS NULL AND id <> ?)",
                arguments: [route.profileID.uuidString, route.academicYear.description, route.id.uuidString]) ?? false
            if twin {
                throw DamuError.invalid(
                    field: tr("Educational route"),
                    message: String(format: tr("this teacher already has an educational route for %@"), route.academicYear.description))
            }
            try Self.storeSnapshot(of: template, in: db)
            try record.save(db)
        }
        return stored
    }

    public func educationalRoute(profileID: UUID, academicYear: AcademicYear) throws -> EducationalRoute? {
        try read { db in
            try EducationalRouteRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .filter(Column("academicYear") == academicYear.description)
                .fetchOne(db)
        }?.route()
    }

    public func educationalRoutes(profileID: UUID) throws -> [EducationalRoute] {
        try read { db in
            try EducationalRouteRecord
                .filter(Column("profileId") == profileID.uuidString && Column("deletedAt") == nil)
                .order(Column("academicYear"))
                .fetchAll(db)
        }.map { try $0.route() }
    }

    public func deleteEducationalRoute(id: UUID) throws {
        try setDeleted(table: "educationalRoute", id: id, deleted: true)
    }

    /// Restores a deleted route unless its year has another live route meanwhile.
    public func restoreEducationalRoute(id: UUID) throws {
        let twin = try read { db in
            try String.fetchOne(
                db,
                sql: "SELECT old.academicYear FROM educationalRoute old JOIN educationalRoute live ON live.profileId = old.profileId AND live.academicYear = old.academicYear AND live.deletedAt IS NULL AND live.id <> old.id WHERE old.id = ?",
                arguments: [id.uuidString])
        }
        if let twin {
            throw DamuError.invalid(
                field: tr("Educational route"),
                message: String(format: tr("this teacher already has an educational route for %@"), twin))
        }
        try setDeleted(table: "educationalRoute", id: id, deleted: false)
    }

    /// The template version a route was filled against, as it was then.
    public func template(ofRouteTemplate id: String, version: Int) throws -> IndividualRoutesTemplate {
        try snapshot(IndividualRoutesTemplate.self, id: id, version: version)
    }

    private func setDeleted(table: String, id: UUID, deleted: Bool) throws {
        let now = Self.now()
        let changed = try write { db -> Int in
            try db.execute(
                sql: "UPDATE \(table) SET deletedAt = ?, updatedAt = ? WHERE id = ?",
                arguments: [StoredDate.value(deleted ? now : nil), StoredDate.value(now), id.uuidString])
            return db.changesCount
        }
        if changed == 0 { throw DamuError.notFound(String(format: tr("No route %@."), id.uuidString)) }
    }
}
