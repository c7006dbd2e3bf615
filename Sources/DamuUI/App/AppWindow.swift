import CGtk
import DamuCore
import DamuStore
import DamuRender
import Foundation

/// The one window: a header bar and a stack of pages (profile chooser → profile's lessons →
/// lesson analysis), with the actions and shortcuts that work across them.
@MainActor
final class AppWindow {
    let window: Widget
    let session: Session
    let pages = Stack(transition: GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT, homogeneous: false)
    private let titleLabel = Label(wrap: false)
    private let backButton: Button
    private let headerEnd = Layout.horizontal(spacing: 6)
    private(set) var actions: Actions!

    private(set) var chooser: ProfileChooserPage!
    /// The header bar's primary menu button.
    private(set) var mainMenuButton: Widget!
    // The other pages are built the first time they are needed: a teacher who opens the window
    // for the lesson list does not wait for, or hold in memory, the editor, the route sheet,
    // the cards and the slides.
    private(set) lazy var profileEditor: ProfileEditorPage! = adding(ProfileEditorPage(window: self), as: "profile")
    private(set) lazy var history: HistoryPage! = adding(HistoryPage(window: self), as: "history")
    private(set) lazy var editor: AnalysisEditorPage! = adding(AnalysisEditorPage(window: self), as: "editor")
    private(set) lazy var routeSheet: RouteSheetPage! = adding(RouteSheetPage(window: self), as: "route-sheet")
    private(set) lazy var cards: ReflectionCardsPage! = adding(ReflectionCardsPage(window: self), as: "cards")
    private(set) lazy var presentation: PresentationPage! = adding(PresentationPage(window: self), as: "presentation")
    private(set) lazy var teamPicker: TeamPickerPage! = adding(TeamPickerPage(window: self), as: "team")
    /// The header buttons of the pages built so far, by page.
    private var headerButtonsByPage: [(String, [Widget])] = []
    /// Hidden in presentation mode, with the rest of the window's chrome.
    let header = Widget(gtk_header_bar_new())
    /// The page that Back returns to from the editor and the profile form.
    var returnPage = "chooser"
    private var allowClose = false
    /// The GTK window and its widgets are gone; this object may outlive them by a main-loop turn.
    private(set) var isDestroyed = false
    let application: UnsafeMutablePointer<GtkApplication>?
    /// Told when this window has been built again (in another language) and is gone.
    var onReplaced: (@MainActor (AppWindow) -> Void)?
    private(set) var preferences: PreferencesWindow?
    private var logoutGuard: LogoutGuard?
    /// Each made with the page it reads; nil until that page is first shown.
    private var draftKeeper: DraftKeeper<AnalysisDraft>?
    private var cardKeeper: DraftKeeper<ReflectionCardDrafts>?
    private var profileKeeper: DraftKeeper<ProfileDraft>?
    var drafts: DraftKeeper<AnalysisDraft> {
        if let draftKeeper { return draftKeeper }
        let database = session.database
        let editor: AnalysisEditorPage = editor
        let keeper = DraftKeeper<AnalysisDraft>(
            unsaved: { [unowned editor] in editor.template == nil ? nil : editor.unsavedDraft }, owner: \.profileID,
            write: { [unowned editor] draft in
                guard let template = editor.template else { return }
                try database.keepDraft(draft, template: template)
            },
            drop: { try database.dropDraft(profileID: $0) })
        draftKeeper = keeper
        return keeper
    }
    var cardDrafts: DraftKeeper<ReflectionCardDrafts> {
        if let cardKeeper { return cardKeeper }
        let database = session.database
        let cards: ReflectionCardsPage = cards
        let keeper = DraftKeeper<ReflectionCardDrafts>(
            unsaved: { [unowned cards] in cards.unsavedDrafts }, owner: \.profileID,
            write: { try database.keepCardDrafts($0) }, drop: { try database.dropCardDrafts(profileID: $0) })
        cardKeeper = keeper
        return keeper
    }
    var profileDrafts: DraftKeeper<ProfileDraft> {
        if let profileKeeper { return profileKeeper }
        let database = session.database
        let form: ProfileEditorPage = profileEditor
        let keeper = DraftKeeper<ProfileDraft>(
            unsaved: { [unowned form] in form.unsavedDraft }, owner: \.profileID,
            write: { try database.keepProfileDraft($0) }, drop: { try database.dropProfileDraft(profileID: $0) })
        profileKeeper = keeper
        return keeper
    }

