import ArgumentParser
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// `damu card`: the reflection cards.
struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card",
        abstract: tr("Print reflection cards."),
        subcommands: [AnnualCardCommand.self])
}

/// `damu card annual`: the annual card of a year as an A4 PDF or a PNG of its first page.
struct AnnualCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: tr("Save the annual reflection card of a year as an A4 PDF or PNG."),
        discussion: tr("The card «Оқу жылының қорытындысы» with every answer, and the year as the lesson analyses tell it. --profile may be left out when the database has one profile."))

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp(tr("The profile's id, or the beginning of its name or id."), valueName: "id-or-name"))
    var profile: String?

    @Option(help: ArgumentHelp(tr("The academic year, e.g. 2025-2026."), valueName: "year"))
    var year: String

    @Option(help: ArgumentHelp(tr("Write the card as an A4 PDF."), valueName: "file"))
    var pdf: String?

    @Option(help: ArgumentHelp(tr("Write the first page of the card as a PNG."), valueName: "file"))
    var png: String?

    func validate() throws {
        guard pdf != nil || png != nil else { throw ValidationError(tr("Give --pdf FILE, --png FILE or both.")) }
        do { _ = try AcademicYear(parsing: year) } catch let error as DamuError {
            throw ValidationError("--year: " + error.message)
        }
        do {
            if let pdf { try OutputFile.requirePDF(pdf, option: "--pdf") }
            if let png { try OutputFile.requirePNG(png, option: "--png") }
        } catch let error as DamuError {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let outputs = [pdf, png].compactMap { $0 }.map { URL(fileURLWithPath: $0) }
        for url in outputs { try OutputFile.check(url, database: storage.databaseURL) }
        let database = try storage.openExisting()
        let owner = try owner(in: database)
        let academicYear = try AcademicYear(parsing: year)
        guard let card = try database.annualCard(profileID: owner.id, academicYear: academicYear) else {
            throw DamuError.notFound(String(format: tr("%@ has no annual card for %@."), owner.fullName, academicYear.description))
        }
        let document = AnnualCardForm.document(
            card: card, template: try database.template(of: card), profile: owner,
            summary: try database.yearSummary(profileID: owner.id, academicYear: academicYear),
            language: Localization.interfaceLanguage)
        if let pdf {
            let url = URL(fileURLWithPath: pdf)
            let pages = try FormExport.pdf(document, to: url)
            print(String(format: trn("Saved the annual card (%ld page) to %@.", "Saved the annual card (%ld pages) to %@.", pages), pages, url.path))
        }
        if let png {
            let url = URL(fileURLWithPath: png)
            try FormExport.png(document, page: 0, pixelsPerPoint: 2, to: url)
            print(String(format: tr("Saved the first page of the annual card to %@."), url.path))
        }
    }

    private func owner(in database: AppDatabase) throws -> Profile {
        if let profile { return try ProfileReference.resolve(profile, in: database) }
        let profiles = try database.profiles()
        guard profiles.count == 1 else {
            throw DamuError.invalid(field: "--profile", message: tr("the database has several profiles (or none); name one"))
        }
        return profiles[0]
    }
}
