@testable import DamuUI

extension Widget {
    /// Calls `body` with this widget and every widget under it, each before its children.
    @MainActor
    func visitTree(_ body: (Widget) -> Void) {
        body(self)
        for child in children { child.visitTree(body) }
    }
}