    init(session: Session, application: UnsafeMutablePointer<GtkApplication>?) {
        self.session = session
        self.application = application
        if let application {
            window = Widget(gtk_application_window_new(application))
        } else {
            window = Widget(gtk_window_new())
        }
        backButton = Button(icon: "go-previous-symbolic", accessibleName: tr("Back")) {}
        gtk_window_set_title(window.cast(), "Damu")
        WindowState.restore(window)

        gtk_header_bar_pack_start(header.opaque, backButton.widget.pointer)
        gtk_label_set_ellipsize(titleLabel.widget.opaque, PANGO_ELLIPSIZE_END)
        titleLabel.widget.css("title")
        gtk_header_bar_set_title_widget(header.opaque, titleLabel.widget.pointer)
        mainMenuButton = menuButton()
        gtk_header_bar_pack_end(header.opaque, mainMenuButton.pointer)
        gtk_header_bar_pack_end(header.opaque, headerEnd.pointer)
        gtk_window_set_titlebar(window.cast(), header.pointer)
        gtk_window_set_child(window.cast(), pages.widget.pointer)

        actions = Actions(on: window)
        chooser = adding(ProfileChooserPage(window: self), as: "chooser")
        Signal.on(backButton.widget, "clicked") { [weak self] in self?.goBack() }
        installActions()
        Signal.onBool(window.raw, "close-request") { [weak self] in self?.closeRequested() ?? false }
        // However the window goes (closed, replaced, or with the application), nothing looks at it any more.
        Signal.on(window.raw, "destroy") { [weak self] in
            self?.isDestroyed = true
            self?.draftKeeper?.update(watching: false)
            self?.cardKeeper?.update(watching: false)
            self?.logoutGuard?.release()
        }
        if let application {
            logoutGuard = LogoutGuard(application: application, window: window) { [weak self] in self?.unsavedReason }
            // The session is about to end, or has ended and GTK is quitting: what is being typed
            // is kept now, not at its keeper's next look, which may never come.
            for signal in ["query-end", "shutdown"] {
                Signal.on(UnsafeMutableRawPointer(application), signal) { [weak self] in self?.keepShownDrafts() }
            }
        }
        showChooser()
    }

    func present() { gtk_window_present(window.cast()) }

    // MARK: Navigation

    var currentPage: String { pages.visibleName ?? "" }
    var currentTitle: String { titleLabel.text }

    /// What the header bar says: the page, or whose lessons these are.
    var title: String { titleLabel.text }

    func showChooser() {
        chooser.reload()
        show("chooser", title: "Damu")
    }

    func showProfileForm(_ profile: Profile?) {
        returnPage = currentPage == "history" ? "history" : "chooser"
        profileEditor.load(profile)
        show("profile", title: profile == nil ? tr("New profile") : tr("Edit profile"))
    }

    func showHistory(_ profile: Profile, select analysisID: UUID? = nil) {
        session.profile = profile
        history.load(profile: profile, select: analysisID)
        show("history", title: profile.fullName)
    }

    /// The open profile's route sheet of `year` (default: the current school year's, else the latest).
    func showRouteSheet(year: AcademicYear? = nil) {
        guard let profile = session.profile else { return }
        leaveEditor { [self] in
            show("route-sheet", title: String(format: tr("Route sheet — %@"), profile.fullName))
            routeSheet.load(profile: profile, year: year)
        }
    }

