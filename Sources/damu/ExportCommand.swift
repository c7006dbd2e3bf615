import ArgumentParser
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// `damu export`: a profile's work as a Damu bundle (JSON), to move to another PC or keep.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Export a profile's lesson analyses, reflection cards, route sheets and individual routes to a JSON bundle."),
        discussion: tr("Exports everything of the profile (deleted records too, so deletions travel), or with --year one academic year, or with --year and --annual-card only that year's annual card. The file is readable by you only; it lists what it holds. damu import brings it back."))

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp(tr("The profile's id, or the beginning of its name or id."), valueName: "id-or-name"))
    var profile: String

    @Option(help: ArgumentHelp(tr("Only this academic year, e.g. 2025-2026."), valueName: "year"))
    var year: String?

    @Flag(help: ArgumentHelp(tr("Only the annual reflection card of --year.")))
    var annualCard = false

    @Option(name: [.short, .long], help: ArgumentHelp(tr("The bundle file to write."), valueName: "file"))
    var output: String

    func validate() throws {
        if annualCard, year == nil { throw ValidationError(tr("--annual-card needs --year.")) }
        if let year { _ = try parsedYear(year) }
    }

    private func parsedYear(_ text: String) throws -> AcademicYear {
        do { return try AcademicYear(parsing: text) } catch let error as DamuError {
            throw ValidationError("--year: " + error.message)
        }
    }

    func run() throws {
        let destination = URL(fileURLWithPath: output)
        try OutputFile.check(destination, database: storage.databaseURL)
        let database = try storage.openExisting()
        let owner = try ProfileReference.resolve(profile, in: database)
        let academicYear = try year.map(parsedYear)
        let scope = DamuBundle.Scope(
            kind: annualCard ? .annualCard : (academicYear == nil ? .profile : .academicYear), academicYear: academicYear)
        let bundle = try database.exportBundle(profileID: owner.id, scope: scope)
        try PrivateFile.write(Array(try bundle.encoded()), to: destination)
        print(ExportSummary.lines(of: bundle).joined(separator: "\n"))
        print(String(format: tr("Saved to %@."), destination.path))
    }
}

/// What a bundle holds, in a few lines: what leaves the PC.
enum ExportSummary {
    static func lines(of bundle: DamuBundle) -> [String] {
        var lines = [String(format: tr("Profile: %@"), bundle.profile.fullName)] + bundle.contents
        let deleted = bundle.deletionCount
        if deleted > 0 {
            lines.append(String(format: trn("Deleted here: %ld record, exported as a deletion", "Deleted here: %ld records, exported as deletions", deleted), deleted))
        }
        return lines
    }
}
