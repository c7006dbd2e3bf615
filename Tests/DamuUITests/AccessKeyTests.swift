import CGtk
import DamuCore
import XCTest

@testable import DamuUI

/// Alt + an underlined letter presses a button or reaches a field only when nothing else in sight
/// has the same letter; with two, the key just moves between them. So on every page, in every
/// language, and in the main menu, no two access keys are the same.
final class AccessKeyTests: TranslatedGUITestCase, @unchecked Sendable {
    func testNoTwoControlsInSightShareAnAccessKeyOnAnyPage() throws {
        try MainActor.assumeIsolated {
            for language in ["en", "kk", "ru"] {
                try tourEveryPage(in: language, instruments: language == "en" ? "kk" : nil) { window, page in
                    if case .lesson = page { return }
                    pump(milliseconds: 300)
                    let clashes = AccessKeys.clashes(in: window.window)
                    XCTAssertTrue(clashes.isEmpty, "\(language) \(page):\n" + clashes.joined(separator: "\n"))
                }
            }
        }
    }

    func testNoTwoItemsOfTheMainMenuShareAnAccessKey() throws {
        try MainActor.assumeIsolated {
            for language in ["en", "kk", "ru"] {
                Localization.choose(language: language)
                let window = try makeWindow(language: language == "en" ? "kk" : language)
                let labels = Self.labels(of: UnsafeMutablePointer<GMenuModel>(window.mainMenu()))
                XCTAssertEqual(labels.count, 16, "\(language): \(labels)")
                var users: [String: [String]] = [:]
                for label in labels {
                    let key = try XCTUnwrap(AccessKeys.key(of: label), "\(language): \(label) has no access key")
                    users[key, default: []].append(label)
                }
                XCTAssertEqual(users.filter { $0.value.count > 1 }.values.map { $0 }, [], language)
                gtk_window_destroy(window.window.cast())
            }
        }
    }

    /// The labels of a menu's items, section after section.
    private static func labels(of menu: UnsafeMutablePointer<GMenuModel>) -> [String] {
        var labels: [String] = []
        for index in 0..<g_menu_model_get_n_items(menu) {
            if let section = g_menu_model_get_item_link(menu, index, G_MENU_LINK_SECTION) {
                labels += Self.labels(of: section)
                g_object_unref(section)
            } else if let value = g_menu_model_get_item_attribute_value(menu, index, G_MENU_ATTRIBUTE_LABEL, nil) {
                labels.append(String(cString: g_variant_get_string(value, nil)))
                g_variant_unref(value)
            }
        }
        return labels
    }
}