    func showEditor(_ analysis: LessonAnalysis, template: LessonAnalysisTemplate, isNew: Bool) {
        show("editor", title: isNew ? tr("New lesson analysis") : tr("Lesson analysis"))
        // After show(): the editor decides whether its Delete button applies.
        editor.load(analysis, template: template, isNew: isNew)
    }

    /// The open profile's reflection cards: the annual card and the weekly cards.
    func showCards() {
        guard let profile = session.profile else { return }
        leaveEditor { [self] in
            cards.load(profile: profile)
            show("cards", title: String(format: tr("Reflection cards — %@"), profile.fullName))
        }
    }

    /// Starts a new analysis for the open profile, carrying the sector names and the last growth point.
    func newAnalysis() {
        guard let profile = session.profile else { return }
        leaveEditor { [self] in
            do {
                let (analysis, template) = try session.newAnalysis(for: profile)
                showEditor(analysis, template: template, isNew: true)
            } catch {
                report(error, while: tr("Cannot start a new lesson analysis"))
            }
        }
    }

    /// Puts a page just built into the stack. Its header buttons join the header bar hidden and
    /// stay there, shown with their page: moving widgets in and out would leave assistive
    /// technology a stale tree.
    private func adding<Page: WindowPage>(_ page: Page, as name: String) -> Page {
        pages.add(page.widget, name: name)
        for button in page.headerButtons {
            Layout.append(button, to: headerEnd)
            button.isVisible = false
        }
        headerButtonsByPage.append((name, page.headerButtons))
        return page
    }

    /// Builds the page called `name` if it has not been yet.
    private func build(_ name: String) {
        switch name {
        case "profile": _ = profileEditor
        case "history": _ = history
        case "editor": _ = editor
        case "route-sheet": _ = routeSheet
        case "cards": _ = cards
        case "presentation": _ = presentation
        case "team": _ = teamPicker
        default: break
        }
    }

    func show(_ page: String, title: String) {
        build(page)
        pages.visibleName = page
        titleLabel.text = title
        backButton.widget.isVisible = page != "chooser"
        for (name, buttons) in headerButtonsByPage {
            for button in buttons { button.isVisible = name == page }
        }
        let inProfile = session.profile != nil && page != "chooser"
        actions.setEnabled("new-analysis", inProfile)
        actions.setEnabled("edit-profile", inProfile)
        actions.setEnabled("reflection-cards", inProfile)
        actions.setEnabled("export-bundle", inProfile)
        actions.setEnabled("save", ["editor", "profile", "cards"].contains(page))
        actions.setEnabled("export-png", page == "history" || page == "editor")
        actions.setEnabled("export-pdf", page == "history" || page == "editor")
        actions.setEnabled("route-sheet", inProfile && page != "route-sheet")
        actions.setEnabled("export-route-sheet", page == "route-sheet")
        updatePresentationActions()
        // A new language builds the window again, carrying the work of the other pages; unsaved
        // cards and slides are not carried yet, so Preferences wait until those pages are left.
        actions.setEnabled("preferences", page != "cards" && page != "presentation")
        logoutGuard?.update(watching: ["editor", "cards", "profile", "presentation"].contains(page))
        if page == "editor" { drafts.update(watching: true) } else { draftKeeper?.update(watching: false) }
        if page == "cards" { cardDrafts.update(watching: true) } else { cardKeeper?.update(watching: false) }
        if page == "profile" { profileDrafts.update(watching: true) } else { profileKeeper?.update(watching: false) }
    }

    func goBack() {
        switch currentPage {
        case "editor":
            leaveEditor { [self] in
                if let profile = session.profile { showHistory(profile, select: editor.savedID) }
            }
        case "profile":
            leaveEditor { [self] in
                if returnPage == "history", let profile = session.profile { showHistory(profile) } else { showChooser() }
            }
        case "route-sheet":
            if let profile = session.profile { showHistory(profile) }
        case "cards":
            leaveEditor { [self] in
                if let profile = session.profile { showHistory(profile) } else { showChooser() }
            }
        case "history":
            session.profile = nil
            showChooser()
        case "team":
            if let profile = session.profile { showHistory(profile) } else { showChooser() }
        default:
            break
        }
    }

