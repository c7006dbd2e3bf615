import CGtk
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// A coaching session on the projector: one slide at a time, in large type and the high-contrast
/// palette. Page Up/Down and the arrows (a presenter's clicker) move between slides; on the wheel
/// slide the arrows and Tab move between sectors and digits, + and − score them. Scores typed here
/// are a lesson analysis of their own, saved only on Save.
@MainActor
final class PresentationPage {
    /// Washed-out projectors need black on white and heavy lines.
    nonisolated static let palette = Palette.highContrast
    /// Wheel labels half as large again as in a window, for the back row.
    nonisolated static let textScale = 1.6

    let widget: Widget
    private unowned let window: AppWindow
    private let content = Stack(transition: GTK_STACK_TRANSITION_TYPE_CROSSFADE)
    let slideView = SlideView(accessibleName: tr("Slide"))
    let wheel: WheelView
    let previousButton: Button
    let nextButton: Button
    let saveButton: Button
    let pictureButton: Button
    let exitButton: Button

    private(set) var slides: [DeckSlide] = []
    private(set) var index = 0
    /// The analysis being scored, when the deck is a lesson self-analysis.
    private(set) var draft: LessonAnalysis?
    private(set) var saved: LessonAnalysis?
    private var template: LessonAnalysisTemplate?
    private(set) var isNew = false
    /// Called once the presentation is left; gets the analysis as saved, if it was saved.
    private var onExit: (@MainActor (LessonAnalysis?) -> Void)?
    private var savedOnce = false

    init(window: AppWindow) {
        self.window = window
        wheel = WheelView(accessibleName: tr("Balance wheel"))
        wheel.tabMovesBetweenSectors = true
        previousButton = Button(tr("_Previous")) {}
        nextButton = Button(tr("_Next"), style: "suggested-action") {}
        saveButton = Button(tr("_Save Analysis")) {}
        pictureButton = Button(tr("Save Slide as PN_G…")) {}
        exitButton = Button(tr("E_xit Presentation")) {}
        previousButton.widget.tooltip(tr("Previous slide (Page Up)"))
        nextButton.widget.tooltip(tr("Next slide (Page Down)"))
        saveButton.widget.tooltip(tr("Save the scores as a lesson analysis (Ctrl+S)"))
        exitButton.widget.tooltip(tr("Leave the presentation (Esc)"))
        // The slide itself says where in the session it is; the bar only keeps the buttons apart.
        let spacer = Widget(gtk_box_new(GTK_ORIENTATION_HORIZONTAL, 0)).expand(horizontal: true)
        content.add(slideView.widget, name: "slide")
        content.add(wheel.widget, name: "wheel")
        content.widget.expand(horizontal: true, vertical: true)
        let bar = Layout.horizontal(spacing: 8, [
            exitButton.widget, pictureButton.widget, saveButton.widget, spacer,
            previousButton.widget, nextButton.widget,
        ]).margins(top: 4, bottom: 4, start: 8, end: 8)
        widget = Layout.vertical(spacing: 0, [content.widget, bar]).css("damu-presentation")

        wheel.render = { [weak self] picture, cr, rect, cache in
            guard let self else { return }
            SlideRenderer.draw(slide(with: picture), on: cr, in: rect, palette: Self.palette, cache: cache)
        }
        wheel.onScore = { [weak self] sector, score in self?.score(sector: sector, score) }
        slideView.onPress = { [weak self] point, rect in
            guard let self, draft != nil, let slide, let value = SlideRenderer.scaleValue(at: point, of: slide, in: rect) else { return }
            scoreSatisfaction(value)
        }
        Signal.on(previousButton.widget, "clicked") { [weak self] in self?.move(by: -1) }
        Signal.on(nextButton.widget, "clicked") { [weak self] in self?.move(by: 1) }
        Signal.on(saveButton.widget, "clicked") { [weak self] in _ = self?.save() }
        Signal.on(pictureButton.widget, "clicked") { [weak self] in self?.saveSlidePicture() }
        Signal.on(exitButton.widget, "clicked") { [weak self] in self?.exit() }
        installKeys()
    }

    // MARK: Decks

    /// Presents the lesson self-analysis `analysis`: its scores can be changed and saved.
    func present(
        _ analysis: LessonAnalysis, template: LessonAnalysisTemplate, isNew: Bool,
        onExit: @escaping @MainActor (LessonAnalysis?) -> Void
    ) {
        draft = analysis
        saved = analysis
        self.template = template
        self.isNew = isNew
        start(SlideDeck.analysis(template, language: analysis.language), onExit: onExit)
    }

    /// Presents slides that only show (comparisons, the team picture): nothing to save.
    func present(_ slides: [DeckSlide], onExit: @escaping @MainActor (LessonAnalysis?) -> Void) {
        draft = nil
        saved = nil
        template = nil
        start(slides, onExit: onExit)
    }

