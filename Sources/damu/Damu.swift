import ArgumentParser
import DamuCore
import DamuUI
import Foundation

/// `damu`: the window when run alone; small tools for the teacher's data as subcommands.
struct Damu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "damu",
        abstract: tr("Lesson self-analysis with coaching elements, for teachers."),
        discussion: tr("Run without a subcommand to open Damu's window. Everything stays on this computer, in one database file: --db PATH, else $DAMU_DB, else $XDG_DATA_HOME/damu/damu.sqlite."),
        subcommands: [
            DemoCommand.self, ProfilesCommand.self, AnalysesCommand.self, WheelCommand.self, RouteSheetCommand.self,
            RouteCommand.self, ExportCommand.self, ImportCommand.self, CardCommand.self,
        ])

    @OptionGroup var storage: StorageOptions

    func run() throws {
        Foundation.exit(GUI.run(databaseURL: storage.databaseURL))
    }
}
