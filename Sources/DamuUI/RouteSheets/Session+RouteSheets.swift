import DamuCore
import DamuStore
import Foundation

extension Session {
    /// A teacher's sheet of `year` with the template it was filled against; a blank one of the
    /// profile's category, not yet stored, when there is none.
    func routeSheet(for profile: Profile, year: AcademicYear) throws -> (sheet: RouteSheet, template: RouteSheetTemplate, stored: Bool) {
        if let sheet = try database.routeSheet(profileID: profile.id, academicYear: year) {
            return (sheet, try database.template(of: sheet), true)
        }
        guard let category = profile.category else {
            throw DamuError.invalid(
                field: tr("Qualification category"),
                message: tr("is not set; choose it in the profile to get the route sheet of its level"))
        }
        let template = try routeSheetCatalog().current
        return (RouteSheet(profileID: profile.id, academicYear: year, category: category, template: template, language: language), template, false)
    }

    /// The years the chooser offers: every stored sheet's, the current school year and the next.
    func routeSheetYears(for profile: Profile) throws -> [AcademicYear] {
        var years = Set(try database.routeSheets(profileID: profile.id).map(\.academicYear))
        years.insert(.current)
        if let next = try? AcademicYear.current.next() { years.insert(next) }
        return years.sorted()
    }

    /// The teacher's Table 17 of the year, or one started from the seed's example.
    func professionalRoute(for profile: Profile, year: AcademicYear) throws -> (ProfessionalDevelopmentRoute, IndividualRoutesTemplate) {
        if let route = try database.professionalRoute(profileID: profile.id, academicYear: year) {
            return (route, try database.template(ofRouteTemplate: route.templateID, version: route.templateVersion))
        }
        let template = try individualRoutesCatalog().current
        var route = ProfessionalDevelopmentRoute(
            profileID: profile.id, template: template, academicYear: year, language: language, suggestions: true)
        route.topic = profile.methodologicalTopic
        return (route, template)
    }

    /// The teacher's Table 18 of the year, or a blank one with the header the profile knows.
    func educationalRoute(for profile: Profile, year: AcademicYear) throws -> (EducationalRoute, IndividualRoutesTemplate) {
        if let route = try database.educationalRoute(profileID: profile.id, academicYear: year) {
            return (route, try database.template(ofRouteTemplate: route.templateID, version: route.templateVersion))
        }
        let template = try individualRoutesCatalog().current
        let route = EducationalRoute(
            profileID: profile.id, academicYear: year, template: template, language: language, header: .init(profile: profile))
        return (route, template)
    }
}