    private func start(_ slides: [DeckSlide], onExit: @escaping @MainActor (LessonAnalysis?) -> Void) {
        self.slides = slides
        self.onExit = onExit
        savedOnce = false
        index = 0
        saveButton.widget.isVisible = draft != nil
        refresh()
    }

    var isDirty: Bool { draft != nil && draft != saved }
    var currentSlide: DeckSlide? { slides.indices.contains(index) ? slides[index] : nil }

    // MARK: Moving and scoring

    func move(by offset: Int) {
        guard !slides.isEmpty else { return }
        let target = min(max(index + offset, 0), slides.count - 1)
        guard target != index else { return }
        index = target
        refresh()
    }

    func show(slide target: Int) {
        guard slides.indices.contains(target) else { return }
        index = target
        refresh()
    }

    private func score(sector: Int, _ value: Int) {
        guard var draft, draft.wheel.sectors.indices.contains(sector) else { return }
        draft.wheel.sectors[sector].score = value
        self.draft = draft
        var picture = WheelPicture(wheel: draft.wheel)
        picture.textScale = Self.textScale
        picture.highlightedSector = sector
        wheel.show(picture)
    }

    private func scoreSatisfaction(_ value: Int) {
        guard var draft else { return }
        draft.scaling.score = min(max(value, Score.range.lowerBound), Score.range.upperBound)
        self.draft = draft
        refresh()
    }

    /// The slide on screen now, as it would be saved.
    var slide: Slide? {
        guard let current = currentSlide else { return nil }
        if case .wheel = current { return slide(with: wheel.picture) }
        return slide(for: current)
    }

    private func slide(with picture: WheelPicture) -> Slide {
        guard case let .wheel(heading)? = currentSlide else { return Slide(heading: "", content: .wheel(picture)) }
        return Slide(heading: heading, content: .wheel(picture), footer: footer)
    }

    private func slide(for deckSlide: DeckSlide) -> Slide {
        switch deckSlide {
        case let .prompt(heading, text):
            return Slide(heading: heading, content: .prompt(text), footer: footer)
        case let .wheel(heading):
            return Slide(heading: heading, content: .wheel(wheel.picture), footer: footer)
        case let .scaling(heading, question):
            return Slide(heading: heading, content: .scale(question: question, score: draft?.scaling.score), footer: footer)
        case let .comparison(heading, picture, legend, _):
            return Slide(heading: heading, content: .comparison(picture, legend: legend), footer: footer)
        case let .team(heading, chart):
            return Slide(heading: heading, content: .team(chart), footer: footer)
        case let .routes(heading, chart):
            return Slide(heading: heading, content: .routes(chart), footer: footer)
        }
    }

    private var footer: String {
        slides.count > 1 ? String(format: tr("Slide %ld of %ld"), index + 1, slides.count) : ""
    }

    private func refresh() {
        previousButton.widget.isSensitive = index > 0
        nextButton.widget.isSensitive = index < slides.count - 1
        guard let current = currentSlide else { return }
        if case .wheel = current, let draft {
            var picture = WheelPicture(wheel: draft.wheel)
            picture.textScale = Self.textScale
            picture.highlightedSector = wheel.picture.highlightedSector ?? 0
            wheel.show(picture)
            content.visibleName = "wheel"
        } else {
            let slide = slide(for: current)
            slideView.show(slide, description: Self.describe(slide))
            content.visibleName = "slide"
        }
        focusSlide()
    }

    /// Keys go to the slide: the wheel's own keys to the wheel, the rest up to this page.
    func focusSlide() {
        (content.visibleName == "wheel" ? wheel.widget : slideView.widget).grabFocus()
    }

