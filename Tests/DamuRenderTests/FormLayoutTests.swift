import DamuCore
import DamuRender
import Foundation
import XCTest

/// The A4 form primitives: tables that break across pages with their headings repeated, rows
/// taller than a page cut between lines, nothing of the text lost, files private.
final class FormLayoutTests: XCTestCase {
    private let paragraph = "Мұғалімнің әдістемелік және шығармашылық әлеуетін ашу, жаңа әдіс-тәсілдер мен білім беру технологияларын сабақ үдерісіне енгізу."

    func testALongTableContinuesOnNewPagesUnderItsRepeatedHeadings() throws {
        let rows: [FormTable.Row] = (1...60).map { .cells(["\($0)", "Жол \($0): " + paragraph, "Өнім"]) }
        let document = FormDocument(
            title: "Сынақ пішіні",
            header: FormHeader(name: "Айгүл Омарова", school: "№ 12 мектеп", academicYear: try AcademicYear(startYear: 2025),
                               category: .expert, language: "kk"),
            blocks: [.table(FormTable(columns: [.init("№", weight: 0.4), .init("Бағыты", weight: 4), .init("Өнімі", weight: 1)], rows: rows))])
        let url = try FormFixtures.temporaryFolder(for: self).appendingPathComponent("table.pdf")
        try FormExport.pdf(document, to: url)
        let pages = try FormFixtures.pages(of: url)
        XCTAssertEqual(pages.count, FormExport.pageCount(document))
        XCTAssertGreaterThanOrEqual(pages.count, 3)
        for (index, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Бағыты"), "headings on page \(index + 1)")
            XCTAssertTrue(page.contains(String(format: "Page %ld of %ld", index + 1, pages.count)), page)
        }
        let all = pages.joined(separator: " ")
        for number in [1, 30, 60] { XCTAssertTrue(all.contains("Жол \(number):"), "row \(number)") }
        XCTAssertTrue(pages[0].contains("Айгүл Омарова") && pages[0].contains("2025-2026") && pages[0].contains("Педагог-сарапшы"))
        XCTAssertEqual((try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    }

    func testARowTallerThanAPageIsCutBetweenLinesAndLosesNothing() throws {
        let lines = (1...140).map { "Жол-\($0) \(paragraph.prefix(40))" }
        let document = FormDocument(
            title: "Ұзын жол",
            blocks: [.table(FormTable(columns: [.init("Мазмұны", weight: 3), .init("Белгі", weight: 1)],
                                      rows: [.cells([lines.joined(separator: "\n"), "+"])]))])
        let url = try FormFixtures.temporaryFolder(for: self).appendingPathComponent("tall.pdf")
        try FormExport.pdf(document, to: url)
        let pages = try FormFixtures.pages(of: url)
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        let all = pages.joined(separator: " ")
        for number in 1...140 {
            XCTAssertEqual(all.components(separatedBy: "Жол-\(number) ").count - 1, 1, "line \(number) printed exactly once")
        }
        XCTAssertTrue(pages[1].contains("Мазмұны"), "the headings repeat where the row continues")
        try FormFixtures.savePreviews(document, name: "form-tall-row")
    }

    func testPNGPreviewOfAMissingPageIsRefused() throws {
        let document = FormDocument(title: "Бір бет")
        XCTAssertEqual(FormExport.pageCount(document), 1)
        let url = try FormFixtures.temporaryFolder(for: self).appendingPathComponent("page.png")
        XCTAssertThrowsError(try FormExport.png(document, page: 1, to: url))
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.path))
    }
}
