import ArgumentParser
import DamuCore
import DamuStore

/// `damu profiles list`: one line per teacher, with the number of lessons analysed.
struct ProfilesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List the profiles: id, name, school, category and number of lesson analyses."))

    @OptionGroup var storage: StorageOptions

    func run() throws {
        let database = try storage.openExisting()
        let profiles = try database.profiles()
        guard !profiles.isEmpty else {
            print(tr("No profiles yet. Create one in Damu's window, or try: damu demo"))
            return
        }
        let language = Localization.interfaceLanguage
        var table = TextTable(header: [tr("ID"), tr("Name"), tr("School"), tr("Category"), tr("Analyses")])
        let counts = try database.analysisCounts()
        for profile in profiles {
            table.append([
                profile.id.uuidString, profile.fullName, profile.school,
                profile.category?.title.text(in: language) ?? "—", String(counts[profile.id] ?? 0),
            ])
        }
        print(table.rendered)
    }
}
