import ArgumentParser
import DamuCore

/// `damu wheel …`: the lesson balance wheel as a picture.
struct WheelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wheel",
        abstract: tr("The lesson balance wheel as a picture."),
        subcommands: [WheelExportCommand.self])
}
