import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu route-sheet add-row`: a row of the teacher's own, after the template's rows.
struct RouteSheetAddRowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add-row",
        abstract: tr("Add a row of your own to the route sheet."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Option(help: ArgumentHelp(tr("The row's activity direction."), valueName: "text"))
    var direction: String

    @Option(help: ArgumentHelp(tr("Its development content."), valueName: "text"))
    var content: String = ""

    @Option(help: ArgumentHelp(tr("A concrete action; repeat for several."), valueName: "text"))
    var action: [String] = []

    func run() throws {
        let database = try storage.openExisting()
        var loaded = try LoadedRouteSheet.load(options, from: database)
        let id = try loaded.sheet.addOwnRow(direction: direction, content: content, actions: action)
        let stored = try database.save(loaded.sheet, template: loaded.template)
        let number = (stored.rowIDs.firstIndex(of: id) ?? 0) + 1
        print(String(format: tr("Added row %ld “%@” to the route sheet %@."), number, direction, stored.academicYear.description))
    }
}
