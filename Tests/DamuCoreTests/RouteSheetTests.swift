import DamuCore
import Foundation
import XCTest

final class RouteSheetTests: XCTestCase {
    private func date(_ iso: String) throws -> LessonDate { try LessonDate(iso: iso) }

    func testANewSheetHoldsItsCategorysRowsUnmarked() throws {
        let template = try RouteFixtures.routeSheets()
        let sheet = try RouteFixtures.sheet(.expert)
        XCTAssertEqual(sheet.templateRows.map(\.index), Array(0..<10))
        XCTAssertEqual(sheet.templateID, "route-sheets")
        XCTAssertEqual(sheet.templateVersion, 1)
        XCTAssertEqual(sheet.rowIDs.first, .template(0))
        XCTAssertEqual(sheet.progress.unmarked, 10)
        XCTAssertEqual(sheet.wheel.sectorNames, template.sheet(for: .expert).rows.map { $0.direction.text(in: "kk") })
        XCTAssertEqual(try sheet.validated(template: template), sheet)
    }

    func testOnlyTheScalesMarksAreAccepted() throws {
        var sheet = try RouteFixtures.sheet()
        for (symbol, mark) in [("+", RouteMark.achieved), ("±", .partial), ("+-", .partial), ("+/-", .partial),
                               ("−", .notAchieved), ("-", .notAchieved), ("", .none), ("none", .none)] {
            try sheet.mark(.template(2), symbol: symbol, on: date("2025-10-01"))
            XCTAssertEqual(sheet.currentMark(of: .template(2)), mark, symbol)
        }
        for bad in ["++", "5", "x", "achieved", "+ Жартылай", "0"] {
            XCTAssertThrowsError(try sheet.mark(.template(2), symbol: bad, on: date("2025-10-01")), bad) { error in
                guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(field, "Row 3", "the message names the row")
                XCTAssertTrue(message.contains("“\(bad)”"), message)
                XCTAssertTrue(message.contains("+, ± or −"), message)
            }
        }
        let own = try sheet.addOwnRow(direction: "Қазақ тілін үйрену")
        XCTAssertThrowsError(try sheet.mark(own, symbol: "?", on: date("2025-10-01"))) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Own row “Қазақ тілін үйрену”")
        }
        XCTAssertThrowsError(try sheet.mark(.template(99), .achieved, on: date("2025-10-01"))) { error in
            guard case DamuError.notFound = error else { return XCTFail("\(error)") }
        }
    }

    func testABadMarkInStoredJSONIsReportedWithItsRow() throws {
        var sheet = try RouteFixtures.sheet()
        try sheet.mark(.template(4), .partial, on: date("2025-11-11"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let good = try encoder.encode(sheet)
        XCTAssertEqual(try JSONDecoder().decode(RouteSheet.self, from: good), sheet)
        XCTAssertTrue(String(decoding: good, as: UTF8.self).contains("\"mark\":\"±\""))
        let bad = Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "\"mark\":\"±\"", with: "\"mark\":\"++\"").utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(RouteSheet.self, from: bad)) { error in
            guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "Row 5")
            XCTAssertTrue(message.contains("“++”"), message)
        }
    }

    func testTheLatestMarkWinsAndEveryChangeIsKept() throws {
        var sheet = try RouteFixtures.sheet()
        let row = RouteSheet.RowID.template(3)
        try sheet.mark(row, .notAchieved, on: date("2025-10-01"))
        try sheet.mark(row, .partial, on: date("2026-01-15"), evidence: .text("ҚМЖ жартылай дайын"))
        try sheet.mark(row, .achieved, on: date("2026-04-20"), evidence: .link("https://example.kz/kmzh"))
        // Entered late for an earlier day: kept, but not the current mark.
        try sheet.mark(row, .notAchieved, on: date("2025-12-01"))
        let history = sheet.marks(of: row)!
        XCTAssertEqual(history.entries.map(\.mark), [.notAchieved, .partial, .achieved, .notAchieved])
        XCTAssertEqual(history.current, .achieved)
        XCTAssertEqual(history.latest?.evidence, .link("https://example.kz/kmzh"))
        // Two marks on one day: the one given last counts.
        try sheet.mark(row, .partial, on: date("2026-04-20"))
        XCTAssertEqual(sheet.currentMark(of: row), .partial)
        try sheet.mark(row, .none, on: date("2026-05-01"))
        XCTAssertEqual(sheet.currentMark(of: row), .none, "a mark can be taken back")
        XCTAssertEqual(sheet.marks(of: row)?.entries.count, 6)
        XCTAssertEqual(MarkHistory().current, .none)
    }

    func testMarksMustFallInTheSchoolYearAndEvidenceMustBeSound() throws {
        var sheet = try RouteFixtures.sheet()
        XCTAssertThrowsError(try sheet.mark(.template(0), .achieved, on: date("2026-09-01"))) { error in
            guard case let DamuError.invalid(field, message) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "Row 1")
            XCTAssertTrue(message.contains("2025-2026"), message)
        }
        for bad in [MarkEvidence.link("javascript:alert(1)"), .link("file:///etc/passwd"), .link("not a link"), .text("   "), .path("")] {
            XCTAssertThrowsError(try sheet.mark(.template(0), .achieved, on: date("2025-09-30"), evidence: bad), "\(bad)") { error in
                XCTAssertEqual((error as? DamuError)?.field, "Row 1")
            }
        }
        try sheet.mark(.template(0), .achieved, on: date("2025-09-30"), evidence: .path("  /home/aigul/Құжаттар/сертификат.pdf "))
        XCTAssertEqual(sheet.marks(of: .template(0))?.latest?.evidence, .path("/home/aigul/Құжаттар/сертификат.pdf"))
        XCTAssertEqual(sheet.marks(of: .template(0))?.entries.count, 1, "refused marks leave no trace")
    }

    func testProgressArithmetic() throws {
        var sheet = try RouteFixtures.sheet()
        let day = try date("2026-05-20")
        try sheet.mark(.template(0), .achieved, on: day)
        try sheet.mark(.template(1), .achieved, on: day)
        try sheet.mark(.template(2), .achieved, on: day)
        try sheet.mark(.template(3), .partial, on: day)
        try sheet.mark(.template(4), .partial, on: day)
        try sheet.mark(.template(5), .notAchieved, on: day)
        let own = try sheet.addOwnRow(direction: "Инклюзивті білім беру", content: "Ерекше қажеттіліктер", actions: ["Курс"])
        try sheet.mark(own, .achieved, on: day)
        let progress = sheet.progress
        XCTAssertEqual(progress.achieved, 4)
        XCTAssertEqual(progress.partial, 2)
        XCTAssertEqual(progress.notAchieved, 1)
        XCTAssertEqual(progress.unmarked, 2)
        XCTAssertEqual(progress.total, 9)
        XCTAssertEqual(progress.marked, 7)
        XCTAssertEqual(progress.remaining, 5)
        XCTAssertEqual(progress.completion, 5.0 / 9.0, accuracy: 1e-9)
        XCTAssertEqual(progress.percent, 56)
        XCTAssertFalse(progress.isComplete)
        XCTAssertEqual(sheet.openRows, [.template(3), .template(4), .template(5), .template(6), .template(7)])
        XCTAssertEqual(RouteSheetProgress(marks: []).completion, 0)
        XCTAssertFalse(RouteSheetProgress(marks: []).isComplete)
        XCTAssertTrue(RouteSheetProgress(marks: [.achieved, .achieved]).isComplete)
        XCTAssertEqual(RouteSheetProgress(marks: [.partial, .notAchieved]).percent, 25)
    }

    func testOwnRowsAndActionsAreKeptApartFromTheTemplates() throws {
        let template = try RouteFixtures.routeSheets()
        var sheet = try RouteFixtures.sheet()
        try sheet.addAction("Апта сайын бір сабаққа талдау жазу", to: .template(0))
        let own = try sheet.addOwnRow(direction: "  Цифрлық сауаттылық ", actions: ["Canva курсы"])
        try sheet.addAction("Padlet", to: own)
        XCTAssertEqual(sheet.templateRows[0].addedActions, ["Апта сайын бір сабаққа талдау жазу"])
        XCTAssertEqual(sheet.ownRows.first?.direction, "Цифрлық сауаттылық")
        XCTAssertEqual(sheet.ownRows.first?.actions, ["Canva курсы", "Padlet"])
        XCTAssertEqual(sheet.rowIDs.count, 9)
        XCTAssertEqual(template.sheet(for: .pedagogue).rows[0].actions.count, 1, "the template is untouched")
        XCTAssertThrowsError(try sheet.addAction("\n", to: .template(0))) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Row 1, new action", "the empty thing is the action, not the row")
        }
        XCTAssertThrowsError(try sheet.addOwnRow(direction: ""))
        for number in 2...RouteSheet.addedActionLimit { try sheet.addAction("Іс-әрекет \(number)", to: .template(0)) }
        XCTAssertThrowsError(try sheet.addAction("тым көп", to: .template(0))) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Row 1")
        }
        if case let .own(id) = own { sheet.removeOwnRow(id) }
        XCTAssertTrue(sheet.ownRows.isEmpty)
        XCTAssertNoThrow(try sheet.validated(template: template))
    }

    func testValidationComparesWithTheTemplate() throws {
        let template = try RouteFixtures.routeSheets()
        var sheet = try RouteFixtures.sheet(.moderator)
        sheet.templateRows.removeLast()
        XCTAssertThrowsError(try sheet.validated(template: template)) { error in
            XCTAssertTrue("\(error)".contains("7 rows"), "\(error)")
        }
        var other = try RouteFixtures.sheet(.moderator)
        other.templateVersion = 2
        XCTAssertThrowsError(try other.validated(template: template))
        var lateMark = try RouteFixtures.sheet(.moderator)
        lateMark.academicYear = try AcademicYear(parsing: "2024-2025")
        try lateMark.mark(.template(0), .achieved, on: date("2025-03-03"))
        lateMark.academicYear = RouteFixtures.year2025
        XCTAssertThrowsError(try lateMark.validated(template: template)) { error in
            XCTAssertEqual((error as? DamuError)?.field, "Row 1")
        }
    }
}
