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
            // Keys by the names printed on them, not GTK's keysym names.
            XCTAssertTrue(texts.contains("Page Down") && texts.contains("Page Up") && texts.contains("Esc"), "\(texts)")
            XCTAssertFalse(texts.contains { $0.contains("_") }, "\(texts.filter { $0.contains("_") })")
        }
    }

    /// Ctrl+W and, as in other GNOME applications, Ctrl+Q close Damu's one window; closing asks
    /// about unsaved work first. The shortcuts window lists both.
    func testControlWAndControlQCloseTheWindow() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            var actionOf: [String: String] = [:]
            let shortcuts = window.actions.shortcuts
            for index in 0..<g_list_model_get_n_items(shortcuts) {
                let shortcut = OpaquePointer(g_list_model_get_item(shortcuts, index)!)
                defer { g_object_unref(UnsafeMutableRawPointer(shortcut)) }
                guard let action = gtk_shortcut_get_action(shortcut),
                      g_type_check_instance_is_a(UnsafeMutablePointer(action), gtk_named_action_get_type()) != 0,
                      let trigger = gtk_shortcut_get_trigger(shortcut)
                else { continue }
                let name = String(cString: gtk_named_action_get_action_name(action))
                let text = gtk_shortcut_trigger_to_string(trigger)!
                defer { g_free(text) }
                for accelerator in String(cString: text).split(separator: "|") { actionOf[String(accelerator)] = name }
            }
            XCTAssertEqual(actionOf["<Control>w"], "win.close", "\(actionOf)")
            XCTAssertEqual(actionOf["<Control>q"], "win.close", "\(actionOf)")

            Localization.choose(language: "kk")
            let list = try XCTUnwrap(ShortcutsWindow.present(parent: window.window))
            defer { gtk_window_destroy(list.cast()) }
            pump()
            let texts = labelTexts(in: list)
            XCTAssertTrue(texts.contains("Терезені жабу") && texts.contains("Шығу"), "\(texts)")
            screenshot(of: list, "shortcuts-kk")
        }
    }
}
