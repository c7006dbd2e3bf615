import ArgumentParser
import DamuCore

/// `damu analyses …`: one teacher's lesson self-analyses.
struct AnalysesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyses",
        abstract: tr("Lesson self-analyses of a profile."),
        subcommands: [AnalysesListCommand.self],
        defaultSubcommand: AnalysesListCommand.self)
}
