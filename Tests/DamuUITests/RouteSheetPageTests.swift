import CGtk
import DamuCore
import DamuRender
import DamuStore
import DamuTestSupport
import Foundation
import GtkShim
import XCTest

@testable import DamuUI

extension GUITestCase {
    /// The demo teacher's route sheet, reached as a teacher reaches it: from the lessons page.
    @MainActor
    func demoRouteSheet() throws -> (AppWindow, Profile) {
        let window = try makeWindow()
        window.chooser.demoButton.click()
        pump(milliseconds: 300)
        let profile = try XCTUnwrap(window.session.profile)
        XCTAssertEqual(window.currentPage, "history")
        window.history.headerButtons[0].emit("clicked")
        pump(milliseconds: 300)
        XCTAssertEqual(window.currentPage, "route-sheet")
        return (window, profile)
    }

    /// The demo's sheet of its year on the tab named `tab`.
    @MainActor
    func demoRouteSheet(on tab: String) throws -> (AppWindow, Profile, RouteSheetPage, AcademicYear) {
        let (window, profile) = try demoRouteSheet()
        let page = window.routeSheet!
        let year = try XCTUnwrap(page.sheet?.academicYear)
        page.showTab(tab)
        pump()
        return (window, profile, page, year)
    }

    /// Enter typed in a wrapping text of the route sheet, as the keyboard delivers it.
    @MainActor
    func pressEnter(in area: TextArea) {
        XCTAssertNotEqual(damu_shim_press_key(area.textView.pointer, UInt32(GDK_KEY_Return)), 0, "Enter handled")
        pump()
    }
}

/// The route sheet in the window: reached from the profile's page, marked through its widgets,
/// with what is stored and drawn checked against the database.
final class RouteSheetPageTests: GUITestCase, @unchecked Sendable {
    func testMarkingARowThroughTheWidgetsStoresItWithItsHistory() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try XCTUnwrap(page.sheet?.academicYear)
            XCTAssertTrue(page.isStored, "the demo's sheet of its year opens")
            for tab in ["sheet", "wheel", "weekly", "routes"] {
                page.showTab(tab)
                pump(milliseconds: 200)
                XCTAssertLessThanOrEqual(window.window.width, 1024, "the \(tab) tab fits at 1024×768")
            }
            page.showTab("sheet")
            screenshot(window, "route-sheet-1024")
            let before = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            let history = before.marks(of: .template(1))?.entries ?? []

            page.rows.select(row: 1)
            page.rows.markChoice.selected = 1  // ±
            let day = min(LessonDate.today, year.lastDay).iso
            page.rows.date.text = day
            page.rows.evidenceKind.selected = 0
            page.rows.evidence.text = "Әдістемелік бірлестікте баяндама"
            page.rows.markButton.click()
            pump()

            let stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            let entries = try XCTUnwrap(stored.marks(of: .template(1))?.entries)
            XCTAssertEqual(entries.count, history.count + 1, "the new mark joins the history")
            XCTAssertEqual(Array(entries.prefix(history.count)), history, "earlier marks stay")
            XCTAssertEqual(entries.last, RowMark(mark: .partial, date: try LessonDate(iso: day), evidence: .text("Әдістемелік бірлестікте баяндама")))
            XCTAssertTrue(page.rows.historyTexts[1].contains("Әдістемелік бірлестікте баяндама"), "the history shows it")
            XCTAssertTrue(page.rows.markTexts[1].hasPrefix("±"), page.rows.markTexts[1])
            let progress = stored.progress
            XCTAssertTrue(page.summary.text.contains("± \(progress.partial)"), page.summary.text)
            XCTAssertTrue(page.summary.text.contains("unmarked \(progress.unmarked)"), page.summary.text)
            XCTAssertFalse(page.rows.markNote.widget.isVisible)

