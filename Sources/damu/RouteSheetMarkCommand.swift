import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu route-sheet mark`: gives a row a mark on a date, with what shows it; earlier marks stay.
struct RouteSheetMarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: tr("Mark a row of the route sheet +, ± or −, with a date and evidence."),
        discussion: tr("Every mark is kept: the row shows the latest, and show --history lists them all. Type ± as +- and − as - if your keyboard lacks them."))

    @OptionGroup var storage: StorageOptions
    @OptionGroup var options: RouteSheetOptions

    @Option(help: ArgumentHelp(tr("The row's number as `show` lists it."), valueName: "number"))
    var row: Int

    @Option(help: ArgumentHelp(tr("+ (achieved), ± or +- (partially), − or - (not achieved)."), valueName: "mark"))
    var mark: String

    @Option(help: ArgumentHelp(tr("The day of the mark, as 2026-05-20 or 20.05.2026 (default: today); it must fall in the school year."), valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: ArgumentHelp(tr("What was done, where: the evidence in words. One of --note, --file and --link."), valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp(tr("A file on this computer that shows it (a plan, a certificate scan)."), valueName: "path"))
    var file: String?

    @Option(help: ArgumentHelp(tr("A web link that shows it (a publication, a video)."), valueName: "url"))
    var link: String?

    func validate() throws {
        guard RouteMark(symbol: mark) != nil, RouteMark(symbol: mark) != RouteMark.none else {
            throw ValidationError(String(format: tr("--mark: “%@” is not a mark; use +, ± or −"), mark))
        }
        if let date {
            do { _ = try DateText.day(from: date) } catch let error as DamuError {
                throw ValidationError("--date: " + error.message)
            }
        }
        if [note, file, link].compactMap({ $0 }).count > 1 {
            throw ValidationError(tr("Give one piece of evidence: --note, --file or --link."))
        }
        for (option, value) in [("--note", note), ("--file", file), ("--link", link)] {
            if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError(String(format: tr("%@ is empty; leave it out for a mark without evidence."), option))
            }
        }
    }

    func run() throws {
        let database = try storage.openExisting()
        var loaded = try LoadedRouteSheet.load(options, from: database)
        let id = try loaded.row(row)
        let day = try date.map { try DateText.day(from: $0) } ?? .today
        if date == nil, !loaded.sheet.academicYear.contains(day) {
            throw DamuError.invalid(field: "--date", message: String(
                format: tr("today, %@, is outside the school year %@; give the day of the mark with --date"),
                day.iso, loaded.sheet.academicYear.description))
        }
        // A file named from the folder the command runs in is stored by its whole path, which
        // still finds it from anywhere else.
        let path = file.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let evidence: MarkEvidence? = note.map(MarkEvidence.text) ?? path.map(MarkEvidence.path) ?? link.map(MarkEvidence.link)
        try loaded.sheet.mark(id, symbol: mark, on: day, evidence: evidence)
        let stored = try database.save(loaded.sheet, template: loaded.template)
        let progress = stored.progress
        let given = RouteMark(symbol: mark) ?? .none
        print(String(format: tr("Marked row %ld %@ on %@ (%@ %@)."), row, given.symbol, day.iso,
                     loaded.profile.fullName, stored.academicYear.description))
        // A mark dated before the row's latest joins its history; the row's mark stays the later one.
        if let latest = stored.marks(of: id)?.latest, latest.date > day {
            print(String(format: tr("The row keeps its later mark: %@ (%@)."), latest.mark.symbol, latest.date.iso))
        }
        print(String(format: tr("Progress: %ld +, %ld ±, %ld −, %ld unmarked (%ld%% done)"),
                     progress.achieved, progress.partial, progress.notAchieved, progress.unmarked, progress.percent))
    }
}
