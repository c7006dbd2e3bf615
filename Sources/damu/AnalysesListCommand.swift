import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu analyses list --profile …`: the teacher's lessons, oldest first.
struct AnalysesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: tr("List a profile's lesson analyses: id, date, class, subject, topic, wheel mean, satisfaction."))

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp(tr("The profile's id, or the beginning of its name or id."), valueName: "id-or-name"))
    var profile: String

    func run() throws {
        let database = try storage.openExisting()
        let owner = try ProfileReference.resolve(profile, in: database)
        let history = try database.lessonOverview(profileID: owner.id)
        guard !history.isEmpty else {
            print(String(format: tr("%@ has no lesson analyses yet."), owner.fullName))
            return
        }
        var table = TextTable(header: [
            tr("ID"), tr("Date"), tr("Class"), tr("Subject"), tr("Topic"), tr("Wheel"), tr("Satisfaction"),
        ])
        for summary in history.lessons {
            table.append([
                summary.id.uuidString, summary.lesson.date.iso, summary.lesson.grade, summary.lesson.subject,
                summary.lesson.topic, summary.wheelMean.map { String(format: "%.1f", $0) } ?? "—",
                summary.satisfaction.map(String.init) ?? "—",
            ])
        }
        print(table.rendered)
    }
}
