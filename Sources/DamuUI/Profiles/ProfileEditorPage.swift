import CGtk
import DamuCore
import DamuStore
import Foundation

/// The teacher's profile: who they are, their category, topic and goal.
@MainActor
final class ProfileEditorPage {
    let widget: Widget
    private unowned let window: AppWindow
    private(set) var original: Profile?
    /// The profile the fields edit (a new one keeps its id while it is typed) and, as the
    /// fields showed it when loaded or saved, the form without unsaved work.
    private var base = Profile(fullName: "")
    private var loaded = Profile(fullName: "")

    let fullName = Entry(accessibleName: tr("Full name"))
    let school = Entry(placeholder: tr("e.g. School-lyceum No. 12"), accessibleName: tr("School"))
    let subjects = Entry(placeholder: tr("e.g. Mathematics, Physics"), accessibleName: tr("Subjects"))
    let category: DropDown
    let newTeacher = Toggle(tr("I am _new to the profession (weekly reflection cards)"))
    let years = NumberField(range: 0...Profile.maximumYearsOfService, accessibleName: tr("Years of service"))
    let topic = TextArea(accessibleName: tr("Methodological topic"), minimumHeight: 56)
    let goal = TextArea(accessibleName: tr("Professional development goal"), minimumHeight: 56)
    let mentor = Entry(accessibleName: tr("Mentor"))
    let deleteButton: Button
    private(set) var saveButton: Button!
    let headerButtons: [Widget]

    init(window: AppWindow) {
        self.window = window
        let language = window.session.language
        category = DropDown(
            items: [tr("Not assigned yet")] + QualificationCategory.allCases.map { $0.title.text(in: language) },
            accessibleName: tr("Qualification category"))
        deleteButton = Button(tr("_Delete Profile…"), style: "destructive-action") {}

        let grid = Widget(gtk_grid_new())
        gtk_grid_set_row_spacing(grid.cast(), 12)
        gtk_grid_set_column_spacing(grid.cast(), 16)
        let rows: [(String, Widget)] = [
            (tr("_Full name"), fullName.widget), (tr("Sc_hool"), school.widget), (tr("S_ubjects"), subjects.widget),
            (tr("_Qualification category"), category.widget), (tr("_Years of service"), years.widget),
            (tr("_Methodological topic"), topic.widget), (tr("Development _goal"), goal.widget),
            (tr("M_entor"), mentor.widget),
        ]
        for (index, (title, field)) in rows.enumerated() {
            let label = Widget(gtk_label_new_with_mnemonic(title))
            gtk_label_set_xalign(label.opaque, 1)
            // A multi-line field's label points at its text view, not the frame around it.
            let target = field == topic.widget ? topic.textView : field == goal.widget ? goal.textView : field
            target.nameFromLabel(label)
            label.align(vertical: GTK_ALIGN_START).margins(top: 8)
            gtk_grid_attach(grid.cast(), label.pointer, 0, Int32(index), 1, 1)
            gtk_grid_attach(grid.cast(), field.pointer, 1, Int32(index), 1, 1)
        }
        gtk_grid_attach(grid.cast(), newTeacher.widget.pointer, 1, Int32(rows.count), 1, 1)
        years.widget.align(horizontal: GTK_ALIGN_START)
        category.widget.align(horizontal: GTK_ALIGN_START)

        let title = Label(tr("Profile"), style: "damu-page-title")
        let privacy = Label(tr("Your profile and everything you write stay on this computer."), style: "damu-hint")
        let save = Button(tr("_Save Profile"), style: "suggested-action") {}
        saveButton = save
        let footer = Layout.horizontal(spacing: 12, [deleteButton.widget, Label().widget.expand(horizontal: true), save.widget])
        let form = Layout.vertical(spacing: 16, [title.widget, privacy.widget, grid, footer]).margins(top: 24, bottom: 24, start: 24, end: 24)
        widget = Layout.scrolled(Layout.centered(form, maximumWidth: 760))
        headerButtons = []
        Signal.on(save.widget, "clicked") { [weak self] in self?.save() }
        Signal.on(deleteButton.widget, "clicked") { [weak self] in self?.confirmDelete() }
    }

    func load(_ profile: Profile?) {
        original = profile
        base = profile ?? Profile(fullName: "")
        show(base)
        loaded = current
        deleteButton.widget.isVisible = original != nil
        fullName.widget.grabFocus()
    }

    /// Whether the fields hold anything the database does not: leaving the form then asks first.
    var isDirty: Bool { current != loaded }

    /// What a crash would lose: the form as it stands, while it differs from what is saved.
    var unsavedDraft: ProfileDraft? { isDirty ? ProfileDraft(original: original, shown: current) : nil }

    /// The form as it was left: `original` is what Save updates, `shown` what the fields held.
    func resume(original: Profile?, shown: Profile) {
        load(original)
        if original == nil {
            // A new profile keeps the id it was typed under, so saving it forgets what was kept.
            base = Profile(id: shown.id, createdAt: shown.createdAt, fullName: "")
            loaded = base
        }
        show(shown)
    }

    private func show(_ profile: Profile) {
        fullName.text = profile.fullName
        school.text = profile.school
        subjects.text = profile.subjects
        category.selected = profile.category.map { QualificationCategory.allCases.firstIndex(of: $0)! + 1 } ?? 0
        newTeacher.isOn = profile.isNewTeacher
        years.value = profile.yearsOfService
        topic.text = profile.methodologicalTopic
        goal.text = profile.developmentGoal
        mentor.text = profile.mentor
    }

    /// The profile as the form shows it now.
    var current: Profile {
        var profile = base
        profile.fullName = fullName.text
        profile.school = school.text
        profile.subjects = subjects.text
        profile.category = category.selected > 0 ? QualificationCategory.allCases[category.selected - 1] : nil
        profile.isNewTeacher = newTeacher.isOn
        profile.yearsOfService = years.value
        profile.methodologicalTopic = topic.text
        profile.developmentGoal = goal.text
        profile.mentor = mentor.text
        return profile
    }

    /// Saves the form and opens the profile's lessons.
    func save() {
        if let saved = saveChanges() { window.showHistory(saved) }
    }

    /// Saves the form and stays on it; on a validation error the form keeps everything typed,
    /// says what is wrong, and nil is returned.
    @discardableResult
    func saveChanges() -> Profile? {
        do {
            let saved = try window.session.database.save(current)
            window.profileDrafts.forget(profileID: saved.id)
            original = saved
            base = saved
            loaded = current
            if window.session.profile?.id == saved.id { window.session.profile = saved }
            return saved
        } catch {
            window.report(error, while: tr("The profile was not saved"))
            return nil
        }
    }

    private func confirmDelete() {
        guard let profile = original else { return }
        Dialogs.ask(
            parent: window.window, message: String(format: tr("Delete the profile of %@?"), profile.fullName),
            detail: tr("The profile and all its work (lesson analyses, reflection cards, route sheets and individual routes) will be removed from this computer."),
            choices: [
                .init(tr("_Cancel"), GTK_RESPONSE_CANCEL.rawValue),
                .init(tr("_Delete"), GTK_RESPONSE_ACCEPT.rawValue, style: "destructive-action"),
            ]
        ) { [weak self] response in
            guard let self, response == GTK_RESPONSE_ACCEPT.rawValue else { return }
            do {
                try window.session.database.deleteProfile(id: profile.id)
                window.session.profile = nil
                window.showChooser()
            } catch {
                window.report(error, while: tr("The profile was not deleted"))
            }
        }
    }
}
