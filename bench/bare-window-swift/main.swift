import BareWindow
import Foundation
import GRDB

// The bare window again, from a Swift program linked with what Damu's code stands on: the Swift
// runtime, Foundation and SQLite through GRDB. The difference from the C bare window is what
// those libraries cost before Damu does anything.
_ = DatabaseQueue.self
exit(bare_window_run())