    /// What a screen reader says for a slide: the same words and numbers the room sees.
    static func describe(_ slide: Slide) -> String {
        var parts = [slide.heading]
        switch slide.content {
        case let .prompt(text): parts.append(text)
        case let .wheel(picture): parts.append(WheelView.describe(picture))
        case let .scale(question, score):
            parts.append(question)
            parts.append(score.map { String(format: tr("%@: %ld of 10"), tr("Score"), $0) } ?? tr("Not scored"))
        case let .comparison(picture, legend):
            parts.append(legend)
            parts.append(describeChanges(picture))
        case let .team(chart):
            parts.append(chart.countCaption)
            let picture = TeamRenderer.wheelPicture(for: chart)
            parts.append(zip(picture.sectorNames, picture.scoreCaptions ?? []).map { "\($0): \($1)" }.joined(separator: "; "))
            parts.append(chart.distributionTitle + ": " + chart.team.satisfactionCounts.enumerated()
                .map { String(format: tr("%ld: %ld"), $0.offset, $0.element) }.joined(separator: ", "))
        case let .routes(chart):
            parts.append(chart.caption)
            parts.append(chart.completion.directions.map { direction in
                direction.name + ": " + zip(chart.legend, RouteCompletionChart.parts(direction.progress))
                    .map { String(format: tr("%@ %ld"), $0, $1) }.joined(separator: ", ")
            }.joined(separator: "; "))
        }
        parts.append(slide.footer)
        return parts.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// "Goal and result: 5 → 7 (+2); …".
    static func describeChanges(_ picture: WheelPicture) -> String {
        picture.sectorNames.indices.map { sector in
            let before = picture.overlayScores.flatMap { $0.indices.contains(sector) ? $0[sector] : nil }
            let after = picture.scores.indices.contains(sector) ? picture.scores[sector] : nil
            let text = { (score: Int?) in score.map(String.init) ?? "—" }
            var line = "\(picture.sectorNames[sector]): \(text(before)) → \(text(after))"
            if let before, let after { line += " (\(after - before > 0 ? "+" : "")\(after - before))" }
            return line
        }.joined(separator: "; ")
    }

    private func installKeys() {
        let controller = gtk_event_controller_key_new()!
        Signal.onKeyPressed(UnsafeMutableRawPointer(controller)) { [weak self] keyval, state in
            self?.handleKey(keyval, state: state) ?? false
        }
        gtk_widget_add_controller(widget.pointer, controller)
    }

    func handleKey(_ keyval: UInt32, state: GdkModifierType) -> Bool {
        if state.rawValue & (GDK_CONTROL_MASK.rawValue | GDK_ALT_MASK.rawValue) != 0 { return false }
        let scaling: Bool
        if case .scaling? = currentSlide, draft != nil { scaling = true } else { scaling = false }
        switch Int32(keyval) {
        case GDK_KEY_Page_Down, GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_space: move(by: 1)
        case GDK_KEY_Page_Up, GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_BackSpace: move(by: -1)
        case GDK_KEY_Home: show(slide: 0)
        case GDK_KEY_End: show(slide: slides.count - 1)
        case GDK_KEY_Escape: exit()
        case GDK_KEY_0...GDK_KEY_9 where scaling: scoreSatisfaction(Int(keyval) - Int(GDK_KEY_0))
        case GDK_KEY_KP_0...GDK_KEY_KP_9 where scaling: scoreSatisfaction(Int(keyval) - Int(GDK_KEY_KP_0))
        // A `where` guards only the pattern before it: each key needs its own.
        case GDK_KEY_plus where scaling, GDK_KEY_KP_Add where scaling, GDK_KEY_equal where scaling:
            scoreSatisfaction((draft?.scaling.score ?? -1) + 1)
        case GDK_KEY_minus where scaling, GDK_KEY_KP_Subtract where scaling:
            scoreSatisfaction((draft?.scaling.score ?? 1) - 1)
        default: return false
        }
        return true
    }

    // MARK: Saving and leaving

    /// Saves the scores typed in the presentation; on failure a dialog says why and nothing is lost.
    @discardableResult
    func save() -> Bool {
        guard let draft, let template else { return false }
        do {
            let stored = try window.session.database.save(draft, template: template)
            saved = stored
            self.draft = stored
            isNew = false
            savedOnce = true
            return true
        } catch {
            window.report(error, while: tr("The lesson analysis was not saved"))
            return false
        }
    }

    /// Leaves the presentation, asking first when scores typed here are not saved.
    func exit(then after: (@MainActor () -> Void)? = nil) {
        let finish = { [self] in
            let result = savedOnce ? saved : nil
            let exit = onExit
            onExit = nil
            exit?(result)
            after?()
        }
        guard isDirty else { finish(); return }
        window.askToSave { [self] response in
            switch response {
            case .save: if save() { finish() }
            case .discard: finish()
            case .cancel: break
            }
        }
    }

    private func saveSlidePicture() {
        guard slide != nil else { return }
        let name = String(format: "damu-slide-%02ld.png", index + 1)
        FileChooser.save(parent: window.window, title: tr("Save Slide as PNG"), suggestedName: name) { [self] path in
            writeSlide(to: URL(fileURLWithPath: path))
        }
    }

    /// The slide as on screen, 1920 pixels wide at the screen's proportions.
    func writeSlide(to url: URL) {
        guard let slide else { return }
        let width = Double(max(content.widget.width, 1)), height = Double(max(content.widget.height, 1))
        let aspect = min(max(height / width, 0.4), 1.5)
        do {
            try PictureExport.slidePNG(slide, width: 1920, height: Int((1920 * aspect).rounded()), palette: Self.palette, to: url)
        } catch {
            window.report(error, while: tr("The slide was not saved as a picture"))
        }
    }
}
