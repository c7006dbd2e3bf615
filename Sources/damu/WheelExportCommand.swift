import ArgumentParser
import DamuCore
import DamuRender
import DamuStore
import Foundation

/// `damu wheel export`: one lesson's balance wheel to a PNG or PDF file, optionally over another
/// lesson's wheel for comparison.
struct WheelExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: tr("Save a lesson's balance wheel as a PNG or PDF picture."),
        discussion: tr("Choose the lesson with --analysis ID, or the most recent lesson of a profile with --latest --profile NAME. The file is written only once everything has been checked, and only you can read it."))

    static let sizes = 200...8000

    @OptionGroup var storage: StorageOptions

    @Option(help: ArgumentHelp(tr("The id of the lesson analysis to draw."), valueName: "id"))
    var analysis: String?

    @Flag(help: ArgumentHelp(tr("Draw the most recent lesson of --profile.")))
    var latest = false

    @Option(help: ArgumentHelp(tr("With --latest: the profile's id, or the beginning of its name or id."), valueName: "id-or-name"))
    var profile: String?

    @Option(name: [.short, .long], help: ArgumentHelp(tr("The picture file to write."), valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp(tr("png or pdf (default: from the file name's extension).")))
    var format: PictureFormat?

    @Option(help: ArgumentHelp(tr("Width and height of a PNG in pixels, 200–8000.")))
    var size: Int = 1200

    @Option(help: ArgumentHelp(
        tr("Draw another lesson's wheel underneath, dashed: previous (the lesson before) or an analysis id."),
        valueName: "previous|id"))
    var compare: String?

    @Option(help: ArgumentHelp(tr("Colours: light, dark, print or high-contrast.")))
    var palette: PaletteChoice = .light

    func validate() throws {
        switch (analysis, latest) {
        case (nil, false):
            throw ValidationError(tr("Choose the lesson: --analysis ID, or --latest --profile NAME."))
        case (.some, true):
            throw ValidationError(tr("Give either --analysis or --latest, not both."))
        case (.some(let id), false):
            guard UUID(uuidString: id) != nil else {
                throw ValidationError(String(format: tr("--analysis: “%@” is not an analysis id."), id))
            }
            if profile != nil {
                throw ValidationError(tr("--profile goes with --latest; --analysis already names the lesson."))
            }
        case (nil, true):
            guard profile != nil else { throw ValidationError(tr("--latest needs --profile.")) }
        }
        guard Self.sizes.contains(size) else {
            throw ValidationError(String(
                format: tr("--size must be from %ld to %ld pixels, not %ld."), Self.sizes.lowerBound, Self.sizes.upperBound, size))
        }
        if let compare, compare != "previous", UUID(uuidString: compare) == nil {
            throw ValidationError(String(format: tr("--compare must be “previous” or an analysis id, not “%@”."), compare))
        }
        _ = try resolvedFormat()
    }

    func run() throws {
        let destination = URL(fileURLWithPath: output)
        try OutputFile.check(destination, database: storage.databaseURL)
        let database = try storage.openExisting()
        let chosen = try chosenAnalysis(in: database)
        let template = try database.template(of: chosen)
        let overlay = try comparison(for: chosen, in: database)
        let teacher = try database.profile(id: chosen.profileID)

        let wheelName = template.wheel.wheelName.text(in: chosen.language)
        let title = [wheelName, teacher?.fullName ?? ""].filter { !$0.isEmpty }.joined(separator: " — ")
        let lesson = chosen.lesson
        let subtitle = [DateText.of(lesson.date), lesson.grade, lesson.subject, lesson.topic]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        let picture = WheelPicture(wheel: chosen.wheel, overlay: overlay?.wheel, title: title, subtitle: subtitle)

        switch try resolvedFormat() {
        case .png: try PictureExport.wheelPNG(picture, size: size, palette: palette.palette, to: destination)
        case .pdf: try PictureExport.wheelPDF(picture, palette: palette.palette, to: destination)
        }
        print(String(format: tr("Saved the balance wheel of %@ (%@) to %@."), lesson.date.iso, chosen.id.uuidString, destination.path))
    }

    private func resolvedFormat() throws -> PictureFormat {
        if let format { return format }
        guard let format = PictureFormat(fileName: URL(fileURLWithPath: output).lastPathComponent) else {
            throw ValidationError(String(
                format: tr("Cannot tell the format from “%@”: name it .png or .pdf, or add --format png|pdf."), output))
        }
        return format
    }

    private func chosenAnalysis(in database: AppDatabase) throws -> LessonAnalysis {
        if let analysis, let id = UUID(uuidString: analysis) {
            guard let found = try database.analysis(id: id) else {
                throw DamuError.notFound(String(format: tr("No lesson analysis %@."), id.uuidString))
            }
            return found
        }
        let owner = try ProfileReference.resolve(profile ?? "", in: database)
        guard let latest = try database.latestAnalysis(profileID: owner.id) else {
            throw DamuError.notFound(String(format: tr("%@ has no lesson analyses yet."), owner.fullName))
        }
        return latest
    }

    private func comparison(for chosen: LessonAnalysis, in database: AppDatabase) throws -> LessonAnalysis? {
        guard let compare else { return nil }
        if compare == "previous" {
            guard let previous = try database.previousAnalysis(to: chosen) else {
                throw DamuError.notFound(String(format: tr("The lesson of %@ is the first one; there is no previous lesson to compare with."), chosen.lesson.date.iso))
            }
            return previous
        }
        guard let id = UUID(uuidString: compare), let other = try database.analysis(id: id) else {
            throw DamuError.notFound(String(format: tr("No lesson analysis %@ to compare with."), compare))
        }
        // One teacher's lesson drawn over another's says nothing of either, and the picture would
        // carry a colleague's scores under this teacher's name.
        guard other.profileID == chosen.profileID else {
            throw DamuError.invalid(field: "--compare", message: tr("is a lesson of another teacher; compare lessons of the same teacher"))
        }
        guard other.id != chosen.id else {
            throw DamuError.invalid(field: "--compare", message: tr("is the lesson being drawn; choose another lesson"))
        }
        return other
    }
}
