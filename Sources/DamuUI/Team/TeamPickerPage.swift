import CGtk
import DamuCore
import DamuStore
import Foundation

/// Chooses whose lessons go into the anonymous team picture. Names stay hidden unless asked for,
/// since this page is often on the projector while the coach picks; the picture itself never has them.
@MainActor
final class TeamPickerPage {
    let widget: Widget
    private unowned let window: AppWindow
    private let list: Widget
    private let summary = Label(wrap: true)
    let showNames = Toggle(tr("Show _names in this list"))
    let presentButton: Button
    let addFilesButton: Button
    let headerButtons: [Widget] = []
    /// Each teacher listed, with the number of lessons and the latest, the one the picture uses.
    private(set) var profiles: [(profile: Profile, lessons: Int, latest: LessonAnalysis)] = []
    private(set) var checks: [Toggle] = []
    /// Route sheets carried by teachers' files, by profile id; nothing of them is stored.
    private var sheetsFromFiles: [UUID: RouteSheet] = [:]

    init(window: AppWindow) {
        self.window = window
        list = Widget(gtk_list_box_new())
        gtk_list_box_set_selection_mode(list.opaque, GTK_SELECTION_NONE)
        list.css("boxed-list").accessibleName(tr("Teachers in the team picture"))
        presentButton = Button(tr("_Show the Team Picture"), style: "suggested-action") {}
        addFilesButton = Button(tr("_Add a Teacher's File…")) {}
        addFilesButton.widget.tooltip(tr("A file a teacher exported from Damu: only the scores of their latest lesson are used"))
        let heading = Label(tr("Team picture"), style: "damu-page-title")
        let hint = Label(
            tr("Choose the teachers whose latest lesson goes into the picture. Only scores are used: the picture shows no names and no written answers."),
            style: "damu-hint")
        let controls = Layout.horizontal(spacing: 12, [showNames.widget, summary.widget.expand(horizontal: true), presentButton.widget])
        let files = Layout.horizontal(spacing: 12, [addFilesButton.widget])
        let page = Layout.vertical(spacing: 12, [heading.widget, hint.widget, controls, list, files])
            .margins(top: 24, bottom: 24, start: 24, end: 24)
        widget = Layout.scrolled(Layout.centered(page, maximumWidth: 720))
        showNames.onChange { [weak self] in self?.relabel() }
        Signal.on(presentButton.widget, "clicked") { [weak self] in self?.present() }
        Signal.on(addFilesButton.widget, "clicked") { [weak self] in self?.chooseFile() }
    }

    /// Lists every profile on this PC with lessons; all are chosen to start with, names hidden.
    func reload() {
        showNames.isOn = false
        sheetsFromFiles = [:]
        do {
            let database = window.session.database
            let counts = try database.analysisCounts()
            profiles = try database.profiles().compactMap { profile in
                guard let lessons = counts[profile.id], let latest = try database.latestAnalysis(profileID: profile.id) else { return nil }
                return (profile, lessons, latest)
            }
        } catch {
            profiles = []
            window.report(error, while: tr("The profiles could not be read"))
        }
        Layout.clearList(list)
        checks = []
        for _ in profiles { appendCheck() }
        relabel()
    }

    private func appendCheck() {
        let check = Toggle("")
        // Names are shown as written: an underscore in one is not a mnemonic.
        gtk_check_button_set_use_underline(check.check.cast(), 0)
        check.isOn = true
        check.onChange { [weak self] in self?.updateSummary() }
        gtk_list_box_append(list.opaque, check.widget.margins(6).pointer)
        checks.append(check)
    }

    private func chooseFile() {
        FileChooser.open(parent: window.window, title: tr("Add a Teacher's File")) { [weak self] path in
            self?.addBundle(at: URL(fileURLWithPath: path))
        }
    }

    /// Adds the teacher of an exported Damu file, validated whole as an import would be; nothing is
    /// stored. A teacher already listed (the same profile id) is counted once, from the newer data.
    func addBundle(at url: URL) {
        do {
            let bundle = try BundleReader.read(contentsOf: url)
            let history = LessonHistory(bundle.analyses.filter { $0.deletedAt == nil }.map(\.value))
            guard let latest = history.latest else {
                throw DamuError.invalid(field: url.lastPathComponent, message: tr("holds no lesson analysis to add to the team picture"))
            }
            if let index = profiles.firstIndex(where: { $0.profile.id == bundle.profile.id }) {
                if profiles[index].latest.updatedAt >= latest.updatedAt { return }
                profiles[index] = (bundle.profile, history.analyses.count, latest)
            } else {
                profiles.append((bundle.profile, history.analyses.count, latest))
                appendCheck()
            }
            // The file's latest sheet, if it carries one, is the teacher's for the route-sheet slide.
            sheetsFromFiles[bundle.profile.id] = bundle.routeSheets.filter { $0.deletedAt == nil }.map(\.value)
                .max { $0.academicYear.startYear < $1.academicYear.startYear } ?? sheetsFromFiles[bundle.profile.id]
            relabel()
        } catch {
            window.report(error, while: tr("The teacher's file was not added"))
        }
    }

    private func relabel() {
        for (number, (entry, check)) in zip(profiles, checks).enumerated() {
            let who = showNames.isOn ? entry.profile.fullName : String(format: tr("Teacher %ld"), number + 1)
            let lessons = String(format: trn("%ld lesson", "%ld lessons", entry.lessons), entry.lessons)
            gtk_check_button_set_label(check.check.cast(), "\(who) · \(lessons)")
        }
        updateSummary()
    }

    private func updateSummary() {
        let chosen = checks.filter(\.isOn).count
        summary.text = String(format: tr("%ld of %ld teachers chosen"), chosen, checks.count)
        presentButton.widget.isSensitive = chosen > 0
    }

    /// Only the chosen teachers' scores leave this page.
    var contributions: [TeamContribution] {
        zip(profiles, checks).compactMap { entry, check in
            check.isOn ? TeamContribution(entry.latest) : nil
        }
    }

    /// Each chosen teacher's latest route sheet: the one their file carries, else this PC's.
    var routeSheets: [RouteSheet] {
        zip(profiles, checks).compactMap { entry, check in
            guard check.isOn else { return nil }
            if let sheet = sheetsFromFiles[entry.profile.id] { return sheet }
            return (try? window.session.database.routeSheets(profileID: entry.profile.id))?
                .max { $0.academicYear.startYear < $1.academicYear.startYear }
        }
    }

    private func present() {
        window.presentTeam(contributions, routeSheets: routeSheets)
    }
}