            // A mark dated before the row's latest joins its history, and the page says the row keeps the later one.
            page.rows.markChoice.selected = 0  // +
            page.rows.date.text = year.firstDay.iso
            page.rows.markButton.click()
            pump()
            let earlier = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(earlier.marks(of: .template(1))?.entries.count, entries.count + 1)
            XCTAssertTrue(page.rows.markTexts[1].hasPrefix("±"), "the row's mark stays the later one")
            XCTAssertTrue(page.rows.markNote.widget.isVisible)
            XCTAssertTrue(page.rows.markNote.text.hasPrefix("The row keeps its later mark: ±"), page.rows.markNote.text)
            page.rows.select(row: 2)
            pump()
            XCTAssertFalse(page.rows.markNote.widget.isVisible, "another row chosen, the note goes")
        }
    }

    func testABadDateIsRefusedAndNothingIsStored() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try XCTUnwrap(page.sheet?.academicYear)
            let before = try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)
            page.rows.select(row: 2)
            page.rows.date.text = "2001-01-01"
            page.rows.markButton.click()
            pump()
            XCTAssertNotNil(Dialogs.presented, "the teacher is told why")
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertEqual(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year), before)
        }
    }

    func testOwnRowsAreAddedAndARowWithMarksOrActionsIsDeletedOnlyAfterAsking() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try XCTUnwrap(page.sheet?.academicYear)
            let count = try XCTUnwrap(page.sheet?.ownRows.count)
            page.rows.newRow.text = "Инклюзивті білім беру"
            page.rows.addButton.click()
            pump()
            var stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.ownRows.count, count + 1)
            XCTAssertEqual(stored.ownRows.last?.direction, "Инклюзивті білім беру")
            XCTAssertEqual(page.rows.selectedIndex, page.rows.rowIDs.count - 1, "the new row is chosen")

            page.rows.select(row: 2)
            page.rows.newAction.text = "Әріптестің сабағына қатысу"
            page.rows.addActionButton.click()
            pump()
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.templateRows[2].addedActions.last, "Әріптестің сабағына қатысу", "kept apart from the template's")
            page.rows.select(row: page.rows.rowIDs.count - 1)

            page.rows.evidence.text = "Семинарға қатыстым"
            page.rows.markButton.click()
            pump()
            page.rows.deleteButton.click()
            pump()
            XCTAssertNotNil(Dialogs.presented, "a row with marks asks first")
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.ownRows.count, count + 1, "cancel keeps it")

            page.rows.deleteButton.click()
            pump()
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.ownRows.count, count)

            // A row with an action of the teacher's own but no mark asks too, and so does one
            // that is only its direction, naming it.
            page.rows.newRow.text = "Цифрлық сауаттылық"
            page.rows.addButton.click()
            pump()
            page.rows.newAction.text = "Онлайн курстан өту"
            page.rows.addActionButton.click()
            pump()
            page.rows.deleteButton.click()
            pump()
            XCTAssertTrue(presentedDialogText().contains("It has 1 action of your own."), presentedDialogText())
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Cancel")
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.ownRows.last?.actions, ["Онлайн курстан өту"], "Enter keeps it")
            page.rows.deleteButton.click()
            pump()
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            page.rows.newRow.text = "Тек бағыт"
            page.rows.addButton.click()
            pump()
            page.rows.deleteButton.click()
            pump()
            XCTAssertTrue(presentedDialogText().contains("The row “Тек бағыт” leaves this sheet."), presentedDialogText())
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Cancel")
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.ownRows.last?.direction, "Тек бағыт", "Enter keeps even a row that is only its direction")
            page.rows.deleteButton.click()
            pump()
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.ownRows.count, count)
        }
    }

    func testTheWheelScoresAndDrawsTheThreeMoments() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try XCTUnwrap(page.sheet?.academicYear)
            page.showTab("wheel")
            pump()
            // A past year opens on its end, drawn over its middle; this year's on the scoring due.
            let due: DevelopmentWheel.Moment = year.contains(.today) ? .due(on: .today) : .end
            XCTAssertEqual(page.wheel.chosenMoment, due)
            let demo = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)).wheel
            XCTAssertEqual(page.wheel.view.picture.scores, demo.scores(at: due))

            // The middle being scored is drawn solid over the start, with the end dotted, and
            // follows each score chosen beside it or typed on the wheel.
            page.wheel.moment.selected = 1
            pump()
            page.wheel.scoreChoices[0].selected = 10  // score 9
            pump()
            var stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.wheel.sectors[0].middle, 9)
            var picture = page.wheel.view.picture
            XCTAssertEqual(picture.scores, stored.wheel.scores(at: .middle))
            XCTAssertEqual(picture.scores[0], 9)
            XCTAssertEqual(picture.overlayScores, stored.wheel.scores(at: .start))
            XCTAssertTrue(picture.showChanges, "each sector's change since the start")
            XCTAssertEqual(picture.earlierOverlays, [stored.wheel.scores(at: .end)])
            XCTAssertEqual(page.wheel.legendText, "Middle of the year: solid · Start of the year: dashed · End of the year: dotted")
            screenshot(window, "route-sheet-wheel-1024")

            page.wheel.view.widget.grabFocus()
            for key in [GDK_KEY_Right, GDK_KEY_3] {
                XCTAssertNotEqual(damu_shim_press_key(page.wheel.view.widget.pointer, UInt32(key)), 0, "key \(key) handled")
            }
            pump()
            stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.wheel.sectors[1].middle, 3, "typed on the wheel, stored as the middle's")
            picture = page.wheel.view.picture
            XCTAssertEqual(picture.scores[1], 3, "and drawn on the solid line")
            XCTAssertEqual(page.wheel.scoreChoices[1].selected, 4, "and chosen beside it")

            // The start has nothing before it: the middle is drawn under it without changes.
            page.wheel.moment.selected = 0
            pump()
            picture = page.wheel.view.picture
            XCTAssertEqual(picture.scores, stored.wheel.scores(at: .start))
            XCTAssertEqual(picture.overlayScores, stored.wheel.scores(at: .middle))
            XCTAssertFalse(picture.showChanges)
            XCTAssertEqual(page.wheel.legendText, "Start of the year: solid · Middle of the year: dashed · End of the year: dotted")

            page.showTab("weekly")
            pump()
            XCTAssertTrue(page.weekly.summary.text.contains("Lesson analyses in"), page.weekly.summary.text)
            XCTAssertTrue(page.weekly.weeks.text.contains("Week 1"))
            // Where the label lays out each column's first character, in weeks 1, 9, 10 and the last.
            let lines = page.weekly.weeks.text.components(separatedBy: "\n")
            XCTAssertGreaterThan(lines.count, 10)
            let layout = gtk_label_get_layout(page.weekly.weeks.widget.opaque)
            func columnX(line: Int, column: Int) -> Int32 {
                let before = lines[..<line].map { $0.utf8.count + 1 }.reduce(0, +)
                let cells = lines[line].components(separatedBy: "\t")
                let start = before + cells.prefix(column).map { $0.utf8.count + 1 }.reduce(0, +)
                var position = PangoRectangle()
                pango_layout_index_to_pos(layout, Int32(start), &position)
                return position.x
            }
            for column in 1...2 {
                let xs = [0, 8, 9, lines.count - 1].map { columnX(line: $0, column: column) }
                XCTAssertEqual(Set(xs).count, 1, "column \(column) starts at one place in every week: \(xs)")
                XCTAssertGreaterThan(xs[0], columnX(line: 9, column: column - 1), "after the column before it")
            }
            screenshot(window, "route-sheet-weekly-1024")
        }
    }

    func testRoutesRecordCountsAndDoneMarks() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "routes")
            screenshot(window, "route-sheet-routes-1024")
            let field = try XCTUnwrap(page.routes.counts.first)
            field.value = 3
            pump()
            let counted = try XCTUnwrap(try storedDatabase().professionalRoute(profileID: profile.id, academicYear: year)?.countedItems.first)
            XCTAssertEqual(counted.item.actual, 3)

            let done = try XCTUnwrap(page.routes.doneToggles.first { !$0.toggle.isOn })
            done.toggle.isOn = true
            pump()
            let route = try XCTUnwrap(try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year))
            XCTAssertTrue(route.blocks[done.block].entries[done.row].done)
        }
    }

    func testARouteItemWithACountIsRemovedOnlyAfterAsking() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "routes")
            let stored = { @MainActor in try XCTUnwrap(try self.storedDatabase().professionalRoute(profileID: profile.id, academicYear: year)) }
            let counted = try XCTUnwrap(try stored().countedItems.first)
            page.routes.counts[0].value = 2
            pump()
            XCTAssertEqual(try stored()[counted.quadrant][counted.index].actual, 2)

            try XCTUnwrap(page.routes.removeButtons[counted.quadrant]?[counted.index]).click()
            pump()
            XCTAssertTrue(presentedDialogText().contains("Done so far: 2 of \(counted.item.target ?? 0)."), presentedDialogText())
            screenshot(of: try XCTUnwrap(Dialogs.presented), "route-item-remove-question")
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Cancel", "Enter keeps the item")
            pump()
            XCTAssertEqual(try stored()[counted.quadrant][counted.index].text, counted.item.text)

            try XCTUnwrap(page.routes.removeButtons[counted.quadrant]?[counted.index]).click()
            pump()
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            XCTAssertFalse(try stored()[counted.quadrant].contains { $0.text == counted.item.text }, "the item and its count are gone")

            // One with nothing counted goes at once.
            let goals = try stored().goals
            let uncounted = try XCTUnwrap(goals.firstIndex { $0.actual == 0 })
            try XCTUnwrap(page.routes.removeButtons[.goals]?[uncounted]).click()
            pump()
            XCTAssertNil(Dialogs.presented, "nothing counted: no question")
            XCTAssertEqual(try stored().goals.count, goals.count - 1)
            XCTAssertEqual(page.routes.removeButtons[.goals]?.count, goals.count - 1, "the page shows what is stored")
            XCTAssertEqual(window.currentPage, "route-sheet")
        }
    }

    func testTheRoutesTextsAreWrittenThroughTheirFields() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "routes")
            let stored = { @MainActor in try XCTUnwrap(try self.storedDatabase().professionalRoute(profileID: profile.id, academicYear: year)) }
            let before = try stored()

            let topic = try XCTUnwrap(page.routes.topic)
            topic.text = "Оқушылардың функционалдық сауаттылығы"
            pressEnter(in: topic)
            XCTAssertEqual(try stored().topic, "Оқушылардың функционалдық сауаттылығы")
            XCTAssertEqual(topic.text, "Оқушылардың функционалдық сауаттылығы", "Enter saves; it starts no new line")

            let newIndicator = try XCTUnwrap(page.routes.newItems[.indicators])
            newIndicator.text = "жылына 3 семинар өткізу"
            newIndicator.widget.emit("activate")
            pump()
            let added = try XCTUnwrap(try stored().indicators.last)
            XCTAssertEqual(added.text, "жылына 3 семинар өткізу")
            XCTAssertEqual(added.target, 3, "the yearly number becomes the item's target")
            XCTAssertEqual(try stored().indicators.count, before.indicators.count + 1)
            let russian = try XCTUnwrap(page.routes.newItems[.indicators])
            russian.text = "Провести 2 семинара в год"
            russian.widget.emit("activate")
            pump()
            XCTAssertEqual(try stored().indicators.last?.target, 2, "a Russian item gets its target too")
            XCTAssertEqual(try stored().indicators.last?.unit, "семинара")
            XCTAssertEqual(page.routes.counts.count, try stored().countedItems.count, "each counted item shows a field for its count")

            let educational = { @MainActor in try XCTUnwrap(try self.storedDatabase().educationalRoute(profileID: profile.id, academicYear: year)) }
            let row = try XCTUnwrap(page.routes.results.first)
            row.expected.text = "Сабақ жоспарлары жинағы"
            row.expected.widget.emit("activate")
            pump()
            XCTAssertEqual(try educational().blocks[row.block].entries[row.row].expectedResult, "Сабақ жоспарлары жинағы")
            let motivation = try XCTUnwrap(page.routes.motivation)
            motivation.text = "Әр оқушының табысы — менің табысым."
            pressEnter(in: motivation)
            XCTAssertEqual(try educational().header.motivation, "Әр оқушының табысы — менің табысым.")
            screenshot(window, "route-sheet-routes-edited-1024")
        }
    }

    func testStartingTheNextYearCarriesOpenRowsAndExportWritesThePDF() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try XCTUnwrap(page.sheet?.academicYear)
            let open = try XCTUnwrap(page.sheet?.openRows.count)

            let url = folder.appendingPathComponent("sheet.pdf")
            window.exportForm(try XCTUnwrap(page.exportDocument()), to: url)
            XCTAssertEqual(String(decoding: try Data(contentsOf: url).prefix(5), as: UTF8.self), "%PDF-")

            page.headerButtons[0].emit("clicked")
            pump()
            let question = try XCTUnwrap(Dialogs.presented)
            screenshot(of: question, "route-sheet-next-year-question")
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump(milliseconds: 300)
            let next = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: try year.next()))
            XCTAssertEqual(page.sheet?.academicYear, try year.next())
            XCTAssertEqual(next.category, .moderator)
            XCTAssertEqual(next.progress.unmarked, next.rowIDs.count, "a new year starts unmarked")
            XCTAssertGreaterThanOrEqual(next.rowIDs.count, 7, "the category's rows")
            XCTAssertLessThanOrEqual(next.ownRows.count, open + 1)
        }
    }

    func testTheTeacherNamesTheWheelsSectorsAndAnEmptyNameIsRefused() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "wheel")
            let before = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)).wheel
            page.wheel.sectorNames[1].text = "Менің курстарым"
            pressEnter(in: page.wheel.sectorNames[1])
            pump()
            let renamed = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)).wheel
            XCTAssertEqual(renamed.sectors[1].name, "Менің курстарым")
            XCTAssertEqual(renamed.sectors[1].start, before.sectors[1].start, "the scores stay with the sector")
            XCTAssertEqual(page.wheel.view.picture.sectorNames[1], "Менің курстарым", "drawn under its new name")

            page.wheel.sectorNames[2].text = "   "
            pressEnter(in: page.wheel.sectorNames[2])
            pump()
            XCTAssertTrue(presentedDialogText().contains("The sector was not renamed"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "route-sheet", "the teacher stays on the wheel")
            let after = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year)).wheel
            XCTAssertEqual(after.sectors[2].name, before.sectors[2].name, "nothing was stored")
            XCTAssertEqual(page.wheel.sectorNames[2].text, before.sectors[2].name, "the field shows the stored name again")
        }
    }

    /// The widget that has the window's focus is `widget` or inside it (an entry's text, say).
    @MainActor
    private func holdsFocus(_ widget: Widget, in window: AppWindow) -> Bool {
        guard let focus = gtk_window_get_focus(window.window.cast()) else { return false }
        return focus == widget.cast() || gtk_widget_is_ancestor(focus, widget.cast()) != 0
    }

    func testARoutesTextIsSavedWhenTheTeacherMovesOnAndTheNextFieldKeepsTheFocus() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "routes")
            let row = try XCTUnwrap(page.routes.results.first)
            let shown = try XCTUnwrap(page.routes.rowTexts.first { $0.block == row.block && $0.row == row.row })
            row.expected.widget.grabFocus()
            pump()
            row.expected.text = "Сабақ жоспарлары жинағы"
            row.product.widget.grabFocus()
            pump()
            let stored = try XCTUnwrap(try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.blocks[row.block].entries[row.row].expectedResult, "Сабақ жоспарлары жинағы", "leaving the field saved it")
            XCTAssertTrue(holdsFocus(row.product.widget, in: window), "the field moved to keeps the focus")
            XCTAssertEqual(page.routes.results.first?.product.widget.pointer, row.product.widget.pointer, "the fields stay as they are")
            XCTAssertTrue(shown.label.text.hasSuffix("— Сабақ жоспарлары жинағы"), shown.label.text)

            let done = try XCTUnwrap(page.routes.doneToggles.first { !$0.toggle.isOn })
            let count = try XCTUnwrap(try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year)).doneCount
            done.toggle.isOn = true
            pump()
            XCTAssertEqual(page.routes.planned?.text.hasSuffix(": \(count + 1)"), true, page.routes.planned?.text ?? "")
        }
    }

    /// A text field of the route sheet saves as it is left. The window closing leaves it too, and
    /// the application may end before the main loop turns again: what it says is stored at once.
    func testATextBeingTypedIsSavedWhenThePageTheTabOrTheWindowIsLeft() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "routes")
            func stored() throws -> EducationalRoute? { try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year) }
            let motivation = try XCTUnwrap(page.routes.motivation)
            motivation.textView.grabFocus()
            pump()
            motivation.text = "Әр оқушының табысы — менің табысым."
            window.goBack()
            XCTAssertEqual(try stored()?.header.motivation, "Әр оқушының табысы — менің табысым.", "going back saved it")
            pump()
            XCTAssertEqual(window.currentPage, "history")

            window.history.headerButtons[0].emit("clicked")
            pump(milliseconds: 300)
            page.showTab("wheel")
            pump()
            let name = page.wheel.sectorNames[1]
            name.textView.grabFocus()
            pump()
            name.text = "Менің курстарым"
            page.showTab("routes")
            let sheet = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(sheet.wheel.sectors[1].name, "Менің курстарым", "another tab saved the sector's name")
            pump()
            page.showTab("wheel")
            pump()
            XCTAssertEqual(page.wheel.view.picture.sectorNames[1], "Менің курстарым", "and the wheel is drawn with it")
            page.showTab("routes")
            pump()

            let field = try XCTUnwrap(page.routes.motivation)
            field.textView.grabFocus()
            pump()
            field.text = "Әр сабақ — жаңа мүмкіндік."
            gtk_window_close(window.window.cast())
            XCTAssertEqual(try stored()?.header.motivation, "Әр сабақ — жаңа мүмкіндік.", "closing the window saved it")
            // What showed the text went with the window: nothing may touch it now.
            pump()
        }
    }

    func testARoutesTextThatCannotBeSavedStaysInItsField() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "routes")
            let before = try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year)
            let motivation = try XCTUnwrap(page.routes.motivation)
            motivation.text = "Әр оқушының табысы — менің табысым."
            let disk = try FullDisk()
            pressEnter(in: motivation)
            disk.restore()
            XCTAssertTrue(presentedDialogText().contains("The route was not saved"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
            XCTAssertEqual(page.routes.motivation?.text, "Әр оқушының табысы — менің табысым.", "what the teacher typed stays")
            screenshot(window, "route-sheet-routes-not-saved-1024")
            XCTAssertEqual(try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year), before)
            XCTAssertEqual(try storedDatabase().integrityCheck(), "ok")

            // Room again: Enter in the same field saves the same words.
            pressEnter(in: motivation)
            XCTAssertNil(Dialogs.presented, presentedDialogText())
            let stored = try storedDatabase().educationalRoute(profileID: profile.id, academicYear: year)
            XCTAssertEqual(stored?.header.motivation, "Әр оқушының табысы — менің табысым.")
        }
    }

    func testAWheelScoreIsSavedAndItsChooserKeepsTheFocus() throws {
        try MainActor.assumeIsolated {
            let (window, profile, page, year) = try demoRouteSheet(on: "wheel")
            let choice = page.wheel.scoreChoices[2]
            choice.widget.grabFocus()
            pump()
            choice.selected = 8  // score 7
            pump()
            let stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.wheel.sectors[2][page.wheel.chosenMoment], 7)
            XCTAssertEqual(page.wheel.scoreChoices[2].widget.pointer, choice.widget.pointer, "the chooser stays")
            XCTAssertTrue(holdsFocus(choice.widget, in: window), "and keeps the focus")
            XCTAssertEqual(page.wheel.view.picture.scores, stored.wheel.scores(at: .end))
        }
    }
}

