import CGtk
import DamuCore
import XCTest

@testable import DamuUI

/// Alt + an underlined letter presses a button or reaches a field only when nothing else in sight
/// has the same letter; with two, the key just moves between them. So on every page, in every
/// language, in the main menu and in the questions, no two access keys are the same.
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

    /// The demo teacher's lessons, with the interface in `language`; in English, the instruments
    /// are the Kazakh ones.
    @MainActor
    private func demoWindow(in language: String) throws -> AppWindow {
        Localization.choose(language: language)
        let window = try makeWindow(language: language == "en" ? "kk" : language)
        window.chooser.demoButton.click()
        pump(milliseconds: 300)
        return window
    }

    /// Presentation mode hides the header bar and shows a bar of its own.
    func testNoTwoControlsShareAnAccessKeyInPresentationMode() throws {
        try MainActor.assumeIsolated {
            for language in ["en", "kk", "ru"] {
                let window = try demoWindow(in: language)
                window.actions.activate("presentation")
                pump(milliseconds: 300)
                XCTAssertEqual(window.currentPage, "presentation", language)
                let clashes = AccessKeys.clashes(in: window.window)
                XCTAssertTrue(clashes.isEmpty, "\(language) presentation:\n" + clashes.joined(separator: "\n"))
                gtk_window_destroy(window.window.cast())
                pump()
                try FileManager.default.removeItem(at: databaseURL)
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

    /// The questions with more than one button, as a teacher meets them: leaving an unsaved
    /// analysis, deleting it, starting the next school year of a route sheet, what to export, and
    /// whether to import another teacher's work, and whether to go on with an analysis or cards an
    /// earlier run kept unsaved. Every button has a key, and no two the same.
    func testNoTwoButtonsOfAQuestionShareAnAccessKey() throws {
        try MainActor.assumeIsolated {
            for language in ["en", "kk", "ru"] {
                let window = try demoWindow(in: language)
                let profile = try XCTUnwrap(window.session.profile)
                let latest = try XCTUnwrap(try storedDatabase().history(profileID: profile.id).latest)
                window.showEditor(latest, template: try storedDatabase().template(of: latest), isNew: false)
                pump()
                window.editor.form?.topic.text = "Өзгерген тақырып"
                window.actions.activate("back")
                checkQuestion("\(language) unsaved analysis")
                window.editor.deleteButton.click()
                checkQuestion("\(language) deleting an analysis")
                window.editor.form?.topic.text = latest.lesson.topic
                window.showRouteSheet()
                pump(milliseconds: 300)
                window.routeSheet.startNextYear()
                checkQuestion("\(language) next school year")
                window.actions.activate("export-bundle")
                checkQuestion("\(language) export")
                window.previewImport(of: Self.otherTeachersBundle)
                checkQuestion("\(language) import")
                let kept = AnalysisDraft(base: latest, isNew: false, shown: latest, dateText: "", step: "lesson")
                try storedDatabase().keepDraft(kept, template: try storedDatabase().template(of: latest))
                window.openProfile(profile)
                checkQuestion("\(language) unsaved analysis kept")
                try storedDatabase().dropDraft(profileID: profile.id)
                var card = ReflectionCard(
                    profileID: profile.id, kind: .annual, academicYear: .current, template: try window.session.cardsTemplate(),
                    language: "kk")
                card.answers[0][0] = "Диалог"
                try storedDatabase().keepCardDrafts(
                    try XCTUnwrap(ReflectionCardDrafts(profileID: profile.id, academicYear: .current, annual: card, weekly: nil)))
                window.openProfile(profile)
                checkQuestion("\(language) unsaved cards kept")
                gtk_window_destroy(window.window.cast())
                pump()
                try FileManager.default.removeItem(at: databaseURL)
            }
        }
    }

    @MainActor
    private func checkQuestion(_ name: String) {
        pump()
        guard let dialog = Dialogs.presented else { return XCTFail("\(name): no question") }
        let clashes = AccessKeys.clashes(in: dialog)
        XCTAssertTrue(clashes.isEmpty, "\(name):\n" + clashes.joined(separator: "\n"))
        XCTAssertEqual(AccessKeys.buttonsWithoutKey(in: dialog), [], name)
        gtk_window_set_mnemonics_visible(dialog.cast(), 1)
        screenshot(of: dialog, name.replacingOccurrences(of: " ", with: "-"))
        Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
        pump()
        // A question without Cancel is closed as Esc closes it.
        if let dialog = Dialogs.presented { gtk_window_close(dialog.cast()) }
        pump()
    }

    private static let otherTeachersBundle = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/bundles/valid-v2.json")

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
