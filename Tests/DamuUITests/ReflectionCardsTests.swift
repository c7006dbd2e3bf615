import CGtk
import DamuCore
import DamuStore
import XCTest

@testable import DamuUI

/// Both reflection cards filled through their widgets, and what the database then holds.
final class ReflectionCardsTests: GUITestCase, @unchecked Sendable {
    @MainActor
    private func windowOnCards(newTeacher: Bool) throws -> (AppWindow, Profile) {
        let window = try makeWindow(width: 1024, height: 768)
        var profile = Profile(fullName: "Жанар Бекқызы Сейітова", school: "№ 5 мектеп", subjects: "Физика", isNewTeacher: newTeacher)
        profile = try window.session.database.save(profile)
        window.showHistory(profile)
        pump()
        window.showCards()
        pump(milliseconds: 300)
        XCTAssertEqual(window.currentPage, "cards")
        return (window, profile)
    }

    func testTheAnnualCardIsFilledAsADraftResumedAndFinished() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowOnCards(newTeacher: false)
            let page = window.cards!
            XCTAssertEqual(page.visibleTab, "annual")
            let form = try XCTUnwrap(page.annualForm)
            // The prompts that ask for 3 items give 3 fields.
            XCTAssertEqual(form.fields.map(\.count), [1, 3, 1, 1, 1, 1, 1, 1, 3, 1, 1])
            form.fields[0][0].text = "Диалог"
            for (index, moment) in ["Жоба қорғау", "Ашық сабақ", "Олимпиада"].enumerated() {
                form.fields[1][index].text = moment
            }
            form.scale.button(8).emit("clicked")
            pump()
            XCTAssertEqual(form.scale.score, 8)
            page.annualDraftButton.click()
            pump()

            let year = page.year
            let draft = try XCTUnwrap(try storedDatabase().annualCard(profileID: profile.id, academicYear: year))
            XCTAssertTrue(draft.isDraft)
            XCTAssertEqual(draft.answers[1], ["Жоба қорғау", "Ашық сабақ", "Олимпиада"])
            XCTAssertEqual(draft.score, 8)
            screenshot(window, "annual-card-1024")

            // Leave and come back: the draft is resumed in the fields.
            window.goBack()
            pump()
            window.showCards()
            pump(milliseconds: 300)
            let resumed = try XCTUnwrap(page.annualForm)
            XCTAssertEqual(resumed.fields[1].map(\.text), ["Жоба қорғау", "Ашық сабақ", "Олимпиада"])
            XCTAssertEqual(resumed.scale.score, 8)
            resumed.fields[9][0].text = "Көбірек ашық сабаққа қатысу"
            resumed.fields[10][0].text = "Әр сабақ — жаңа мүмкіндік."
            page.annualFinishButton.click()
            pump()
            let finished = try XCTUnwrap(try storedDatabase().annualCard(profileID: profile.id, academicYear: year))
            XCTAssertFalse(finished.isDraft)
            XCTAssertEqual(finished.id, draft.id)
            XCTAssertEqual(finished.answers[10], ["Әр сабақ — жаңа мүмкіндік."])
            XCTAssertEqual(finished.plusOne(template: try window.session.cardsTemplate()), "Көбірек ашық сабаққа қатысу")
            XCTAssertEqual(page.annualStatus.text, "Finished")
            XCTAssertFalse(page.annualFinishButton.widget.isSensitive, "a finished card as stored has nothing to finish")
            resumed.fields[10][0].text = "Әр сабақ — жаңа мүмкіндік!"
            XCTAssertTrue(page.annualFinishButton.widget.isSensitive, "typed in, it can be finished again")
            resumed.fields[10][0].text = "Әр сабақ — жаңа мүмкіндік."
            XCTAssertFalse(page.annualFinishButton.widget.isSensitive, "typed back as stored")

