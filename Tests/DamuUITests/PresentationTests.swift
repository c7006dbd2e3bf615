import CGtk
import DamuCore
import DamuRender
import DamuStore
import GtkShim
import XCTest

@testable import DamuUI

final class PresentationTests: GUITestCase, @unchecked Sendable {
    private static let sizes: [(Int32, Int32)] = [(1024, 768), (1920, 1080)]

    @MainActor
    private func windowWithProfile(width: Int32, height: Int32) throws -> (AppWindow, Profile) {
        let profile = try AppDatabase.open(at: databaseURL).save(
            Profile(fullName: "Айгүл Қасымова", school: "№ 12 мектеп", category: .moderator))
        let window = try makeWindow(width: width, height: height)
        window.chooser.open(profile)
        pump()
        return (window, profile)
    }

    @MainActor
    private func press(_ keys: [Int32], on widget: Widget) {
        for key in keys {
            XCTAssertNotEqual(damu_shim_press_key(widget.pointer, UInt32(key)), 0, "key \(key) handled")
        }
        pump()
    }

    @MainActor
    private func close(_ window: AppWindow) throws {
        gtk_window_destroy(window.window.cast())
        pump()
        try FileManager.default.removeItem(at: databaseURL)
    }

    /// A window closed while it presents is freed with its pictures, which would otherwise go on
    /// redrawing widgets that are gone each time the desktop's style changes.
    func testAWindowClosedWhilePresentingIsFreed() throws {
        try MainActor.assumeIsolated {
            weak var closed: AppWindow?
            weak var wheel: WheelView?
            do {
                let (window, _) = try windowWithProfile(width: 1024, height: 768)
                window.actions.activate("presentation")
                pump(milliseconds: 300)
                XCTAssertEqual(window.currentPage, "presentation")
                closed = window
                wheel = window.presentation.wheel
                gtk_window_destroy(window.window.cast())
                pump()
            }
            XCTAssertNil(closed, "the window is freed")
            XCTAssertNil(wheel, "and its presentation's wheel")
        }
    }

