import ArgumentParser
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// `damu route-sheet export`: the route sheet, or its development wheel, as an A4 PDF form.
struct RouteSheetExportCommand: ParsableCommand {
    enum Form: String, CaseIterable, ExpressibleByArgument {
        case sheet, wheel
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Save the route sheet or its development wheel as an A4 PDF form."),
        discussion: tr("The file is written only once everything has been checked, and only you can read it."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Option(help: ArgumentHelp(tr("sheet (the route sheet with marks and history) or wheel (the development wheel).")))
    var form: Form = .sheet

    @Option(name: [.short, .long], help: ArgumentHelp(tr("The PDF file to write."), valueName: "file"))
    var output: String

    func validate() throws {
        do { try OutputFile.requirePDF(output) } catch let error as DamuError { throw ValidationError(error.description) }
    }

    func run() throws {
        let destination = URL(fileURLWithPath: output)
        try OutputFile.check(destination, database: storage.databaseURL)
        let database = try storage.openExisting()
        let loaded = try LoadedRouteSheet.load(options, from: database)
        let evidence = try database.weeklyEvidence(profileID: loaded.profile.id, academicYear: loaded.sheet.academicYear)
        // The form's own labels (headings, "page 1 of 2") in the language of its texts.
        let document = Localization.speaking(options.language) {
            switch form {
            case .sheet:
                RouteSheetForm.document(
                    sheet: loaded.sheet, template: loaded.template, profile: loaded.profile, weeklyEvidence: evidence,
                    language: options.language, asOf: min(.today, loaded.sheet.academicYear.lastDay))
            case .wheel:
                DevelopmentWheelForm.document(sheet: loaded.sheet, profile: loaded.profile, language: options.language)
            }
        }
        let pages = try FormExport.pdf(document, to: destination, language: options.language)
        print(String(format: trn("Saved %ld page to %@.", "Saved %ld pages to %@.", pages), pages, destination.path))
    }
}
