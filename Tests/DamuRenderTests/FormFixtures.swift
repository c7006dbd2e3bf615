import DamuCore
import DamuRender
import Foundation
import XCTest

/// The demo teacher's year and the shipped instruments, and a reader for the PDFs the forms write.
enum FormFixtures {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data", isDirectory: true)

    struct Year {
        var profile: Profile
        var analyses: [LessonAnalysis]
        var routes: DemoRoutes
        var evidence: WeeklyEvidence
    }

    static func demoYear(language: String = "kk") throws -> Year {
        let template = try TemplateCatalog.load(dataDirectory: dataDirectory).current
        let (profile, analyses) = DemoYear.make(template: template, language: language, startingYear: 2025, seed: 1)
        let routes = DemoRoutes.make(
            profile: profile, lessonDates: analyses.map(\.lesson.date),
            sheetTemplate: try RouteSheetCatalog.load(dataDirectory: dataDirectory).current,
            routesTemplate: try IndividualRoutesCatalog.load(dataDirectory: dataDirectory).current,
            language: language, startingYear: 2025, seed: 1)
        let evidence = WeeklyEvidence(academicYear: routes.sheet.academicYear, lessonDates: analyses.map(\.lesson.date))
        return Year(profile: profile, analyses: analyses, routes: routes, evidence: evidence)
    }

    static func temporaryFolder(for test: XCTestCase) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("damu-forms-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// `pdftotext`'s reading of the file, page by page, whitespace folded to single spaces.
    static func pages(of pdf: URL) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-raw", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var pages = output.components(separatedBy: "\u{0C}").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        if pages.last?.isEmpty == true { pages.removeLast() }
        return pages
    }

    /// Each page as a PNG in DAMU_SCREENSHOT_DIR, when it is set, for a person to look at.
    static func savePreviews(_ document: FormDocument, name: String) throws {
        guard let directory = ProcessInfo.processInfo.environment["DAMU_SCREENSHOT_DIR"] else { return }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for page in 0..<FormExport.pageCount(document) {
            try FormExport.png(
                document, page: page, pixelsPerPoint: 1.4,
                to: URL(fileURLWithPath: directory).appendingPathComponent("\(name)-\(page + 1).png"))
        }
    }
}
