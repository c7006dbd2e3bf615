import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu route-sheet show`: the rows with their current marks, the progress and row 1's weeks.
struct RouteSheetShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: tr("Show a route sheet: each row's mark, the progress, and the weeks with a lesson analysis."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Flag(help: ArgumentHelp(tr("List every mark each row was given, with its date and evidence.")))
    var history = false

    func run() throws {
        let database = try storage.openExisting()
        let loaded = try LoadedRouteSheet.load(options, from: database)
        let sheet = loaded.sheet, template = loaded.template, language = options.language
        let page = template.sheet(for: sheet.category)
        print(String(format: tr("Route sheet %@ · %@ · %@"), sheet.academicYear.description, loaded.profile.fullName,
                     sheet.category.title.text(in: language)))
        if !loaded.isStored { print(tr("(not started yet: no row is marked)")) }
        print(template.labels.stage.text(in: language) + ": " + page.stage.text(in: language))
        print(template.labels.goal.text(in: language) + ": " + page.goal.text(in: language))
        print("")
        var table = TextTable(header: [tr("Row"), tr("Mark"), tr("Date"), tr("Direction")])
        for (number, id) in sheet.rowIDs.enumerated() {
            let latest = sheet.marks(of: id)?.latest
            table.append(["\(number + 1)", latest?.mark.symbol ?? "", latest?.date.iso ?? "", direction(of: id, sheet: sheet, page: page)])
        }
        print(table.rendered)
        if history {
            for (number, id) in sheet.rowIDs.enumerated() {
                let entries = sheet.marks(of: id)?.entries ?? []
                guard !entries.isEmpty else { continue }
                print("")
                print(String(format: tr("Row %ld, every mark:"), number + 1))
                for entry in entries {
                    let head = "  " + entry.date.iso + "  " + (entry.mark == .none ? tr("(cleared)") : entry.mark.symbol)
                    // A note of several lines hangs under its first, clear of the dates.
                    let hanging = "\n" + String(repeating: " ", count: head.count + 3)
                    let evidence = entry.evidence.map { " — " + $0.value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: hanging) } ?? ""
                    print(head + evidence)
                }
            }
        }
        let progress = sheet.progress
        print("")
        print(String(format: tr("Progress: %ld +, %ld ±, %ld −, %ld unmarked (%ld%% done)"),
                     progress.achieved, progress.partial, progress.notAchieved, progress.unmarked, progress.percent))
        let evidence = try database.weeklyEvidence(profileID: loaded.profile.id, academicYear: sheet.academicYear)
        let (covered, elapsed) = evidence.coverage(asOf: min(LessonDate.today, sheet.academicYear.lastDay))
        print(String(format: tr("Row 1, weekly evaluation after lessons: lesson analyses in %ld of %ld weeks"), covered, elapsed))
    }

    private func direction(of id: RouteSheet.RowID, sheet: RouteSheet, page: RouteSheetTemplate.Sheet) -> String {
        switch id {
        case let .template(index):
            return page.rows.indices.contains(index) ? page.rows[index].direction.text(in: options.language) : ""
        case let .own(own):
            return (sheet.ownRows.first { $0.id == own }?.direction ?? "") + " " + tr("(own)")
        }
    }
}
