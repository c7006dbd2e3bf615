import ArgumentParser
import DamuCore
import DamuStore
import Foundation
import Synchronization

/// `--db`, accepted by every command: which database file to use.
struct StorageOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            tr("The database file (default: $DAMU_DB, else $XDG_DATA_HOME/damu/damu.sqlite)."), valueName: "path"))
    var database: String?

    var databaseURL: URL { DatabaseLocation.resolve(explicit: database) }

    /// An empty --db (a shell variable that was never set) would otherwise mean the default
    /// database, and a command meant for a scratch file would write to the teacher's.
    func validate() throws {
        if let database, database.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(tr("--db is empty; give the path of a database file."))
        }
    }

    /// The database for a command that only reads or edits what is there: a missing file is an
    /// error rather than an empty new database at a mistyped path.
    func openExisting() throws -> AppDatabase {
        try open(create: false)
    }

    /// Opens (or with `create`, makes) the database. A file Damu cannot use is refused untouched,
    /// and the message says how to start afresh without losing it: the command line never moves
    /// a teacher's file by itself.
    func open(create: Bool) throws -> AppDatabase {
        let url = databaseURL
        do {
            let opening = try AppDatabase.prepareToOpen(at: url, create: create)
            guard opening.willUpdate else { return try opening.open() }
            // Seconds of silence on a large database would look like a hang.
            let note = String(format: tr("Updating the database %@ to this version of Damu; this happens once."), url.path)
            FileHandle.standardError.write(Data("damu: \(note)\n".utf8))
            // A terminal shows the count of lessons rewritten on one line; a log file gets the note alone.
            guard isatty(STDERR_FILENO) != 0 else { return try opening.open() }
            // Whether a count is on screen without its line ended, which a failure's message must end first.
            let countShown = Mutex(false)
            do {
                return try opening.open { progress in
                    let done = progress.lessonsDone == progress.lessons
                    FileHandle.standardError.write(Data("\rdamu: \(progress.text)\(done ? "\n" : "")".utf8))
                    countShown.withLock { $0 = !done }
                }
            } catch {
                if countShown.withLock({ $0 }) { FileHandle.standardError.write(Data("\n".utf8)) }
                throw error
            }
        } catch let DamuError.storage(message) where AppDatabase.problem(at: url) != nil {
            throw DamuError.storage(message + " " + String(
                format: tr("To start a new database, move it aside (e.g. mv %@ %@.broken) or choose another file with --db; the window offers to do this for you."),
                DemoCommand.shellQuoted(url.path), DemoCommand.shellQuoted(url.path)))
        }
    }
}
