import DamuCore
import Foundation

// A teacher's self-analyses are private: every file and folder Damu creates is the owner's alone
// (0600 / 0700), whatever the session's umask.
umask(0o077)
Localization.setUp(localeDirectory: ResourceLocator.localeDirectory())
Damu.main()
