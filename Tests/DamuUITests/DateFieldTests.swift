import CGtk
import DamuCore
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

/// In Kazakh and Russian the lessons, the analysis and the route sheet show a day as 20.05.2026,
/// and a day typed that way is saved as that day; a day the calendar lacks is refused in words.
final class DateFieldTests: TranslatedGUITestCase, @unchecked Sendable {
    func testALessonsDateIsShownAndTypedTheWayTheLanguageWritesIt() throws {
        try MainActor.assumeIsolated {
            for language in ["kk", "ru"] {
                Localization.choose(language: language)
                let window = try makeWindow(width: 1024, height: 768, language: language)
                if let demo = try storedDatabase().profiles().first {
                    window.chooser.open(demo)
                } else {
                    window.chooser.demoButton.click()
                }
                pump(milliseconds: 300)
                let profile = try XCTUnwrap(window.session.profile, language)
                let latest = try XCTUnwrap(try storedDatabase().history(profileID: profile.id).latest)
                let day = latest.lesson.date
                let written = String(format: "%02ld.%02ld.%04ld", day.day, day.month, day.year)
                XCTAssertTrue(labelTexts(in: window.history.list.widget).contains { $0.hasPrefix(written) },
                              "\(language): the list shows \(written)")
                XCTAssertTrue(labelTexts(in: window.history.widget).contains { $0.hasPrefix(written + " · ") }, "\(language): the chosen lesson's facts")

                window.showEditor(latest, template: try storedDatabase().template(of: latest), isNew: false)
                pump()
                let form = try XCTUnwrap(window.editor.form)
                XCTAssertEqual(form.date.text, written, language)
                XCTAssertEqual(String(cString: gtk_entry_get_placeholder_text(form.date.widget.cast())),
                               language == "kk" ? "КК.АА.ЖЖЖЖ" : "ДД.ММ.ГГГГ")

                let earlier = day.adding(days: -1)
                form.date.text = "\(earlier.day).\(earlier.month).\(earlier.year)"
                XCTAssertTrue(window.editor.save(), language)
                XCTAssertEqual(try storedDatabase().analysis(id: latest.id)?.lesson.date, earlier, "\(language): saved as typed")
                XCTAssertEqual(form.date.text, DateText.of(earlier), "the saved day is written back in full")
                let savedOn = LessonDate(try XCTUnwrap(try storedDatabase().analysis(id: latest.id)?.updatedAt))
                let savedText = String(format: "%02ld.%02ld.%04ld, ", savedOn.day, savedOn.month, savedOn.year)
                XCTAssertTrue(window.editor.status.text.contains(savedText), "\(language): the save's day in \(window.editor.status.text)")

                form.date.text = "30.02.\(day.year)"
                XCTAssertFalse(window.editor.save())
                pump()
                let refusal = presentedDialogText()
                XCTAssertTrue(refusal.contains("30.02.\(day.year)") && refusal.contains(language == "kk" ? "күнтізбеде жоқ" : "нет в календаре"),
                              "\(language): \(refusal)")
                screenshot(window, "date-refused-\(language)-1024")
                Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
                XCTAssertEqual(form.date.text, "30.02.\(day.year)", "what was typed stays")
                XCTAssertEqual(try storedDatabase().analysis(id: latest.id)?.lesson.date, earlier, "and nothing was saved")
                gtk_window_destroy(window.window.cast())
                pump()
            }
        }
    }

    func testARouteSheetMarkIsDatedTheWayTheLanguageWritesIt() throws {
        try MainActor.assumeIsolated {
            Localization.choose(language: "ru")
            let (window, profile, page, year) = try moderatorsRouteSheet(language: "ru")
            page.rows.select(row: 0)
            pump()
            XCTAssertNoThrow(try DateText.day(from: page.rows.date.text))
            XCTAssertTrue(page.rows.date.text.contains("."), "the day offered is written 20.05.2026: \(page.rows.date.text)")

            page.rows.date.text = "16.9.\(year.firstDay.year)"
            page.rows.markButton.click()
            pump()
            let sheet = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            let marked = try XCTUnwrap(sheet.marks(of: sheet.rowIDs[0])?.entries.last)
            XCTAssertEqual(marked.date, try LessonDate(year: year.firstDay.year, month: 9, day: 16))
            let shown = "16.09.\(year.firstDay.year)"
            XCTAssertTrue(page.rows.markTexts[0].contains(shown), page.rows.markTexts[0])
            XCTAssertTrue(page.rows.historyTexts[0].hasPrefix(shown), page.rows.historyTexts[0])
            XCTAssertTrue(labelTexts(in: page.rows.widget).contains { $0.contains(shown) }, "and the page draws it")
            XCTAssertEqual(page.rows.date.text, shown, "the field writes the day back in full")
            screenshot(window, "route-sheet-date-ru-1024")
        }
    }
}
