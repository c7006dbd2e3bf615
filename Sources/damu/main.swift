import DamuCore
import DamuStore
import DamuUI
import Foundation

// A teacher's self-analyses are private: every file and folder Damu creates is the owner's alone
// (0600 / 0700), whatever the session's umask.
umask(0o077)
Localization.setUp(localeDirectory: ResourceLocator.localeDirectory())
// The desktop file starts `damu` with no arguments. Then there is nothing to parse, and skipping
// ArgumentParser spares the window the ~3 ms its reflection over every command's options costs.
if CommandLine.arguments.count == 1 {
    Foundation.exit(GUI.run(databaseURL: DatabaseLocation.resolve(explicit: nil)))
}
Damu.main()
