import ArgumentParser
import DamuCore

/// `damu profiles …`: the teachers whose data is on this computer.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: tr("Teacher profiles in the database."),
        subcommands: [ProfilesListCommand.self],
        defaultSubcommand: ProfilesListCommand.self)
}
