import CGtk
import DamuCore
import Foundation
import XCTest

@testable import DamuUI

/// The line under each reflection card says how the card is stored and whether it was changed.
/// In Kazakh and Russian, at 1024×768, it stays one line beside the card's buttons: were it to
/// wrap, the form above would lose a line as the teacher starts typing.
final class CardStatusLineTests: TranslatedGUITestCase, @unchecked Sendable {
    func testAChangedDraftsStatusKeepsToOneLineInKazakhAndRussian() throws {
        try MainActor.assumeIsolated {
            for language in ["kk", "ru"] {
                Localization.choose(language: language)
                let window = try makeWindow(width: 1024, height: 768, language: language)
                let profile = try window.session.database.save(Profile(fullName: "Жанар Бекқызы Сейітова", isNewTeacher: true))
                window.showHistory(profile)
                pump()
                window.showCards()
                pump(milliseconds: 300)
                let page = try XCTUnwrap(window.cards)
                try XCTUnwrap(page.annualForm).fields[0][0].text = "Диалог"
                try XCTUnwrap(page.weeklyForm).fields[0][0].text = "Сабақ жоспары"
                XCTAssertTrue(page.saveAnnual(finish: false))
                XCTAssertTrue(page.saveWeekly(finish: false))
                try XCTUnwrap(page.annualForm).fields[0][0].text = "Диалог арқылы оқыту"
                try XCTUnwrap(page.weeklyForm).fields[0][0].text = "Сабақ жоспары дайын"
                for (tab, status) in [("annual", page.annualStatus), ("weekly", page.weeklyStatus)] {
                    page.visibleTab = tab
                    pump(milliseconds: 100)
                    XCTAssertTrue(status.text.hasSuffix(tr("changes not saved")), "\(language) \(tab): \(status.text)")
                    let lines = pango_layout_get_line_count(gtk_label_get_layout(status.widget.opaque))
                    XCTAssertEqual(lines, 1, "\(language) \(tab): “\(status.text)” wraps")
                    screenshot(window, "card-changed-draft-\(language)-\(tab)-1024")
                }
                gtk_window_destroy(window.window.cast())
                pump()
            }
        }
    }
}
