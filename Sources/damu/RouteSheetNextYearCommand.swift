import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu route-sheet next-year`: the following school year's sheet, started from this one.
struct RouteSheetNextYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-year",
        abstract: tr("Start the next school year's route sheet from the one of --year."),
        discussion: tr("Rows not achieved come along unmarked unless --no-carry is given. With --next-category the new sheet is the next category's (after attestation) and the profile moves to it."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Flag(help: ArgumentHelp(tr("Start the next category's sheet, and move the profile to that category.")))
    var nextCategory = false

    @Flag(help: ArgumentHelp(tr("Do not carry the rows that were not achieved over.")))
    var noCarry = false

    func run() throws {
        let database = try storage.openExisting()
        let loaded = try LoadedRouteSheet.load(options, from: database)
        guard loaded.isStored else {
            throw DamuError.notFound(String(format: tr("%@ has no route sheet for %@ to go on from."),
                                            loaded.profile.fullName, loaded.sheet.academicYear.description))
        }
        var category: QualificationCategory?
        if nextCategory {
            guard let next = loaded.sheet.nextCategory else {
                throw DamuError.invalid(field: "--next-category", message: tr("Педагог-шебер is the highest category"))
            }
            category = next
        }
        let catalog = try RouteSheetCatalog.shipped()
        let next = try loaded.sheet.startNextYear(
            carryOpenRows: !noCarry, category: category, catalog: catalog, language: options.language)
        let stored = try database.save(next, template: catalog.current, movingProfile: category != nil)
        print(String(format: tr("Started the route sheet %@ (%@) with %ld rows, %ld of them carried over."),
                     stored.academicYear.description, stored.category.title.text(in: options.language), stored.rowIDs.count,
                     stored.ownRows.filter { $0.carriedFrom != nil }.count))
    }
}