    /// Work the page shown holds and the database does not.
    private struct UnsavedWork {
        /// Asked before the page is left.
        let question: String
        /// What the desktop session is told when asked to wait for it.
        let reason: String
        /// Saves it: false when it could not be saved, and the page says why.
        let save: @MainActor () -> Bool
    }

    private var unsavedWork: UnsavedWork? {
        switch currentPage {
        case "editor" where editor.isDirty:
            UnsavedWork(question: tr("Save changes to this lesson analysis?"), reason: tr("A lesson analysis is not saved"), save: { self.editor.save() })
        case "cards" where cards.isDirty:
            UnsavedWork(question: tr("Save changes to the reflection card?"), reason: tr("A reflection card is not saved"), save: { self.cards.saveChanges() })
        case "profile" where profileEditor.isDirty:
            UnsavedWork(question: tr("Save changes to the profile?"), reason: tr("A profile is not saved"), save: { self.profileEditor.saveChanges() != nil })
        default:
            nil
        }
    }

    /// Keeps what is being typed on the page shown (a lesson analysis, the reflection cards), or
    /// forgets what was kept of it once the page holds nothing unsaved.
    private func keepShownDrafts() {
        guard !isDestroyed else { return }
        switch currentPage {
        case "editor": draftKeeper?.keep()
        case "cards": cardKeeper?.keep()
        case "profile": profileKeeper?.keep()
        default: break
        }
    }

    /// The teacher let go of what the page shown held unsaved: it is not offered again.
    private func forgetShownDrafts() {
        switch currentPage {
        case "editor": if let profileID = editor.saved?.profileID { draftKeeper?.forget(profileID: profileID) }
        case "cards": if let profileID = cards.profile?.id { cardKeeper?.forget(profileID: profileID) }
        case "profile": profileKeeper?.forget(profileID: profileEditor.current.id)
        default: break
        }
    }

    /// What the desktop session is told to wait for: the page's unsaved work, or scores given on
    /// the projector (which its own question asks about when presentation mode is left).
    private var unsavedReason: String? {
        if currentPage == "presentation" { return presentation.isDirty ? tr("A lesson analysis is not saved") : nil }
        return unsavedWork?.reason
    }

    /// Runs `next` once the page has nothing unsaved: asks Save / Discard / Cancel first if it has.
    func leaveEditor(then next: @escaping @MainActor () -> Void) {
        guard let unsaved = unsavedWork else {
            // Changes typed and taken back: what was kept of them goes too.
            keepShownDrafts()
            next()
            return
        }
        askToSave(message: unsaved.question) { [self] answer in
            switch answer {
            case .save: if unsaved.save() { next() }
            case .discard:
                forgetShownDrafts()
                next()
            case .cancel: break
            }
        }
    }

    enum SaveAnswer { case save, discard, cancel }

