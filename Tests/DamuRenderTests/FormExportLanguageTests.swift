import DamuCore
import DamuRender
import Foundation
import XCTest

/// A form is written in the language of its texts; what the person exporting it reads about the
/// export is in the interface's language.
final class FormExportLanguageTests: XCTestCase {
    override func setUpWithError() throws {
        Localization.setUp(localeDirectory: try XCTUnwrap(ResourceLocator.localeDirectory(), "run scripts/translations compile"))
        MainActor.assumeIsolated { Localization.choose(language: "ru") }
    }

    override func tearDown() {
        MainActor.assumeIsolated { Localization.choose(language: nil) }
    }

    func testTheFormSpeaksItsLanguageAndAFailureTheInterfaces() throws {
        let year = try FormFixtures.demoYear()
        let template = try RouteSheetCatalog.load(dataDirectory: FormFixtures.dataDirectory).current
        let document = Localization.speaking("kk") {
            RouteSheetForm.document(
                sheet: year.routes.sheet, template: template, profile: year.profile, weeklyEvidence: year.evidence,
                language: "kk", asOf: year.routes.sheet.academicYear.lastDay)
        }
        let folder = try FormFixtures.temporaryFolder(for: self)
        let pdf = folder.appendingPathComponent("sheet.pdf")
        let pages = try FormExport.pdf(document, to: pdf, language: "kk")
        let text = try FormFixtures.pages(of: pdf)
        XCTAssertEqual(text.count, pages)
        XCTAssertTrue(text[0].contains("1-бет, барлығы \(pages)"), text[0])

        let missing = folder.appendingPathComponent("missing/sheet.pdf")
        XCTAssertThrowsError(try FormExport.pdf(document, to: missing, language: "kk")) { error in
            XCTAssertTrue("\(error)".hasPrefix("Не удаётся записать «\(missing.path)»"), "\(error)")
        }
    }
}
