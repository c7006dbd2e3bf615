import ArgumentParser
import DamuStore
import Foundation

/// `--db`, accepted by every command: which database file to use.
struct StorageOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file (default: $DAMU_DB, else $XDG_DATA_HOME/damu/damu.sqlite).", valueName: "path"))
    var database: String?

    var databaseURL: URL { DatabaseLocation.resolve(explicit: database) }

    /// The database for a command that only reads or edits what is there: a missing file is an
    /// error rather than an empty new database at a mistyped path.
    func openExisting() throws -> AppDatabase {
        try AppDatabase.open(at: databaseURL, create: false)
    }
}
