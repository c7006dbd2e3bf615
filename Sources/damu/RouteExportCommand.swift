import ArgumentParser
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// `damu route export`: Table 17 or Table 18 of a school year as an A4 PDF form.
struct RouteExportCommand: ParsableCommand {
    enum Table: String, CaseIterable, ExpressibleByArgument {
        case professional, educational

        /// The instrument numbers the two tables, and the help names them so: 17 and 18 say the same.
        init?(argument: String) {
            switch argument.lowercased() {
            case "professional", "17": self = .professional
            case "educational", "18": self = .educational
            default: return nil
            }
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Save an individual route as an A4 PDF form."),
        discussion: tr("--table professional is the individual professional development route (Table 17), educational the individual educational route of the year (Table 18)."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Option(help: ArgumentHelp(tr("professional (Table 17) or educational (Table 18); 17 and 18 say the same.")))
    var table: Table

    @Option(name: [.short, .long], help: ArgumentHelp(tr("The PDF file to write."), valueName: "file"))
    var output: String

    func validate() throws {
        do { try OutputFile.requirePDF(output) } catch let error as DamuError { throw ValidationError(error.description) }
    }

    func run() throws {
        let destination = URL(fileURLWithPath: output)
        try OutputFile.check(destination, database: storage.databaseURL)
        let database = try storage.openExisting()
        let profile = try ProfileReference.resolve(options.profile, in: database)
        let year = try options.academicYear()
        let document: FormDocument
        switch table {
        case .professional:
            guard let route = try database.professionalRoute(profileID: profile.id, academicYear: year) else {
                throw DamuError.notFound(String(format: tr("%@ has no professional development route for %@."), profile.fullName, year.description))
            }
            let template = try database.template(ofRouteTemplate: route.templateID, version: route.templateVersion)
            // The form's own labels (headings, "page 1 of 2") in the language of its texts.
            document = Localization.speaking(options.language) {
                ProfessionalRouteForm.document(route: route, template: template, profile: profile, language: options.language)
            }
        case .educational:
            guard let route = try database.educationalRoute(profileID: profile.id, academicYear: year) else {
                throw DamuError.notFound(String(format: tr("%@ has no educational route for %@."), profile.fullName, year.description))
            }
            let template = try database.template(ofRouteTemplate: route.templateID, version: route.templateVersion)
            document = Localization.speaking(options.language) {
                EducationalRouteForm.document(route: route, template: template, profile: profile, language: options.language)
            }
        }
        let pages = try FormExport.pdf(document, to: destination, language: options.language)
        print(String(format: trn("Saved %ld page to %@.", "Saved %ld pages to %@.", pages), pages, destination.path))
    }
}