            // The printable card, as the PDF button writes it.
            let pdf = folder.appendingPathComponent("card.pdf")
            page.exportAnnualPDF(to: pdf)
            XCTAssertTrue(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))

            // Printing goes through GtkPrintOperation; its export action writes what the printer gets.
            let printed = folder.appendingPathComponent("printed.pdf")
            page.printAnnual(exportTo: printed)
            pump()
            XCTAssertTrue(try Data(contentsOf: printed).starts(with: Array("%PDF".utf8)))
            XCTAssertTrue(try String(decoding: Data(contentsOf: printed), as: UTF8.self).contains("/Type /Page"))
        }
    }

    func testWeeklyCardsOfANewTeacherAndTheirConfidenceTrend() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowOnCards(newTeacher: true)
            let page = window.cards!
            XCTAssertEqual(page.visibleTab, "weekly", "a new teacher starts on the weekly cards")
            XCTAssertFalse(page.confidenceTrend.widget.isVisible, "no chart while the list says there is no card")
            XCTAssertEqual(page.confidenceTrend.summary, "Confidence: no scores yet")
            let weekChoice = try XCTUnwrap(page.weekChoice)
            let breaks = choices(of: weekChoice).enumerated().filter { $0.element.hasSuffix(" · school break") }.map { $0.offset + 1 }
            XCTAssertEqual(breaks, page.year.breakWeeks.map(\.number), "the breaks between terms are named")
            XCTAssertEqual(breaks.count, 3)
            weekChoice.selected = 0
            pump()
            try XCTUnwrap(page.weeklyForm).fields[1][0].text = "Бағалау"
            page.weeklyDraftButton.click()
            pump()
            XCTAssertTrue(page.confidenceTrend.widget.isVisible, "a card, even unscored, brings the chart")
            XCTAssertEqual(page.confidenceTrend.emptyText, "No confidence scores yet", "not “No lessons yet” beside a year of lessons")
            XCTAssertEqual(page.confidenceTrend.summary, "Confidence: no scores yet")
            for (week, confidence) in [(2, 4), (3, 6)] {
                weekChoice.selected = week - 1
                pump()
                let form = try XCTUnwrap(page.weeklyForm)
                XCTAssertEqual(page.weeklyCard?.week, week)
                XCTAssertEqual(form.fields.map(\.count), [3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])
                form.fields[0][0].text = "Жоспарды уақытында жаздым"
                form.fields[0][2].text = "Топтық жұмыс өткіздім"
                form.scale.button(confidence).emit("clicked")
                pump()
                if week == 2 { page.weeklyDraftButton.click() } else { page.weeklyFinishButton.click() }
                pump()
            }
            let stored = try storedDatabase().weeklyCards(profileID: profile.id, academicYear: page.year)
            XCTAssertEqual(stored.map(\.week), [1, 2, 3])
            XCTAssertEqual(stored.map(\.score), [nil, 4, 6])
            XCTAssertEqual(stored.map(\.isDraft), [true, true, false])
            XCTAssertEqual(stored[1].answers[0], ["Жоспарды уақытында жаздым", "", "Топтық жұмыс өткіздім"])
            XCTAssertEqual(page.weeklyCards.confidenceTrend.points.map(\.value), [4, 6])
            XCTAssertEqual(page.confidenceTrend.summary, "Confidence: from 4.0 to 6.0 over 2 weeks")
            screenshot(window, "weekly-cards-1024")

            // Back to week 2: its draft is shown again.
            weekChoice.selected = 1
            pump()
            XCTAssertEqual(page.weeklyForm?.fields[0].map(\.text), ["Жоспарды уақытында жаздым", "", "Топтық жұмыс өткіздім"])
            XCTAssertEqual(page.weeklyForm?.scale.score, 4)
        }
    }

    func testExportAndImportThroughTheirPreviews() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow(width: 1024, height: 768)
            window.chooser.demoButton.click()
            pump(milliseconds: 300)
            let profile = try XCTUnwrap(window.session.profile)
            let choices = try window.exportChoices()
            XCTAssertEqual(choices.map(\.scope.kind), [.profile, .academicYear, .annualCard], "the demo has an annual card")
            let everything = AppWindow.contents(of: choices[0].bundle)
            XCTAssertTrue(everything.contains("32"), everything)
            XCTAssertTrue(everything.contains("1 route sheet with its development wheel, 2 individual routes"), everything)
            XCTAssertTrue(AppWindow.contents(of: choices[2].bundle).contains("0 route sheets"), "an annual card goes alone")
            let file = folder.appendingPathComponent("year.json")
            window.writeBundle(choices[1].bundle, to: file)
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path))

            // Into a second, empty database through the import preview and its confirmation.
            let other = try makeWindowOnOtherDatabase()
            other.previewImport(of: file)
            pump()
            let preview = presentedDialogText()
            XCTAssertTrue(preview.contains("Route sheets with development wheels: 1 to add, 0 to update, 0 unchanged"), preview)
            XCTAssertTrue(preview.contains("Educational routes: 1 to add"), preview)
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump(milliseconds: 300)
            let imported = try AppDatabase.open(at: folder.appendingPathComponent("other.sqlite"), create: false)
            XCTAssertEqual(try imported.history(profileID: profile.id).analyses.count, 32)
            XCTAssertEqual(
                try imported.routeSheets(profileID: profile.id).first?.wheel,
                try window.session.database.routeSheets(profileID: profile.id).first?.wheel)
            XCTAssertEqual(try imported.professionalRoutes(profileID: profile.id).count, 1)
            XCTAssertNotNil(try imported.annualCard(profileID: profile.id, academicYear: try XCTUnwrap(choices[1].scope.academicYear)))
            XCTAssertEqual(other.currentPage, "history")

            // A bad file is refused with its path and nothing changes.
            let bad = folder.appendingPathComponent("bad.json")
            try Data("{\"format\": \"kz.damu.bundle\", \"version\": 9}".utf8).write(to: bad)
            let before = try imported.importPreview(try BundleReader.read(contentsOf: file))
            other.previewImport(of: bad)
            pump()
            XCTAssertEqual(try imported.importPreview(try BundleReader.read(contentsOf: file)), before)
            Dialogs.answer(GTK_RESPONSE_CLOSE.rawValue)
            pump()
        }
    }

    @MainActor
    private func makeWindowOnOtherDatabase() throws -> AppWindow {
        let session = Session(
            database: try AppDatabase.open(at: folder.appendingPathComponent("other.sqlite")),
            catalog: Self.templateCatalog, language: "kk")
        let window = AppWindow(session: session, application: nil)
        gtk_window_set_default_size(window.window.cast(), 1024, 768)
        window.present()
        pump()
        return window
    }

    func testLeavingACardWithUnsavedAnswersAsksFirst() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowOnCards(newTeacher: false)
            let page = window.cards!
            let form = try XCTUnwrap(page.annualForm)
            XCTAssertFalse(page.isDirty, "a card just opened has nothing to save")
            XCTAssertEqual(page.annualStatus.text, "Not started")
            form.fields[0][0].text = "Төзімділік"
            XCTAssertTrue(page.isDirty)
            XCTAssertEqual(page.annualStatus.text, "Not started · changes not saved", "the status says what typing changed")
            form.fields[0][0].text = ""
            XCTAssertEqual(page.annualStatus.text, "Not started", "typed back, nothing is unsaved")
            form.fields[0][0].text = "Төзімділік"

            window.goBack()
            pump()
            XCTAssertTrue(presentedDialogText().contains("Save changes to the reflection card?"), presentedDialogText())
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "cards", "Cancel stays, with what was typed")
            XCTAssertEqual(form.fields[0][0].text, "Төзімділік")

            window.goBack()
            pump()
            Dialogs.answer(GTK_RESPONSE_ACCEPT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            let saved = try XCTUnwrap(try storedDatabase().annualCard(profileID: profile.id, academicYear: page.year))
            XCTAssertEqual(saved.answers[0], ["Төзімділік"])
            XCTAssertTrue(saved.isDraft, "saved on the way out as a draft, not finished")
            XCTAssertEqual(page.annualStatus.text, "Draft: you can finish it later")

            window.showCards()
            pump(milliseconds: 300)
            try XCTUnwrap(page.annualForm).fields[0][0].text = "Басқа сөз"
            XCTAssertEqual(page.annualStatus.text, "Draft · changes not saved", "a changed draft")
            window.goBack()
            pump()
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(window.currentPage, "history")
            XCTAssertEqual(try storedDatabase().annualCard(profileID: profile.id, academicYear: page.year)?.answers[0], ["Төзімділік"],
                           "Discard leaves the stored card as it was")
        }
    }

    /// Control+S typed in a card's field saves whichever card changed, as leaving the page would.
    func testControlSSavesTheChangedCardsEachAsDraftOrFinishedAsItWas() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowOnCards(newTeacher: true)
            let page = window.cards!
            let annual = try XCTUnwrap(page.annualForm), weekly = try XCTUnwrap(page.weeklyForm)
            let year = page.year
            // What the shortcut runs, reached from the text view the teacher types in.
            @MainActor func controlS(in form: CardForm) {
                XCTAssertNotEqual(g_action_group_get_action_enabled(window.actions.group, "save"), 0, "Save is there on the cards page")
                let field = form.fields[0][0].textView
                gtk_widget_grab_focus(field.pointer)
                XCTAssertNotEqual(gtk_widget_activate_action_variant(field.pointer, "win.save", nil), 0)
            }

            annual.fields[0][0].text = "Диалог"
            weekly.fields[0][0].text = "Сабақ жоспары"
            controlS(in: annual)
            pump()
            XCTAssertFalse(page.isDirty, "both cards were saved")
            let draft = try XCTUnwrap(try storedDatabase().annualCard(profileID: profile.id, academicYear: year))
            XCTAssertEqual(draft.answers[0], ["Диалог"])
            XCTAssertTrue(draft.isDraft, "a new card is saved as a draft")
            let week = try XCTUnwrap(try storedDatabase().weeklyCards(profileID: profile.id, academicYear: year).first)
            XCTAssertEqual(week.answers[0].first, "Сабақ жоспары")
            XCTAssertTrue(week.isDraft)

            page.annualFinishButton.click()
            pump()
            annual.fields[0][0].text = "Диалог пен топтық жұмыс"
            controlS(in: annual)
            pump()
            let finished = try XCTUnwrap(try storedDatabase().annualCard(profileID: profile.id, academicYear: year))
            XCTAssertEqual(finished.answers[0], ["Диалог пен топтық жұмыс"])
            XCTAssertFalse(finished.isDraft, "a finished card stays finished")
            XCTAssertEqual(try storedDatabase().weeklyCards(profileID: profile.id, academicYear: year), [week],
                           "the weekly card, unchanged, is not written again")

            window.goBack()
            pump()
            XCTAssertEqual(g_action_group_get_action_enabled(window.actions.group, "save"), 0, "no Save on the lessons")
        }
    }

    func testChoosingAnotherWeekWithUnsavedAnswersAsksFirst() throws {
        try MainActor.assumeIsolated {
            let (window, profile) = try windowOnCards(newTeacher: true)
            let page = window.cards!
            let weekChoice = try XCTUnwrap(page.weekChoice)
            weekChoice.selected = 1
            pump()
            try XCTUnwrap(page.weeklyForm).fields[0][0].text = "Сабақ жоспары"

            weekChoice.selected = 2
            pump()
            XCTAssertTrue(presentedDialogText().contains("Save changes to the reflection card?"), presentedDialogText())
            XCTAssertEqual(weekChoice.selected, 1, "while it asks, the chooser shows the week it asks about")
            screenshot(window, "weekly-card-another-week-1024")
            if let question = Dialogs.presented { screenshot(of: question, "weekly-card-another-week-question") }
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertEqual(page.weeklyCard?.week, 2, "Cancel stays on the week typed in")
            XCTAssertEqual(weekChoice.selected, 1, "and the week chooser says so")
            XCTAssertEqual(page.weeklyForm?.fields[0][0].text, "Сабақ жоспары")

            weekChoice.selected = 2
            pump()
            Dialogs.answer(GTK_RESPONSE_REJECT.rawValue)
            pump()
            XCTAssertEqual(page.weeklyCard?.week, 3)
            XCTAssertEqual(weekChoice.selected, 2, "then the chooser shows the week chosen")
            XCTAssertEqual(try storedDatabase().weeklyCards(profileID: profile.id, academicYear: page.year), [], "discarded")

            weekChoice.selected = 1
            pump()
            XCTAssertNil(Dialogs.presented, "a blank card has nothing to ask about")
            XCTAssertEqual(page.weeklyForm?.fields[0][0].text, "", "what was discarded is gone")
            try XCTUnwrap(page.weeklyForm).fields[0][0].text = "Сабақ жоспары"
            weekChoice.selected = 3
            pump()
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Save")
            pump()
            XCTAssertEqual(page.weeklyCard?.week, 4)
            XCTAssertEqual(weekChoice.selected, 3)
            let stored = try storedDatabase().weeklyCards(profileID: profile.id, academicYear: page.year)
            XCTAssertEqual(stored.map(\.week), [2])
            XCTAssertEqual(stored.first?.answers[0].first, "Сабақ жоспары")
            XCTAssertEqual(stored.first?.isDraft, true, "saved as a draft, not finished")
            XCTAssertEqual(page.weeklyCards.map(\.week), [2], "the list of weeks shows it")
        }
    }

    func testChoosingAnotherYearWithUnsavedAnswersAsksFirst() throws {
        try MainActor.assumeIsolated {
            let window = try makeWindow(width: 1024, height: 768)
            let database = window.session.database
            let profile = try database.save(Profile(fullName: "Жанар Бекқызы Сейітова", school: "№ 5 мектеп"))
            let template = try window.session.cardsTemplate()
            let lastYear = try AcademicYear.current.previous()
            var old = ReflectionCard(profileID: profile.id, kind: .annual, academicYear: lastYear, template: template, language: "kk")
            old.answers[0] = ["Өткен жылдың жауабы"]
            _ = try database.save(old, template: template)

            window.showHistory(profile)
            pump()
            window.showCards()
            pump(milliseconds: 300)
            let page = window.cards!
            let yearChoice = try XCTUnwrap(page.yearChoice)
            XCTAssertEqual(page.year, .current)
            try XCTUnwrap(page.annualForm).fields[0][0].text = "Биылғы жауап"

            yearChoice.selected = 0
            pump()
            XCTAssertTrue(presentedDialogText().contains("Save changes to the reflection card?"), presentedDialogText())
            XCTAssertEqual(yearChoice.selected, 1, "while it asks, the chooser shows the year it asks about")
            Dialogs.answer(GTK_RESPONSE_CANCEL.rawValue)
            pump()
            XCTAssertEqual(page.year, .current, "Cancel stays on the year typed in")
            XCTAssertEqual(yearChoice.selected, 1, "and the year chooser says so")
            XCTAssertEqual(page.annualForm?.fields[0][0].text, "Биылғы жауап")

            yearChoice.selected = 0
            pump()
            XCTAssertEqual(pressEnterInPresentedDialog(), "_Save")
            pump()
            XCTAssertEqual(page.year, lastYear)
            XCTAssertEqual(yearChoice.selected, 0, "then the chooser shows the year chosen")
            XCTAssertEqual(page.annualForm?.fields[0][0].text, "Өткен жылдың жауабы")
            XCTAssertEqual(try storedDatabase().annualCard(profileID: profile.id, academicYear: .current)?.answers[0], ["Биылғы жауап"])
        }
    }
}
