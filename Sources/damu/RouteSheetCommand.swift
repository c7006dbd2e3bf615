import ArgumentParser
import DamuCore

/// `damu route-sheet …`: a teacher's route sheet of one school year.
struct RouteSheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route-sheet",
        abstract: tr("The route sheet of a school year: show it, mark its rows, export it as an A4 PDF."),
        discussion: tr("A route sheet follows the teacher's qualification category and covers one school year, September to August. It is created the first time a row is marked."),
        subcommands: [
            RouteSheetShowCommand.self, RouteSheetMarkCommand.self, RouteSheetAddRowCommand.self, RouteSheetAddActionCommand.self,
            RouteSheetNextYearCommand.self, RouteSheetExportCommand.self,
        ],
        defaultSubcommand: RouteSheetShowCommand.self)
}
