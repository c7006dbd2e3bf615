import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu route-sheet add-action`: a concrete action of the teacher's own under a row.
struct RouteSheetAddActionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-action",
        abstract: tr("Add a concrete action of your own under a row of the route sheet."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Option(help: ArgumentHelp(tr("The row's number as `show` lists it."), valueName: "number"))
    var row: Int

    @Option(help: ArgumentHelp(tr("The action."), valueName: "text"))
    var action: String

    func run() throws {
        let database = try storage.openExisting()
        var loaded = try LoadedRouteSheet.load(options, from: database)
        try loaded.sheet.addAction(action, to: try loaded.row(row))
        let stored = try database.save(loaded.sheet, template: loaded.template)
        print(String(format: tr("Added an action under row %ld of the route sheet %@."), row, stored.academicYear.description))
    }
}