/// Choosing another school year in the page: a year without a sheet opens blank and its first
/// mark creates it; moving to the next category moves the profile too.
final class RouteSheetYearTests: GUITestCase, @unchecked Sendable {
    @MainActor
    private func chooseAYearWithoutASheet(_ page: RouteSheetPage, _ profile: Profile) throws -> AcademicYear {
        let choice = try XCTUnwrap(page.yearChoice)
        let empty = try XCTUnwrap(page.years.firstIndex { year in
            (try? storedDatabase().routeSheet(profileID: profile.id, academicYear: year)) == nil
        })
        choice.selected = empty
        pump()
        return page.years[empty]
    }

    func testAYearWithoutASheetOpensBlankAndItsFirstMarkCreatesIt() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try chooseAYearWithoutASheet(page, profile)
            XCTAssertEqual(page.sheet?.academicYear, year)
            XCTAssertFalse(page.isStored)
            XCTAssertTrue(page.summary.text.contains("not started yet"), page.summary.text)
            page.rows.select(row: 0)
            page.rows.date.text = year.firstDay.adding(days: 14).iso
            page.rows.markButton.click()
            pump()
            let stored = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: year))
            XCTAssertEqual(stored.currentMark(of: .template(0)), .achieved)
            XCTAssertTrue(page.isStored)
        }
    }

    func testMovingToTheNextCategoryShowsTheNextSheetAndMovesTheProfile() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            let year = try XCTUnwrap(page.sheet?.academicYear)
            page.startNextYear()
            pump()
            Dialogs.answer(GTK_RESPONSE_APPLY.rawValue)
            pump(milliseconds: 300)
            XCTAssertEqual(try storedDatabase().profile(id: profile.id)?.category, .expert)
            let next = try XCTUnwrap(try storedDatabase().routeSheet(profileID: profile.id, academicYear: try year.next()))
            XCTAssertEqual(next.category, .expert)
            XCTAssertEqual(page.sheet?.id, next.id)
            XCTAssertEqual(page.rows.rowIDs.count, next.rowIDs.count)
            XCTAssertTrue(page.stage.text.contains("Педагог-сарапшы"), page.stage.text)
        }
    }

    /// Row 1's weekly evidence names the breaks between terms and does not count them as gaps,
    /// but counts a lesson analysed in one.
    func testTheWeeklyEvidenceShowsTheBreaksAndLeavesThemOutOfTheCount() throws {
        try MainActor.assumeIsolated {
            let (window, _) = try demoRouteSheet()
            let page = window.routeSheet!
            page.showTab("weekly")
            pump()
            let year = try AcademicYear(startYear: 2025)
            let lessons = try ["2025-09-03", "2025-10-29", "2025-11-05", "2026-01-06"].map(LessonDate.init(iso:))
            page.weekly.show(WeeklyEvidence(academicYear: year, lessonDates: lessons), asOf: year.lastDay)
            pump()
            let rows: [[String]] = page.weekly.weeks.text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
            let breaks: [String?] = rows.filter { $0.last == "· school break" }.map(\.first)
            XCTAssertEqual(breaks, ["Week 18", "Week 30"])
            let row = { (week: String) in rows.first { $0.first == week } ?? [] }
            XCTAssertEqual(row("Week 9"), ["Week 9", "2025-10-27 – 2025-11-02", "✓ 1 analysis"], "taught in the break")
            XCTAssertEqual(row("Week 19").last, "✓ 1 analysis")
            XCTAssertEqual(rows.filter { $0.last == "— none" }.count, 33)
            XCTAssertEqual(gtk_label_get_yalign(page.weekly.weeks.widget.opaque), 0, "the weeks start at the top of a tall window")
            XCTAssertEqual(page.weekly.summary.text, "Lesson analyses in 4 of 37 weeks")
            XCTAssertTrue(labelTexts(in: page.weekly.widget).contains { $0.contains("usual autumn, winter and spring breaks") })
        }
    }

    /// Each tab is filled when it is shown; one shown after the year changed shows that year.
    func testEveryTabShowsTheYearChosenOnAnother() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try demoRouteSheet()
            let page = window.routeSheet!
            XCTAssertTrue(page.rows.historyTexts.contains { !$0.isEmpty }, "the demo's year has marks")
            page.showTab("routes")
            pump()
            let year = try chooseAYearWithoutASheet(page, profile)
            XCTAssertEqual(page.routes.professional.map { year.contains($0.periodStart) }, true)
            XCTAssertEqual(page.routes.educational?.academicYear, year)

            page.showTab("sheet")
            pump()
            XCTAssertEqual(page.rows.rowIDs, page.sheet?.rowIDs)
            XCTAssertTrue(page.rows.historyTexts.allSatisfy(\.isEmpty), "a blank year's rows have no marks")
            page.showTab("wheel")
            pump()
            let wheel = try XCTUnwrap(page.sheet?.wheel)
            XCTAssertEqual(page.wheel.view.picture.scores, wheel.scores(at: .end))
            XCTAssertEqual(page.wheel.sectorNames.map(\.text), wheel.sectors.map(\.name))
            page.showTab("weekly")
            pump()
            XCTAssertTrue(page.weekly.summary.text.contains("Lesson analyses in"), page.weekly.summary.text)
        }
    }
}
