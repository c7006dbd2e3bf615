import CGtk
import DamuCore
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

/// Preferences switch the interface between Kazakh, Russian and English at once, and whatever the
/// teacher had typed, saved or not, is still in the window afterwards.
final class LanguageSwitchTests: TranslatedGUITestCase, @unchecked Sendable {
    private var settingsFile: URL {
        URL(fileURLWithPath: String(cString: g_get_user_config_dir())).appendingPathComponent("damu/settings.ini")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: settingsFile)
        try super.tearDownWithError()
    }

    /// Chooses `index` of Preferences' language list and returns the window built in its place.
    @MainActor
    private func choose(_ index: Int, in window: AppWindow) throws -> AppWindow {
        var replacement: AppWindow?
        window.onReplaced = { replacement = $0 }
        window.openPreferences()
        pump()
        let preferences = try XCTUnwrap(window.preferences)
        XCTAssertEqual(LanguagePreference.choices[index].code, [nil, "kk", "ru", "en"][index])
        preferences.language.selected = index
        pump(milliseconds: 300)
        let built = try XCTUnwrap(replacement, "a new window replaced the old one")
        XCTAssertTrue(built.preferences?.isOpen ?? false, "Preferences stay open, now in the new language")
        return built
    }

    func testAnUnsavedProfileFormSurvivesSwitchingToRussianAndIsSavedAfterwards() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow()
            window.showProfileForm(nil)
            window.profileEditor.fullName.text = "Әлия Нұрланқызы"
            window.profileEditor.school.text = "№ 7 гимназия"
            XCTAssertEqual(window.title, "New profile")

            let russian = try choose(2, in: window)
            XCTAssertEqual(russian.title, "Новый профиль")
            XCTAssertEqual(russian.currentPage, "profile")
            XCTAssertEqual(russian.profileEditor.fullName.text, "Әлия Нұрланқызы")
            XCTAssertEqual(russian.profileEditor.school.text, "№ 7 гимназия")
            XCTAssertEqual(try storedDatabase().profiles().count, 0, "switching saved nothing by itself")
            XCTAssertTrue(try String(contentsOf: settingsFile, encoding: .utf8).contains("language=ru"))
            XCTAssertEqual(LanguagePreference.stored, "ru")
            screenshot(russian, "preferences-ru-1024")
            if let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"], let preferences = russian.preferences {
                try? Snapshot.png(of: preferences.window, to: "\(directory)/preferences-dialog-ru.png")
            }

            russian.profileEditor.save()
            pump()
            XCTAssertEqual(try storedDatabase().profiles().map(\.fullName), ["Әлия Нұрланқызы"])
            XCTAssertEqual(russian.currentPage, "history")
        }
    }

    func testAHalfWrittenAnalysisKeepsEveryAnswerTheStepAndItsOwnLanguage() throws {
        try MainActor.assumeIsolated {
            let profile = try AppDatabase.open(at: databaseURL).save(Profile(fullName: "Нұрлан Ахметов", school: "№ 3 мектеп"))
            let window = try makeWindow(language: "ru")
            window.chooser.open(profile)
            window.newAnalysis()
            pump()
            let form = try XCTUnwrap(window.editor.form)
            form.date.text = "2025-13-40"  // not a date yet: kept as typed
            form.context[0].text = "Сынып белсенді болды."
            form.sectorScores[2].button(8).emit("clicked")
            form.coaching[4].text = "Келесі жолы уақытты жақсырақ бөлемін."
            window.editor.showStep("coaching")
            let sectorNames = form.sectorNames.map(\.text)
            XCTAssertEqual(window.title, "New lesson analysis")

            let kazakh = try choose(1, in: window)
            XCTAssertEqual(kazakh.title, "Жаңа өзіндік талдау")
            XCTAssertEqual(kazakh.currentPage, "editor")
            XCTAssertEqual(kazakh.editor.currentStep, "coaching")
            let carried = try XCTUnwrap(kazakh.editor.form)
            XCTAssertEqual(carried.date.text, "2025-13-40")
            XCTAssertEqual(carried.context[0].text, "Сынып белсенді болды.")
            XCTAssertEqual(carried.sectorScores[2].score, 8)
            XCTAssertEqual(carried.coaching[4].text, "Келесі жолы уақытты жақсырақ бөлемін.")
            XCTAssertEqual(carried.sectorNames.map(\.text), sectorNames, "the analysis keeps the language it was started in")
            XCTAssertEqual(carried.language, "ru")
            XCTAssertTrue(kazakh.editor.isDirty, "still unsaved")
            XCTAssertEqual(try storedDatabase().history(profileID: profile.id).analyses.count, 0)
            XCTAssertEqual(kazakh.session.language, "kk", "new analyses are started in the interface's language")
            screenshot(kazakh, "preferences-kk-editor-1024")

            let system = try choose(0, in: kazakh)
            XCTAssertEqual(system.title, "New lesson analysis", "the system's language (English here) again")
            XCTAssertEqual(try XCTUnwrap(system.editor.form).coaching[4].text, "Келесі жолы уақытты жақсырақ бөлемін.")
            XCTAssertNil(LanguagePreference.stored)
            XCTAssertFalse(try String(contentsOf: settingsFile, encoding: .utf8).contains("language="))
        }
    }

    func testARouteSheetKeepsTheLanguageItWasStartedIn() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try moderatorsRouteSheet(language: "ru")
            page.rows.select(row: 0)
            page.rows.date.text = year.firstDay.adding(days: 14).iso
            page.rows.markButton.click()
            pump()
            let started = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(started.language, "ru", "started in Russian")

            let kazakh = try choose(1, in: window)
            kazakh.preferences.map { gtk_window_close($0.window.cast()) }
            XCTAssertEqual(kazakh.currentPage, "route-sheet")
            let carried = try XCTUnwrap(kazakh.routeSheet)
            carried.rows.select(row: 1)
            carried.rows.date.text = year.firstDay.adding(days: 21).iso
            carried.rows.markButton.click()
            pump()
            let marked = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(marked.currentMark(of: .template(1)), .achieved, "marked in the Kazakh window")
            XCTAssertEqual(marked.language, "ru", "and still the Russian sheet it was started as")
            XCTAssertEqual(marked.wheel.sectorNames, started.wheel.sectorNames)
            XCTAssertEqual(BundleRecord(sheet: marked, deletedAt: nil).language, "ru", "and exported as such")
        }
    }

    func testEveryProfilePageFitsAt1024InKazakhAndRussian() throws {
        try MainActor.assumeIsolated {
            var window = try makeWindow(width: 1024, height: 768)
            window.chooser.demoButton.click()
            pump(milliseconds: 300)
            for (index, language) in [(1, "kk"), (2, "ru")] {
                window = try choose(index, in: window)
                window.preferences.map { gtk_window_close($0.window.cast()) }
                for page in ["history", "route-sheet", "cards"] {
                    switch page {
                    case "route-sheet": window.showRouteSheet()
                    case "cards": window.showCards()
                    default: window.showHistory(try XCTUnwrap(window.session.profile))
                    }
                    pump(milliseconds: 300)
                    XCTAssertEqual(window.currentPage, page)
                    XCTAssertLessThanOrEqual(window.window.width, 1024, "\(language) \(page): the header and the page fit the screen")
                    screenshot(window, "\(page)-\(language)-1024")
                }
                window.showHistory(try XCTUnwrap(window.session.profile))
                pump()
            }
        }
    }
}
