import CGtk
import DamuCore
import DamuStore

/// The first page on a shared school PC: whose work is this? One row per teacher, and a way to add one.
@MainActor
final class ProfileChooserPage {
    let widget: Widget
    private unowned let window: AppWindow
    private let list: Widget
    private let content = Stack(homogeneous: false)
    private(set) var profiles: [Profile] = []
    let headerButtons: [Widget]
    private(set) var createButton: Button!
    private(set) var demoButton: Button!

    init(window: AppWindow) {
        self.window = window
        list = Widget(gtk_list_box_new())
        gtk_list_box_set_selection_mode(list.opaque, GTK_SELECTION_NONE)
        list.css("boxed-list").accessibleName(tr("Profiles on this computer"))

        let heading = Label(tr("Who is working today?"), style: "damu-page-title")
        let hint = Label(tr("Each teacher has a profile. What you write stays on this computer."), style: "damu-hint")
        let listPage = Layout.vertical(spacing: 12, [heading.widget, hint.widget, list])
            .margins(top: 36, bottom: 36, start: 24, end: 24)
        content.add(Layout.scrolled(Layout.centered(listPage, maximumWidth: 640)), name: "list")

        let emptyTitle = Label(tr("Welcome to Damu"), style: "damu-empty-title")
        let emptyText = Label(
            tr("Create your profile to start analysing your lessons with the balance wheel. Or explore Damu with a demo teacher and a year of lessons."))
        let create = Button(tr("_Create a Profile"), style: "suggested-action") { [weak window] in
            window?.showProfileForm(nil)
        }
        let demo = Button(tr("Explore with a _Demo Teacher")) {}
        let buttons = Layout.horizontal(spacing: 12, [create.widget, demo.widget]).align(horizontal: GTK_ALIGN_CENTER)
        gtk_label_set_justify(emptyText.widget.opaque, GTK_JUSTIFY_CENTER)
        gtk_label_set_xalign(emptyText.widget.opaque, 0.5)
        gtk_label_set_xalign(emptyTitle.widget.opaque, 0.5)
        let empty = Layout.vertical(spacing: 18, [emptyTitle.widget, emptyText.widget, buttons])
            .align(vertical: GTK_ALIGN_CENTER).margins(36)
        content.add(Layout.centered(empty, maximumWidth: 560), name: "empty")

        widget = content.widget
        let add = Button(tr("_New Profile")) { [weak window] in window?.showProfileForm(nil) }
        add.widget.tooltip(tr("Add a teacher's profile"))
        headerButtons = [add.widget]
        createButton = create
        demoButton = demo
        Signal.on(demo.widget, "clicked") { [weak self] in self?.createDemo() }
    }

    func reload() {
        do {
            profiles = try window.session.database.profiles()
        } catch {
            profiles = []
            window.report(error, while: tr("The profiles could not be read"))
        }
        Layout.clearList(list)
        for profile in profiles { gtk_list_box_append(list.opaque, row(for: profile).pointer) }
        content.visibleName = profiles.isEmpty ? "empty" : "list"
    }

    /// Opens `profile`'s lessons, as activating its row does.
    func open(_ profile: Profile) { window.openProfile(profile) }

    private func row(for profile: Profile) -> Widget {
        let name = Label(profile.fullName, style: "heading")
        var details = [profile.category?.title.text(in: window.session.language) ?? tr("No category yet")]
        if !profile.school.isEmpty { details.append(profile.school) }
        if !profile.subjects.isEmpty { details.append(profile.subjects) }
        let detail = Label(details.joined(separator: " · "), style: "damu-hint")
        let text = Layout.vertical(spacing: 4, [name.widget, detail.widget]).expand(horizontal: true)
        let arrow = Widget(gtk_image_new_from_icon_name("go-next-symbolic"))
        // Asked for its width at the row's height, the text of two teachers' rows was laid out 675
        // times before the first frame (54 ms).
        let content = Layout.horizontal(spacing: 12, [Layout.heightForWidth(text), arrow]).margins(14)
        let button = Widget(gtk_button_new())
        gtk_button_set_child(button.cast(), content.pointer)
        button.css("flat")
        button.accessibleName(String(format: tr("Open %@"), profile.fullName))
        Signal.on(button, "clicked") { [weak self] in self?.open(profile) }
        return button
    }

    private func createDemo() {
        do {
            let profile = try window.session.createDemoProfile()
            reload()
            window.showHistory(profile)
        } catch {
            window.report(error, while: tr("The demo teacher could not be created"))
        }
    }
}