    /// Asks Save / Discard / Cancel about an unsaved lesson analysis.
    func askToSave(
        message: String = tr("Save changes to this lesson analysis?"), _ handler: @escaping @MainActor (SaveAnswer) -> Void
    ) {
        Dialogs.ask(
            parent: window, message: message,
            detail: tr("If you don't save, what you wrote since the last save will be lost."),
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Discard"), GTK_RESPONSE_REJECT.rawValue, style: "destructive-action"),
                .init(tr("_Save"), GTK_RESPONSE_ACCEPT.rawValue, style: "suggested-action"),
            ]
        ) { response in
            switch response {
            case GTK_RESPONSE_ACCEPT.rawValue: handler(.save)
            case GTK_RESPONSE_REJECT.rawValue: handler(.discard)
            default: handler(.cancel)
            }
        }
    }

    private func closeRequested() -> Bool {
        WindowState.save(window)
        if !allowClose, currentPage == "presentation", presentation.isDirty {
            presentation.exit { [self] in allowClose = true; gtk_window_close(window.cast()) }
            return true
        }
        if allowClose || unsavedWork == nil {
            if !allowClose { keepShownDrafts() }
            logoutGuard?.release()
            return false
        }
        leaveEditor { [self] in
            allowClose = true
            gtk_window_close(window.cast())
        }
        return true
    }

    // MARK: Actions and menu

    private func installActions() {
        actions.add("new-analysis", accelerator: "<Control>n") { [weak self] in self?.newAnalysis() }
        actions.add("save", accelerator: "<Control>s") { [weak self] in
            guard let self else { return }
            switch currentPage {
            case "editor": _ = editor.save()
            case "profile": profileEditor.save()
            // Whichever card changed, each staying a draft or finished as it was.
            case "cards": _ = cards.saveChanges()
            case "presentation": presentation.save()
            default: break
            }
        }
        actions.add("edit-profile") { [weak self] in
            guard let self, let profile = session.profile else { return }
            leaveEditor { self.showProfileForm(profile) }
        }
        actions.add("switch-profile", accelerator: "<Control><Shift>p") { [weak self] in
            guard let self else { return }
            leaveEditor { self.session.profile = nil; self.showChooser() }
        }
        actions.add("export-png", accelerator: "<Control>e") { [weak self] in self?.exportWheel(.png) }
        actions.add("export-pdf", accelerator: "<Control><Shift>e") { [weak self] in self?.exportWheel(.pdf) }
        actions.add("route-sheet", accelerator: "<Control>r") { [weak self] in self?.showRouteSheet() }
        actions.add("export-route-sheet", accelerator: "<Control><Shift>r") { [weak self] in self?.exportRouteSheet() }
        actions.add("reflection-cards", accelerator: "<Control>k") { [weak self] in self?.showCards() }
        actions.add("export-bundle") { [weak self] in self?.exportBundle() }
        actions.add("import-bundle") { [weak self] in self?.importBundle() }
        installPresentationActions()
        actions.add("back", accelerator: "<Alt>Left") { [weak self] in self?.goBack() }
        // One window, so quitting is closing it, and asks first about unsaved work the same way.
        actions.add("close", accelerator: "<Control>w|<Control>q") { [weak self] in
            guard let self else { return }
            gtk_window_close(window.cast())
        }
        actions.add("shortcuts", accelerator: "<Control>question") { [weak self] in
            guard let self else { return }
            ShortcutsWindow.present(parent: window)
        }
        actions.add("preferences", accelerator: "<Control>comma") { [weak self] in self?.openPreferences() }
        actions.add("about") { [weak self] in
            guard let self else { return }
            AboutDialog.present(parent: window, databasePath: session.database.path)
        }
    }

    private func menuButton() -> Widget {
        let button = Widget(gtk_menu_button_new())
        gtk_menu_button_set_icon_name(button.opaque, "open-menu-symbolic")
        // F10 opens it, as the primary menu of a GNOME window.
        gtk_menu_button_set_primary(button.opaque, 1)
        // Built when first opened: built with the window, its popover cost every start 0.4 MiB and
        // a millisecond, for a menu that many sessions never open.
        button.menuOnFirstOpen { [weak self] in self?.mainMenu() }
        button.accessibleName(tr("Main menu")).tooltip(tr("Main menu"))
        return button
    }

    func mainMenu() -> OpaquePointer {
        let menu = g_menu_new()!
        let sections: [[(String, String)]] = [
            [(tr("_New Lesson Analysis"), "win.new-analysis"), (tr("_Route Sheet"), "win.route-sheet"),
             (tr("Ref_lection Cards"), "win.reflection-cards"), (tr("_Edit Profile"), "win.edit-profile"),
             (tr("S_witch Profile"), "win.switch-profile")],
            [(tr("Export Wheel as PN_G…"), "win.export-png"), (tr("Export Wheel as P_DF…"), "win.export-pdf"),
             (tr("Export Route Sheet Form as PD_F…"), "win.export-route-sheet")],
            [(tr("E_xport Work to a File…"), "win.export-bundle"), (tr("_Import Work from a File…"), "win.import-bundle")],
            presentationMenuItems,
            [(tr("_Preferences"), "win.preferences"), (tr("_Keyboard Shortcuts"), "win.shortcuts"),
             (tr("_About Damu"), "win.about")],
        ]
        for items in sections {
            let section = g_menu_new()!
            for (label, action) in items { g_menu_append(section, label, action) }
            g_menu_append_section(menu, nil, gcast(section))
            g_object_unref(graw(section))
        }
        return menu
    }

    func openPreferences() {
        if let preferences, preferences.isOpen { preferences.present(); return }
        let preferences = PreferencesWindow(parent: window) { [weak self] code in self?.switchLanguage(to: code) }
        self.preferences = preferences
        preferences.present()
    }

    /// Destroys the window without asking: its work has been carried elsewhere.
    func discard() {
        allowClose = true
        logoutGuard?.release()
        gtk_window_destroy(window.cast())
    }

    // MARK: Export

    enum ExportFormat { case png, pdf }

    private func exportWheel(_ format: ExportFormat) {
        let source: (LessonAnalysis, LessonAnalysisTemplate)?
        switch currentPage {
        case "editor": source = editor.exportSource()
        case "history": source = history.exportSource()
        default: source = nil
        }
        guard let (analysis, template) = source else { return }
        let name = "damu-wheel-\(analysis.lesson.date.iso).\(format == .png ? "png" : "pdf")"
        FileChooser.save(parent: window, title: tr("Export Wheel"), suggestedName: name) { [self] path in
            export(analysis, template: template, format: format, to: URL(fileURLWithPath: path))
        }
    }

    /// Writes the wheel of `analysis` (with its previous lesson dashed beneath) to `url`.
    func export(_ analysis: LessonAnalysis, template: LessonAnalysisTemplate, format: ExportFormat, to url: URL) {
        do {
            let picture = try session.exportPicture(of: analysis, template: template)
            switch format {
            case .png: try PictureExport.wheelPNG(picture, size: 1600, palette: .light, to: url)
            case .pdf: try PictureExport.wheelPDF(picture, palette: .print, to: url)
            }
        } catch {
            report(error, while: tr("The wheel was not exported"))
        }
    }

    /// Saves the form of the route-sheet tab on screen (sheet, wheel or routes) as an A4 PDF.
    private func exportRouteSheet() {
        guard currentPage == "route-sheet", let document = routeSheet.exportDocument() else { return }
        let year = routeSheet.sheet?.academicYear.description ?? ""
        let kind = routeSheet.visibleTab == "wheel" ? "wheel" : routeSheet.visibleTab == "routes" ? "routes" : "sheet"
        FileChooser.save(parent: window, title: tr("Export as PDF"), suggestedName: "damu-route-\(kind)-\(year).pdf") { [self] path in
            exportForm(document, to: URL(fileURLWithPath: path))
        }
    }

    func exportForm(_ document: FormDocument, to url: URL) {
        do {
            try FormExport.pdf(document, to: url)
        } catch {
            report(error, while: tr("The form was not exported"))
        }
    }

    /// Shows an error in a dialog that says what failed and why.
    func report(_ error: Error, while doing: String) {
        Dialogs.error(parent: window, message: doing, detail: "\(error)")
    }

    /// Runs `work` at the main loop's next turn, once the widget telling of a change has finished
    /// its signal; not at all if the window, and every widget `work` would touch, is gone by then.
    func afterThisSignal(_ work: @escaping @MainActor () -> Void) {
        DispatchQueue.main.async { [weak self] in
            MainActor.assumeIsolated {
                guard let self, !self.isDestroyed else { return }
                work()
            }
        }
    }
}
