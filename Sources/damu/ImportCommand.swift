import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu import FILE…`: brings Damu bundles into the database, merging by id and update time.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import JSON bundles written by damu export."),
        discussion: tr("Each whole file is checked first; a file that fails, comes from a newer Damu or is not a Damu bundle is refused and changes nothing, and the other files are still imported. Records missing here are added, records older here are updated, the rest is left as it is, a file in one step. Importing the same file twice changes nothing the second time."))

    @OptionGroup var storage: StorageOptions

    @Argument(help: ArgumentHelp(tr("The bundle files; each is checked and imported on its own."), valueName: "file"))
    var files: [String]

    @Flag(help: ArgumentHelp(tr("Only show what would be added, updated or left unchanged.")))
    var dryRun = false

    @Flag(help: ArgumentHelp(tr("List every record, not only the counts.")))
    var verbose = false

    func run() throws {
        let urls = files.map { URL(fileURLWithPath: $0) }
        if urls.count == 1 {
            // One file: its problem is the command's failure, said once.
            let bundle = try BundleReader.read(contentsOf: urls[0])
            let database = try storage.open(create: true)
            show(dryRun ? try database.importPreview(bundle) : try database.importBundle(bundle), of: files[0])
            return
        }
        let database = try storage.open(create: true)
        var refused = 0
        let done = { (file: String, result: Result<ImportReport, any Error>) in
            switch result {
            case .success(let report): show(report, of: file)
            case .failure(let error):
                refused += 1
                Damu.printError(String(format: tr("%@ was not imported: %@"), file, "\(error)"))
            }
        }
        if dryRun {
            for (file, url) in zip(files, urls) {
                done(file, Result { try database.importPreview(BundleReader.read(contentsOf: url)) })
            }
        } else {
            // In the order given, one report per file.
            var index = 0
            database.importBundles(at: urls) { _, result in
                done(files[index], result)
                index += 1
            }
        }
        if refused > 0 {
            Damu.printError(String(format: tr("%ld of %ld files were not imported."), refused, files.count))
            throw ExitCode.failure
        }
    }

    private func show(_ report: ImportReport, of file: String) {
        if verbose {
            for entry in report.entries {
                print("\(ImportReport.name(of: entry.action, ahead: dryRun))\t\(entry.title)")
            }
        }
        let counts = report.counts(ahead: dryRun)
        if dryRun {
            print(String(format: tr("Would import from %@: %@. Nothing was changed (--dry-run)."), file, counts))
        } else {
            print(String(format: tr("Imported %@: %@."), file, counts))
        }
        for kind in report.kinds {
            print("  " + String(format: tr("%@: %@"), kind.title, report.counts(of: kind, ahead: dryRun)))
        }
    }
}
