import DamuCore
import DamuRender
import Foundation
import XCTest

/// The route sheet, Table 17, Table 18 and the development wheel as A4 PDFs of the demo year.
final class RouteFormsTests: XCTestCase {
    func testTheRouteSheetFormHoldsEveryRowTheMarksAndTheProgress() throws {
        let year = try FormFixtures.demoYear()
        let sheet = year.routes.sheet, template = year.routes.sheetTemplate
        let document = RouteSheetForm.document(
            sheet: sheet, template: template, profile: year.profile, weeklyEvidence: year.evidence, language: "kk",
            asOf: try LessonDate(iso: "2026-06-30"))
        let url = try FormFixtures.temporaryFolder(for: self).appendingPathComponent("route-sheet.pdf")
        try FormExport.pdf(document, to: url)
        let pages = try FormFixtures.pages(of: url)
        XCTAssertEqual(pages.count, FormExport.pageCount(document))
        XCTAssertGreaterThanOrEqual(pages.count, 2)
        // A line may break after a hyphen ("іс-" / "әрекет"): read it joined again.
        let all = pages.joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
        XCTAssertTrue(pages[0].contains("маршруттық парағы"), pages[0])
        XCTAssertTrue(pages[0].contains(year.profile.fullName))
        XCTAssertTrue(pages[0].contains("2025-2026"))
        XCTAssertTrue(pages[0].contains("Педагог-модератор"))
        XCTAssertTrue(all.contains("Қызметтік бағыты") && all.contains("Бағалау шәкілі"))
        let moderator = template.sheet(for: .moderator)
        for row in moderator.rows {
            let words = row.direction.text(in: "kk").split(separator: " ").prefix(2).joined(separator: " ")
            XCTAssertTrue(all.contains(words), "row “\(words)”")
        }
        XCTAssertTrue(all.contains(sheet.ownRows[0].direction), "the teacher's own row")
        let (covered, elapsed) = year.evidence.coverage(asOf: try LessonDate(iso: "2026-06-30"))
        XCTAssertTrue(all.contains("Lesson analyses in \(covered) of \(elapsed) weeks"), "row 1's weekly evidence")
        XCTAssertTrue(all.contains("Қол жеткізді/жетті"))
        let marks = sheet.rowIDs.reduce(0) { $0 + (sheet.marks(of: $1)?.entries.count ?? 0) }
        XCTAssertGreaterThan(marks, sheet.rowIDs.count, "the history lists more marks than rows")
        for id in sheet.rowIDs { for entry in sheet.marks(of: id)?.entries ?? [] { XCTAssertTrue(all.contains(entry.date.iso)) } }
        try FormFixtures.savePreviews(document, name: "form-route-sheet")
    }

    func testTheDevelopmentWheelFormOverlaysTheThreeScorings() throws {
        let year = try FormFixtures.demoYear()
        let wheel = year.routes.sheet.wheel
        let picture = DevelopmentWheelForm.picture(wheel)
        XCTAssertEqual(picture.scores, wheel.scores(at: .end))
        XCTAssertEqual(picture.overlayScores, wheel.scores(at: .middle))
        XCTAssertEqual(picture.earlierOverlays, [wheel.scores(at: .start)])
        let document = DevelopmentWheelForm.document(sheet: year.routes.sheet, profile: year.profile, language: "kk")
        let url = try FormFixtures.temporaryFolder(for: self).appendingPathComponent("wheel.pdf")
        try FormExport.pdf(document, to: url)
        let pages = try FormFixtures.pages(of: url)
        XCTAssertEqual(pages.count, 1)
        XCTAssertTrue(pages[0].contains(wheel.sectors[0].name.split(separator: " ").first.map(String.init) ?? "?"))
        XCTAssertTrue(pages[0].contains("Start of the year") && pages[0].contains("End of the year"))
        try FormFixtures.savePreviews(document, name: "form-development-wheel")
    }

    func testTheTwoIndividualRoutesPrintTheirTablesInKazakh() throws {
        let year = try FormFixtures.demoYear()
        let template = year.routes.routesTemplate
        let folder = try FormFixtures.temporaryFolder(for: self)

        let professional = ProfessionalRouteForm.document(
            route: year.routes.professionalRoute, template: template, profile: year.profile, language: "kk")
        try FormExport.pdf(professional, to: folder.appendingPathComponent("t17.pdf"))
        let t17 = try FormFixtures.pages(of: folder.appendingPathComponent("t17.pdf")).joined(separator: " ")
        XCTAssertTrue(t17.contains("Жеке кәсіби даму маршруты"))
        XCTAssertTrue(t17.contains("МЕН НЕ ҚАЛАЙМЫН?"))
        XCTAssertTrue(t17.contains("Өздігінен білім алу тақырыбы"))
        let counted = try XCTUnwrap(year.routes.professionalRoute.countedItems.first)
        XCTAssertTrue(t17.contains("\(counted.item.actual) of \(counted.item.target!)"), t17)
        try FormFixtures.savePreviews(professional, name: "form-table-17")

        let educational = EducationalRouteForm.document(
            route: year.routes.educationalRoute, template: template, profile: year.profile, language: "kk")
        try FormExport.pdf(educational, to: folder.appendingPathComponent("t18.pdf"))
        let pages = try FormFixtures.pages(of: folder.appendingPathComponent("t18.pdf"))
        let t18 = pages.joined(separator: " ")
        XCTAssertTrue(t18.contains("2025/2026 оқу жылына арналған жеке білім беру маршруты"), t18)
        XCTAssertTrue(t18.contains("Жұмыс нысандары мен түрлері"))
        for block in template.educationalRoute.blocks { XCTAssertTrue(t18.contains(block.title.text(in: "kk")), block.title.text(in: "kk")) }
        XCTAssertTrue(t18.contains(year.routes.educationalRoute.header.motivation))
        try FormFixtures.savePreviews(educational, name: "form-table-18")
    }
}
