import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation
import XCTest

@testable import DamuUI

final class HistoryTests: GUITestCase, @unchecked Sendable {
    @MainActor
    private func windowWithDemoYear(width: Int32, height: Int32) throws -> (AppWindow, LessonHistory) {
        let window = try makeWindow(width: width, height: height)
        window.chooser.demoButton.click()
        pump(milliseconds: 300)
        let profile = try XCTUnwrap(window.session.profile)
        return (window, try storedDatabase().history(profileID: profile.id))
    }

    func testTheDemoTeacherOpensOnTheNewestLessonComparedWithThePreviousOne() throws {
        try MainActor.assumeIsolated {
            let (window, history) = try windowWithDemoYear(width: 1024, height: 768)
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertGreaterThan(history.analyses.count, 20, "a year of lessons")
            let newest = try XCTUnwrap(history.latest)
            XCTAssertEqual(window.history.selected?.id, newest.id)
            XCTAssertEqual(window.history.comparedAnalysis?.id, history.previous(to: newest)?.id)
            XCTAssertEqual(window.history.wheel.picture.overlayScores, history.previous(to: newest)?.wheel.scores)
            screenshot(window, "history-wheel-1024")

            // Compare with the first lesson of the year instead: the menu offers the lessons once opened.
            let compare = window.history.compare
            XCTAssertEqual(choices(of: compare).count, 2, "only the fixed choices until the menu opens")
            XCTAssertEqual(openMenu(compare).count, 2 + history.analyses.count - 1)
            compare.selected = 2 + history.analyses.count - 2  // candidates are newest first, the oldest last
            pump()
            XCTAssertEqual(window.history.comparedAnalysis?.id, history.analyses.first?.id)
            XCTAssertEqual(window.history.wheel.picture.overlayScores, history.analyses.first?.wheel.scores)
            compare.selected = 1
            pump()
            XCTAssertNil(window.history.wheel.picture.overlayScores)
        }
    }

    /// Walking the list with the keyboard refills the compare menu; the menu itself stays where it is.
    func testChoosingAnotherLessonRefillsTheSameCompareMenu() throws {
        try MainActor.assumeIsolated {
            let (window, history) = try windowWithDemoYear(width: 1024, height: 768)
            let compare = window.history.compare
            let menu = compare.widget.pointer
            compare.selected = 1
            pump()
            XCTAssertNil(window.history.wheel.picture.overlayScores)

            window.history.select(row: 3)
            pump()
            let chosen = history.analyses[history.analyses.count - 4]
            XCTAssertEqual(window.history.selected?.id, chosen.id)
            XCTAssertEqual(window.history.compare.widget.pointer, menu)
            XCTAssertEqual(compare.selected, 0, "back to the previous lesson")
            XCTAssertEqual(window.history.comparedAnalysis?.id, history.previous(to: chosen)?.id)
            XCTAssertEqual(window.history.wheel.picture.overlayScores, history.previous(to: chosen)?.wheel.scores)
            XCTAssertEqual(choices(of: compare), [tr("Previous lesson"), tr("No comparison")])
            let items = openMenu(compare)
            XCTAssertEqual(items.count, 2 + history.analyses.count - 1, "every other lesson, after the two fixed choices")
            XCTAssertFalse(items.contains { $0.hasPrefix(chosen.lesson.date.iso + " · " + chosen.lesson.topic) }, "not the lesson itself")
        }
    }

    /// A full year at the store's scale (200 lessons): the list builds rows for the lessons in
    /// sight and a few more, not for all, and the compare menu gets its 200 choices only when opened.
    func testAYearOf200LessonsBuildsRowsOnlyNearThoseInSight() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow(width: 1024, height: 768)
            let template = Self.templateCatalog.current
            let (profile, demo) = DemoYear.make(template: template, language: "kk", startingYear: 2025, seed: 7)
            let first = try LessonDate(year: 2025, month: 9, day: 1).date
            let analyses = (0..<200).map { index -> LessonAnalysis in
                var analysis = demo[index % demo.count]
                analysis.id = UUID()
                analysis.lesson.date = LessonDate(first.addingTimeInterval(Double(index) * 86_400))
                analysis.followUp = nil
                return analysis
            }
            try window.session.database.saveDemo(profile: profile, analyses: analyses, template: template)
            window.showHistory(profile)
            pump(milliseconds: 300)

