import ArgumentParser
import DamuCore
import DamuStore
import Foundation

/// `damu import FILE`: brings a Damu bundle into the database, merging by id and update time.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: tr("Import a JSON bundle written by damu export."),
        discussion: tr("The whole file is checked first; a file that fails, comes from a newer Damu or is not a Damu bundle is refused and nothing changes. Records missing here are added, records older here are updated, the rest is left as it is, all in one step. Importing the same file twice changes nothing the second time."))

    @OptionGroup var storage: StorageOptions

    @Argument(help: ArgumentHelp("The bundle file.", valueName: "file"))
    var file: String

    @Flag(help: "Only show what would be added, updated or left unchanged.")
    var dryRun = false

    @Flag(help: "List every record, not only the counts.")
    var verbose = false

    func run() throws {
        let bundle = try BundleReader.read(contentsOf: URL(fileURLWithPath: file))
        let database = try storage.open(create: true)
        let report = dryRun ? try database.importPreview(bundle) : try database.importBundle(bundle)
        if verbose {
            for entry in report.entries {
                print("\(Self.actionName(entry.action))\t\(entry.title)")
            }
        }
        let counts = report.counts()
        if dryRun {
            print(String(format: tr("Would import from %@: %@. Nothing was changed (--dry-run)."), file, counts))
        } else {
            print(String(format: tr("Imported %@: %@."), file, counts))
        }
        for kind in report.kinds {
            print("  " + String(format: tr("%@: %@"), kind.title, report.counts(of: kind)))
        }
    }

    static func actionName(_ action: ImportReport.Action) -> String {
        switch action {
        case .added: return tr("added")
        case .updated: return tr("updated")
        case .unchanged: return tr("unchanged")
        }
    }
}
