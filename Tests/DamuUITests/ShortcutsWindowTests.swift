import CGtk
import DamuCore
import XCTest

@testable import DamuUI

final class ShortcutsWindowTests: TranslatedGUITestCase, @unchecked Sendable {
    /// The shortcuts window lists F10 and, in Kazakh, fits a 1024-pixel screen with every text whole.
    func testTheShortcutsWindowListsF10AndFitsA1024PixelScreenInKazakh() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            Localization.choose(language: "kk")
            let shortcuts = try XCTUnwrap(ShortcutsWindow.present(parent: window.window))
            defer { gtk_window_destroy(shortcuts.cast()) }
            pump()
            var minimum: Int32 = 0, natural: Int32 = 0
            gtk_widget_measure(shortcuts.pointer, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, nil, nil)
            XCTAssertLessThanOrEqual(natural, 1024, "as wide as it wants to be, it still fits")
            XCTAssertGreaterThan(natural, 400)
            let texts = labelTexts(in: shortcuts)
            XCTAssertTrue(texts.contains("Басты мәзір"), "F10, the main menu: \(texts)")
            XCTAssertTrue(texts.contains("Маршруттық парақ пішінін PDF ретінде экспорттау"), "\(texts)")
        }
    }
}
