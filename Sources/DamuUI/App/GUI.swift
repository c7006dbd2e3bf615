import DamuCore
import Foundation

/// Entry point of the graphical application, called by the `damu` executable.
public enum GUI {
    /// Runs the GTK application on the database at `databaseURL` until the last window closes.
    /// Returns the process exit status.
    public static func run(databaseURL: URL) -> Int32 {
        fputs("GUI not built yet\n", stderr)
        return 1
    }
}
