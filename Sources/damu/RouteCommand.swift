import ArgumentParser
import DamuCore

/// `damu route …`: the individual routes of Tables 17 and 18.
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: tr("The individual professional development route (Table 17) and educational route (Table 18)."),
        subcommands: [RouteExportCommand.self])
}