    func testTheWheelIsScoredFromTheKeyboardOnTheProjectorAndSaved() throws {
        try MainActor.assumeIsolated {
            for (width, height) in Self.sizes {
                let (window, profile) = try windowWithProfile(width: width, height: height)
                window.actions.activate("presentation")
                pump(milliseconds: 300)
                let show = window.presentation!
                XCTAssertEqual(window.currentPage, "presentation")
                XCTAssertFalse(window.header.isVisible, "the header bar hides in presentation mode")
                XCTAssertEqual(show.slides.count, 4 + 1 + 1 + 4 + 5 + 1, "every prompt of the five steps on a screen of its own")
                screenshot(window, "presentation-prompt-\(width)")

                press([GDK_KEY_Page_Down, GDK_KEY_Right, GDK_KEY_Page_Down, GDK_KEY_Down, GDK_KEY_Page_Up, GDK_KEY_Page_Down], on: show.widget)
                guard case .wheel? = show.currentSlide else { return XCTFail("the fifth slide is the wheel") }
                // 7 on the first sector, 5 on the second (arrow), 8 then + on the third (Tab), 3 then − on the fourth.
                press([GDK_KEY_7, GDK_KEY_Right, GDK_KEY_5, GDK_KEY_Tab, GDK_KEY_8, GDK_KEY_plus, GDK_KEY_Tab, GDK_KEY_3, GDK_KEY_minus],
                      on: show.wheel.widget)
                let expected: [Int?] = [7, 5, 9, 2, nil, nil, nil, nil]
                XCTAssertEqual(show.draft?.wheel.scores, expected)
                XCTAssertEqual(show.wheel.picture.scores, expected, "the polygon is redrawn at once")
                XCTAssertTrue(WheelView.describe(show.wheel.picture).contains("Мақсат пен нәтиже: 7 of 10"))
                pump(milliseconds: 300)
                let pixels = try Snapshot.pixels(of: show.wheel.widget)
                let rect = Rect(x: 0, y: 0, width: Double(pixels.width), height: Double(pixels.height))
                let slide = try XCTUnwrap(show.slide)
                let (center, radius) = WheelRenderer.layout(for: show.wheel.picture, in: SlideRenderer.body(of: slide, in: rect))
                XCTAssertGreaterThan(radius, Double(height) * 0.2, "the wheel fills the screen")
                for (sector, score) in expected.enumerated() {
                    guard let score else { continue }
                    let vertex = WheelRenderer.vertex(sector: sector, of: 8, score: Double(score), center: center, radius: radius)
                    XCTAssertTrue(
                        pixels.near(x: vertex.x, y: vertex.y, colour: PresentationPage.palette.polygonStroke),
                        "sector \(sector + 1) at \(score): vertex drawn at (\(Int(vertex.x)), \(Int(vertex.y)))")
                }
                screenshot(window, "presentation-wheel-\(width)")

                press([GDK_KEY_Page_Down], on: show.widget)
                guard case .scaling? = show.currentSlide else { return XCTFail("the scaling score follows the wheel") }
                press([GDK_KEY_6, GDK_KEY_plus, GDK_KEY_plus], on: show.widget)
                XCTAssertEqual(show.draft?.scaling.score, 8)
                // A mouse works too: a click on the cell of 3, found where the renderer puts it.
                let size = Rect(x: 0, y: 0, width: Double(show.slideView.widget.width), height: Double(show.slideView.widget.height))
                let scaleSlide = try XCTUnwrap(show.slide)
                let cell = try XCTUnwrap(SlideRenderer.scaleCell(3, of: scaleSlide, in: size))
                let three = Point(x: cell.x + cell.width / 2, y: cell.y + cell.height / 2)
                show.slideView.press(at: three)
                XCTAssertEqual(show.draft?.scaling.score, 3)
                press([GDK_KEY_8], on: show.widget)
                screenshot(window, "presentation-scaling-\(width)")
                press([GDK_KEY_Page_Down], on: show.widget)
                screenshot(window, "presentation-scaling-question-\(width)")
                // + and − score the scaling slide only: on a question they change nothing.
                for key in [GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add, GDK_KEY_minus, GDK_KEY_KP_Subtract] {
                    _ = damu_shim_press_key(show.widget.pointer, UInt32(key))
                }
                pump()
                XCTAssertEqual(show.draft?.scaling.score, 8)
                press([GDK_KEY_End], on: show.widget)
                screenshot(window, "presentation-growth-\(width)")

                XCTAssertTrue(show.isDirty)
                window.actions.activate("save")
                pump()
                XCTAssertFalse(show.isDirty)
                let stored = try XCTUnwrap(storedDatabase().history(profileID: profile.id).latest)
                XCTAssertEqual(stored.wheel.scores, expected)
                XCTAssertEqual(stored.scaling.score, 8)

                let picture = folder.appendingPathComponent("slide-\(width).png")
                show.writeSlide(to: picture)
                XCTAssertEqual(try permissions(picture), 0o600)
                let png = try Data(contentsOf: picture)
                XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
                XCTAssertEqual(png[16..<20].reduce(0) { $0 << 8 | Int($1) }, 1920, "saved 1920 pixels wide")
                if let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] {
                    try? FileManager.default.removeItem(atPath: "\(directory)/saved-slide-\(width).png")
                    try FileManager.default.copyItem(atPath: picture.path, toPath: "\(directory)/saved-slide-\(width).png")
                }

                press([GDK_KEY_Escape], on: show.widget)
                XCTAssertNil(Dialogs.presented, "nothing unsaved: no question")
                XCTAssertEqual(window.currentPage, "history")
                XCTAssertTrue(window.header.isVisible)
                XCTAssertEqual(window.history.selected?.id, stored.id)
                try close(window)
            }
        }
    }

    func testLeavingWithUnsavedScoresAsksFirst() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowWithProfile(width: 1024, height: 768)
            window.actions.activate("presentation")
            pump()
            let show = window.presentation!
            show.show(slide: 4)
            pump()
            press([GDK_KEY_4], on: show.wheel.widget)
            window.actions.activate("new-analysis")
            window.actions.activate("switch-profile")
            pump()
            XCTAssertEqual(window.currentPage, "presentation", "other pages wait until the presentation is left")
            press([GDK_KEY_Escape], on: show.widget)
            XCTAssertNotNil(Dialogs.presented)
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "presentation", "cancel stays")
            XCTAssertEqual(show.draft?.wheel.scores.first, 4)
            press([GDK_KEY_Escape], on: show.widget)
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertTrue(try storedDatabase().history(profileID: profile.id).isEmpty, "discarded")

            window.actions.activate("presentation")
            pump()
            show.show(slide: 4)
            pump()
            press([GDK_KEY_9], on: show.wheel.widget)
            window.actions.activate("presentation")  // F11 again leaves too
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertEqual(try storedDatabase().history(profileID: profile.id).latest?.wheel.scores.first, 9)
        }
    }

    func testTheEditorsAnalysisIsPresentedAndComesBackSaved() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowWithProfile(width: 1024, height: 768)
            window.newAnalysis()
            pump()
            let form = try XCTUnwrap(window.editor.form)
            form.topic.text = "Бөлшектер"
            form.sectorScores[1].button(3).emit("clicked")
            window.actions.activate("presentation")
            pump()
            let show = window.presentation!
            XCTAssertEqual(show.draft?.lesson.topic, "Бөлшектер", "what the editor shows is presented")
            show.show(slide: 4)
            pump()
            press([GDK_KEY_Right, GDK_KEY_6], on: show.wheel.widget)
            XCTAssertTrue(show.save())
            press([GDK_KEY_Escape], on: show.widget)
            XCTAssertEqual(window.currentPage, "editor")
            let reloaded = try XCTUnwrap(window.editor.form, "the editor shows the analysis as saved")
            XCTAssertEqual(reloaded.topic.text, "Бөлшектер")
            XCTAssertEqual(reloaded.sectorScores[1].score, 6)
            XCTAssertFalse(window.editor.isDirty)
            XCTAssertEqual(try storedDatabase().history(profileID: profile.id).latest?.wheel.scores[1], 6)
        }
    }

    func testTheComparisonShowsTheRightDifferences() throws {
        try MainActor.assumeIsolated {
            for (width, height) in Self.sizes {
                let window = try makeWindow(width: width, height: height)
                window.chooser.demoButton.click()
                pump(milliseconds: 300)
                let profile = try XCTUnwrap(window.session.profile)
                let history = try storedDatabase().history(profileID: profile.id)
                window.actions.activate("compare-wheels")
                pump(milliseconds: 300)
                let show = window.presentation!
                XCTAssertEqual(window.currentPage, "presentation")
                // The demo's lessons are all of one school year: its first lesson is the year's
                // first, and that pair is shown once.
                let choices = ComparisonChoice.distinct(in: history)
                XCTAssertEqual(choices, [.previousLesson, .firstLesson])
                XCTAssertEqual(
                    try XCTUnwrap(ComparisonChoice.academicYear.pair(in: history)).before.id,
                    try XCTUnwrap(ComparisonChoice.firstLesson.pair(in: history)).before.id)
                XCTAssertEqual(show.slides.count, choices.count)
                for (index, choice) in choices.enumerated() {
                    show.show(slide: index)
                    pump(milliseconds: 200)
                    let pair = try XCTUnwrap(choice.pair(in: history))
                    guard case let .comparison(heading, picture, _, changes)? = show.currentSlide else { return XCTFail("a comparison") }
                    XCTAssertEqual(heading, SlideDeck.title(of: choice))
                    XCTAssertEqual(picture.scores, pair.after.wheel.scores)
                    XCTAssertEqual(picture.overlayScores, pair.before.wheel.scores)
                    let expected = zip(pair.before.wheel.scores, pair.after.wheel.scores).map { before, after in
                        before.flatMap { b in after.map { $0 - b } }
                    }
                    XCTAssertEqual(changes, expected)
                    let description = PresentationPage.describeChanges(picture)
                    for (sector, change) in expected.enumerated() {
                        guard let change, let before = pair.before.wheel.scores[sector], let after = pair.after.wheel.scores[sector] else { continue }
                        XCTAssertTrue(description.contains("\(before) → \(after) (\(change > 0 ? "+" : "")\(change))"), description)
                    }
                    let pixels = try Snapshot.pixels(of: show.slideView.widget)
                    XCTAssertGreaterThan(pixels.width, Int(width) / 2)
                    screenshot(window, "presentation-compare-\(choice.rawValue)-\(width)")
                }
                press([GDK_KEY_Escape], on: show.widget)
                XCTAssertEqual(window.currentPage, "history")
                try close(window)
            }
        }
    }

    func testTheTeamPictureMatchesTheDataAndNamesNoOne() throws {
        try MainActor.assumeIsolated {
            let database = try AppDatabase.open(at: databaseURL)
            let template = Self.templateCatalog.current
            let teachers: [(String, [Int], Int)] = [
                ("Айгүл Қасымова", [4, 6, 8, 5, 7, 3, 9, 6], 6),
                ("Болат Ержанов", [6, 6, 4, 7, 7, 5, 9, 8], 8),
                ("Сәуле Мұратқызы", [8, 6, 6, 9, 4, 4, 6, 7], 8),
            ]
            var secrets: [String] = []
            for (name, scores, satisfaction) in teachers {
                let profile = try database.save(Profile(fullName: name, school: "№ 5 мектеп", category: .moderator))
                var analysis = LessonAnalysis(
                    profileID: profile.id, template: template, language: "kk",
                    lesson: .init(date: try LessonDate(iso: "2025-10-14"), topic: "Құпия тақырып \(name)"))
                for (sector, score) in scores.enumerated() { analysis.wheel.sectors[sector].score = score }
                analysis.scaling.score = satisfaction
                analysis.contextAnswers = analysis.contextAnswers.indices.map { "Жеке жауап \(name) \($0)" }
                analysis.coachingAnswers = analysis.coachingAnswers.indices.map { "Коучинг жауабы \(name) \($0)" }
                _ = try database.save(analysis, template: template)
                secrets += [name, analysis.lesson.topic] + analysis.contextAnswers + analysis.coachingAnswers
            }
            _ = try database.save(Profile(fullName: "Жаңа мұғалім", school: "", category: .moderator))

            for (width, height) in Self.sizes {
                let window = try makeWindow(width: width, height: height)
                window.actions.activate("team-picture")
                pump()
                XCTAssertEqual(window.currentPage, "team")
                let picker = window.teamPicker!
                XCTAssertEqual(picker.checks.count, 3, "only teachers with lessons are offered")
                let labels = { @MainActor in picker.checks.map { String(cString: gtk_check_button_get_label($0.check.cast())) } }
                XCTAssertFalse(labels().contains { label in teachers.contains { label.contains($0.0) } }, "names hidden by default")
                screenshot(window, "team-picker-\(width)")
                picker.showNames.isOn = true
                pump()
                XCTAssertEqual(Set(labels().map { $0.components(separatedBy: " · ")[0] }), Set(teachers.map(\.0)))
                picker.showNames.isOn = false
                pump()

                picker.presentButton.click()
                pump(milliseconds: 300)
                XCTAssertEqual(window.currentPage, "presentation")
                let show = window.presentation!
                guard case let .team(_, chart)? = show.currentSlide else { return XCTFail("the team slide") }
                XCTAssertEqual(chart.team.teacherCount, 3)
                for sector in 0..<8 {
                    let scores = teachers.map { Double($0.1[sector]) }
                    let mean = scores.reduce(0, +) / 3
                    let spread = (scores.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 3).squareRoot()
                    XCTAssertEqual(chart.team.sectors[sector]?.mean ?? -1, mean, accuracy: 1e-9)
                    XCTAssertEqual(chart.team.sectors[sector]?.standardDeviation ?? -1, spread, accuracy: 1e-9)
                }
                XCTAssertEqual(chart.team.satisfactionCounts, [0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0])
                let slide = try XCTUnwrap(show.slide)
                let description = PresentationPage.describe(slide)
                XCTAssertTrue(description.contains("3"), description)
                let first = "Мақсат пен нәтиже: \(DecimalText.of(6))\u{00A0}±\u{00A0}\(DecimalText.of((8.0 / 3).squareRoot()))"
                XCTAssertTrue(description.contains(first), description)
                for secret in secrets {
                    XCTAssertFalse(description.contains(secret), "\(secret) must not be in the team picture")
                }
                let chartText = String(describing: chart)
                for secret in secrets { XCTAssertFalse(chartText.contains(secret), "\(secret) is not even held by the slide") }
                screenshot(window, "team-picture-\(width)")

                press([GDK_KEY_Escape], on: show.widget)
                XCTAssertEqual(window.currentPage, "team")
                picker.checks[0].isOn = false
                pump()
                XCTAssertEqual(picker.contributions.count, 2)
                picker.presentButton.click()
                pump()
                guard case let .team(_, fewer)? = show.currentSlide else { return XCTFail("the team slide") }
                XCTAssertEqual(fewer.team.teacherCount, 2)
                press([GDK_KEY_Escape], on: show.widget)
                gtk_window_destroy(window.window.cast())
                pump()
            }
        }
    }
}