            let list = window.history.list.widget
            let rows = list.children
            XCTAssertGreaterThan(rows.count, 5, "the rows in sight")
            XCTAssertLessThan(rows.count, 50, "not a row per lesson (GtkListView of GTK 4.8 built 200)")
            XCTAssertEqual(window.history.selected?.id, analyses.last?.id, "the newest lesson is chosen")
            XCTAssertEqual(choices(of: window.history.compare).count, 2)
            XCTAssertEqual(openMenu(window.history.compare).count, 2 + 199)
            screenshot(window, "history-200-lessons-1024")

            // An old lesson chosen (as on coming back from editing it) is scrolled into sight.
            let old = analyses[49]
            window.history.list.select(row: 150)
            pump(milliseconds: 300)
            XCTAssertEqual(window.history.selected?.id, old.id)
            let shown = rowTexts(of: list).filter(\.inSight).map(\.title)
            XCTAssertTrue(shown.contains { $0.hasPrefix(old.lesson.date.iso) }, "\(old.lesson.date.iso) in \(shown)")
            screenshot(window, "history-200-lessons-old-1024")
        }
    }

    /// The list is first given the lessons its window has room for, the others at the next frame, so
    /// rows out of sight no longer delay the first frame; a lesson further down can still be chosen
    /// before then, and a list shown again meanwhile keeps its own lessons.
    func testTheListHoldsBackOnlyTheLessonsItsWindowShowsAtOnce() throws {
        try MainActor.assumeIsolated {
            let (window, _) = try windowWithDemoYear(width: 1024, height: 768)
            let list = window.history.list
            let lessons = list.lessons
            @MainActor func held() -> Int { Int(g_list_model_get_n_items(gtk_grid_view_get_model(list.widget.opaque))) }
            XCTAssertEqual(held(), lessons.count, "every lesson once the window has drawn")
            let rows = list.widget.children
            XCTAssertFalse(rows.isEmpty)
            for row in rows {
                // Rows out of sight are not given a height: ask each what it needs at the list's width.
                var needed: Int32 = 0, natural: Int32 = 0
                gtk_widget_measure(row.pointer, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width(list.widget.pointer), &needed, &natural, nil, nil)
                XCTAssertGreaterThanOrEqual(Int(needed), LessonList.minimumRowHeight, "the height the rows in sight are counted by")
            }

            list.show(lessons)
            XCTAssertEqual(list.rowsInSight, 768 / LessonList.minimumRowHeight + 1, "counted by the window, not the 1080-pixel screen")
            XCTAssertLessThan(list.rowsInSight, lessons.count)
            XCTAssertEqual(held(), list.rowsInSight)
            XCTAssertEqual(LessonList(accessibleName: "").rowsInSight, 1080 / LessonList.minimumRowHeight + 1,
                           "a list in no window counts the screen (the tests' is 1920×1080)")
            pump()
            XCTAssertEqual(held(), lessons.count)

            list.show(lessons)
            list.select(row: lessons.count - 1)
            XCTAssertEqual(held(), lessons.count, "completed to show the lesson chosen")
            XCTAssertEqual(window.history.selected?.id, lessons.last?.id)

            list.show(lessons)
            list.show(Array(lessons.prefix(3)))
            pump()
            XCTAssertEqual(held(), 3)
        }
    }

    /// Kazakh growth points wrap to more lines at 1024 pixels than at their natural width; every
    /// lesson's is given all the lines it needs, as is its title.
    func testEveryLessonsGrowthPointAndTitleAreWholeAt1024() throws {
        try MainActor.assumeIsolated {
            let (window, history) = try windowWithDemoYear(width: 1024, height: 768)
            var wrapped = 0
            for row in history.analyses.indices {
                window.history.select(row: row)
                pump(milliseconds: 60)
                for label in [window.history.growth.widget, window.history.detailTitle.widget] {
                    let width = gtk_widget_get_width(label.pointer)
                    var needed: Int32 = 0, natural: Int32 = 0, unwrapped: Int32 = 0
                    gtk_widget_measure(label.pointer, GTK_ORIENTATION_VERTICAL, width, &needed, &natural, nil, nil)
                    gtk_widget_measure(label.pointer, GTK_ORIENTATION_VERTICAL, -1, &unwrapped, &natural, nil, nil)
                    if needed > unwrapped { wrapped += 1 }
                    let shown = min(gtk_widget_get_height(label.pointer), gtk_widget_get_height(gtk_widget_get_parent(label.pointer)))
                    XCTAssertGreaterThanOrEqual(shown, needed, "row \(row): \(String(cString: gtk_label_get_text(label.opaque)))")
                }
            }
            XCTAssertGreaterThan(wrapped, 0, "some texts wrap more at this width than at their natural one")
            XCTAssertLessThanOrEqual(window.window.height, 768, "the window stays on a 1024×768 screen")
        }
    }

    func testTrendsFollowTheStoredScores() throws {
        try MainActor.assumeIsolated {
            let (window, history) = try windowWithDemoYear(width: 1920, height: 1080)
            screenshot(window, "history-wheel-1920")
            XCTAssertFalse(window.history.hasBuiltTrends, "the Trends tab is built when first shown")
            let lines = window.history.trendLines
            XCTAssertEqual(lines.count, 8 + 2, "every sector, the wheel average and satisfaction")
            XCTAssertEqual(lines[0].series, history.sectorTrend(0))
            XCTAssertEqual(lines.last?.series, history.scalingTrend)

            window.history.showTab("trends")
            pump(milliseconds: 300)
            XCTAssertTrue(window.history.hasBuiltTrends)
            let choices = gtk_drop_down_get_model(window.history.trendChoice.widget.opaque).map { g_list_model_get_n_items($0) }
            XCTAssertEqual(choices, 1 + 8, "all lines together, then each sector")
            XCTAssertEqual(window.history.trendChoice.selected, 0)
            let chart = try Snapshot.pixels(of: window.history.trend.widget)
            let colours = Set(stride(from: 0, to: chart.bytes.count, by: 4 * 97).map { chart.bytes[$0..<$0 + 3] })
            XCTAssertGreaterThan(colours.count, 3, "the chart is drawn")

            window.history.trendChoice.selected = 3
            pump()
            let chosen = window.history.trendLines
            XCTAssertEqual(chosen.filter(\.emphasised).map(\.series), [history.sectorTrend(2)])
            screenshot(window, "history-trends-1920")
        }
    }

    func testEveryStepFitsAt1024And1920() throws {
        try MainActor.assumeIsolated {
            for (width, height) in [(Int32(1024), Int32(768)), (1920, 1080)] {
                let (window, history) = try windowWithDemoYear(width: width, height: height)
                window.history.select(row: 0)
                window.showEditor(history.latest!, template: try storedDatabase().template(of: history.latest!), isNew: false)
                pump()
                for step in AnalysisEditorPage.stepNames {
                    window.editor.showStep(step)
                    pump(milliseconds: 200)
                    XCTAssertLessThanOrEqual(window.window.width, width, "the window does not grow past the screen")
                    screenshot(window, "editor-\(step)-\(width)")
                }
                XCTAssertFalse(window.editor.isDirty, "looking is not editing")
                gtk_window_destroy(window.window.cast())
                try FileManager.default.removeItem(at: databaseURL)
            }
        }
    }

    /// The first line of each row the list has built, and whether all of the row is in sight.
    @MainActor
    private func rowTexts(of list: Widget) -> [(title: String, inSight: Bool)] {
        let scrolled = gtk_widget_get_parent(list.pointer)
        let height = Double(gtk_widget_get_height(scrolled))
        return list.children.compactMap { row in
            guard let title = row.children.first?.children.first else { return nil }
            var (x, y) = (0.0, 0.0)
            let placed = gtk_widget_translate_coordinates(row.pointer, scrolled, 0, 0, &x, &y) != 0
            let inSight = placed && y >= 0 && y + Double(row.height) <= height
            return (String(cString: gtk_label_get_text(title.opaque)), inSight)
        }
    }
}
