import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// Which teacher's sheet of which year, and in which language its texts are shown.
struct RouteSheetOptions: ParsableArguments {
    @Option(help: ArgumentHelp(tr("The profile's id, or the beginning of its name or id."), valueName: "id-or-name"))
    var profile: String

    @Option(help: ArgumentHelp(tr("The school year, e.g. 2025-2026 (default: the current one)."), valueName: "YYYY-YYYY"))
    var year: String?

    @Option(help: ArgumentHelp(tr("Language of the form's texts: kk (Kazakh), ru (Russian) or en (English).")))
    var language: String = "kk"

    func validate() throws {
        guard LocalizedText.languages.contains(language) else {
            throw ValidationError(String(format: tr("--language must be kk, ru or en, not “%@”."), language))
        }
        _ = try academicYear()
    }

    func academicYear() throws -> AcademicYear {
        guard let year else { return .current }
        do { return try AcademicYear(parsing: year) } catch let error as DamuError {
            throw ValidationError("--year: " + error.message)
        }
    }
}

/// A teacher's sheet of a year as stored, or a blank one of their category when there is none yet.
struct LoadedRouteSheet {
    var profile: Profile
    var sheet: RouteSheet
    var template: RouteSheetTemplate
    var isStored: Bool

    static func load(_ options: RouteSheetOptions, from database: AppDatabase) throws -> LoadedRouteSheet {
        let profile = try ProfileReference.resolve(options.profile, in: database)
        let year = try options.academicYear()
        if let sheet = try database.routeSheet(profileID: profile.id, academicYear: year) {
            return LoadedRouteSheet(profile: profile, sheet: sheet, template: try database.template(of: sheet), isStored: true)
        }
        guard let category = profile.category else {
            throw DamuError.invalid(
                field: "--profile",
                message: String(format: tr("%@ has no qualification category; set it in the profile to get a route sheet"), profile.fullName))
        }
        let template = try RouteSheetCatalog.shipped().current
        let sheet = RouteSheet(
            profileID: profile.id, academicYear: year, category: category, template: template, language: options.language)
        return LoadedRouteSheet(profile: profile, sheet: sheet, template: template, isStored: false)
    }

    /// The row numbered `number` as the sheet prints it: template rows first, then the teacher's own.
    func row(_ number: Int) throws -> RouteSheet.RowID {
        let rows = sheet.rowIDs
        guard rows.indices.contains(number - 1) else {
            throw DamuError.invalid(
                field: "--row", message: String(format: tr("this sheet has rows 1 to %ld, not %ld"), rows.count, number))
        }
        return rows[number - 1]
    }
}
