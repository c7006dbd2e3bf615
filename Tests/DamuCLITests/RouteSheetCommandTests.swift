import DamuCore
import DamuStore
import Foundation
import XCTest

/// `damu route-sheet` and `damu route`: marks stored with their history, forms written as PDFs,
/// and every mistake refused with one `damu:` line and nothing written.
final class RouteSheetCommandTests: CLITestCase {
    private var db: String { databaseURL.path }

    func testShowListsTheDemoSheetWithProgressAndWeeklyEvidence() throws {
        let (profile, _) = try makeDemo()
        let result = try damu.run(["route-sheet", "show", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Педагог-модератор"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Пәндік курстық дайындық"))
        XCTAssertTrue(result.stdout.contains("Progress:"))
        XCTAssertTrue(result.stdout.contains("lesson analyses in 32 of"), result.stdout)
    }

    func testMarkAddsToTheRowsHistoryInTheDatabase() throws {
        let (profile, _) = try makeDemo()
        let year = try AcademicYear(startYear: 2025)
        let before = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false).routeSheet(profileID: profile.id, academicYear: year))
        let count = before.marks(of: .template(3))?.entries.count ?? 0
        let result = try damu.run([
            "route-sheet", "mark", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "4",
            "--mark", "+-", "--date", "2026-06-01", "--link", "https://example.kz/ashyq-sabaq",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let after = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false).routeSheet(profileID: profile.id, academicYear: year))
        let entries = try XCTUnwrap(after.marks(of: .template(3))?.entries)
        XCTAssertEqual(entries.count, count + 1)
        XCTAssertEqual(entries.last, RowMark(mark: .partial, date: try LessonDate(iso: "2026-06-01"), evidence: .link("https://example.kz/ashyq-sabaq")))
        XCTAssertEqual(Array(entries.prefix(count)), before.marks(of: .template(3))?.entries, "earlier marks kept")

        XCTAssertTrue(result.stdout.hasPrefix("Marked row 4 ± on 2026-06-01"), result.stdout)

        // A mark dated before the row's latest says the mark given, and which one stays the row's.
        let earlier = try damu.run([
            "route-sheet", "mark", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "4",
            "--mark", "-", "--date", "1.10.2025",  // typed as Kazakh and Russian papers write it
        ])
        XCTAssertEqual(earlier.status, 0, earlier.stderr)
        XCTAssertTrue(earlier.stdout.hasPrefix("Marked row 4 − on 2025-10-01"), earlier.stdout)
        XCTAssertTrue(earlier.stdout.contains("The row keeps its later mark: ± (2026-06-01)."), earlier.stdout)

        let history = try damu.run(["route-sheet", "show", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--history"])
        XCTAssertTrue(history.stdout.contains("2026-06-01  ± — https://example.kz/ashyq-sabaq"), history.stdout)

        // A file named from the folder the command runs in (the test's home) is kept by its whole path.
        let file = try damu.run([
            "route-sheet", "mark", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "5",
            "--mark", "+", "--date", "2026-05-04", "--file", "сертификат.pdf",
        ])
        XCTAssertEqual(file.status, 0, file.stderr)
        let marked = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false).routeSheet(profileID: profile.id, academicYear: year))
        XCTAssertEqual(marked.marks(of: .template(4))?.latest?.evidence, .path(home.appendingPathComponent("сертификат.pdf").standardizedFileURL.path))

        // A note of two lines: the second hangs under the first in the history.
        let note = try damu.run([
            "route-sheet", "mark", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "6",
            "--mark", "+", "--date", "2026-05-05", "--note", "Ашық сабақ\nәріптестерге",
        ])
        XCTAssertEqual(note.status, 0, note.stderr)
        let shown = try damu.run(["route-sheet", "show", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--history"])
        XCTAssertTrue(shown.stdout.contains("  2026-05-05  + — Ашық сабақ\n" + String(repeating: " ", count: 18) + "әріптестерге\n"), shown.stdout)

        // Control characters in a note are stored as they came, and printed as their pictures,
        // never sent to the terminal (ESC c would clear it). A Windows line end, or a CR alone, ends a line.
        let escape = try damu.run([
            "route-sheet", "mark", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "7",
            "--mark", "+", "--date", "2026-05-06", "--note", "a\u{1B}c\u{7}\r\nb\rc",
        ])
        XCTAssertEqual(escape.status, 0, escape.stderr)
        let pictured = try damu.run(["route-sheet", "show", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--history"])
        let indent = String(repeating: " ", count: 18)
        XCTAssertTrue(pictured.stdout.contains("+ — a␛c␇\n" + indent + "b\n" + indent + "c\n"), pictured.stdout)
        XCTAssertFalse(pictured.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, pictured.stdout)
        let stored = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false).routeSheet(profileID: profile.id, academicYear: year))
        XCTAssertEqual(stored.marks(of: .template(6))?.latest?.evidence, .text("a\u{1B}c\u{7}\r\nb\rc"))
    }

    func testTheFirstMarkOfANewYearCreatesTheSheetAndAddRowAddsAnOwnRow() throws {
        let (profile, _) = try makeDemo()
        XCTAssertEqual(try damu.run([
            "route-sheet", "mark", "--db", db, "--profile", profile.id.uuidString, "--year", "2026-2027", "--row", "1", "--mark", "-",
            "--date", "2026-09-15", "--note", "Бірінші апта",
        ]).status, 0)
        let added = try damu.run([
            "route-sheet", "add-row", "--db", db, "--profile", profile.id.uuidString, "--year", "2026-2027", "--direction", "Цифрлық сауат",
            "--action", "Онлайн курс",
        ])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertTrue(added.stdout.contains("Added row 8"), added.stdout)
        let sheet = try XCTUnwrap(try AppDatabase.open(at: databaseURL, create: false)
            .routeSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2026)))
        XCTAssertEqual(sheet.currentMark(of: .template(0)), .notAchieved)
        XCTAssertEqual(sheet.ownRows.map(\.direction), ["Цифрлық сауат"])
        XCTAssertEqual(sheet.ownRows.first?.actions, ["Онлайн курс"])

        // The same in Kazakh and Russian, whose sentences name the sheet before the row.
        for (language, said) in [("kk", "2026-2027 маршруттық парағына 9-жол «Медиа» қосылды."),
                                 ("ru", "В маршрутный лист 2026-2027 добавлена строка 10 «Медиа».")] {
            let result = try damu.run([
                "route-sheet", "add-row", "--db", db, "--profile", profile.id.uuidString, "--year", "2026-2027", "--direction", "Медиа",
            ], environment: ["LANGUAGE": language])
            XCTAssertEqual(result.status, 0, "\(language): \(result.stderr)")
            XCTAssertEqual(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), said)
        }
    }

    func testAddActionAndNextYearGoOnFromTheSheet() throws {
        let (profile, _) = try makeDemo()
        let id = profile.id.uuidString
        let action = try damu.run([
            "route-sheet", "add-action", "--db", db, "--profile", id, "--year", "2025-2026", "--row", "3", "--action", "Сабақ зерттеу тобы",
        ])
        XCTAssertEqual(action.status, 0, action.stderr)
        let database = try AppDatabase.open(at: databaseURL, create: false)
        let sheet = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2025)))
        XCTAssertEqual(sheet.templateRows[2].addedActions.last, "Сабақ зерттеу тобы")

        let next = try damu.run(["route-sheet", "next-year", "--db", db, "--profile", id, "--year", "2025-2026", "--next-category"])
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertTrue(next.stdout.contains("2026-2027"), next.stdout)
        let reopened = try AppDatabase.open(at: databaseURL, create: false)
        let started = try XCTUnwrap(try reopened.routeSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2026)))
        XCTAssertEqual(started.category, .expert)
        XCTAssertEqual(try reopened.profile(id: profile.id)?.category, .expert)
        XCTAssertEqual(started.progress.marked, 0)
        // Open rows the next category's sheet also has stay template rows there; the others become own rows.
        let carried = started.ownRows.filter { $0.carriedFrom == (try? AcademicYear(startYear: 2025)) }.count
        XCTAssertGreaterThan(carried, 0, "open rows come along")
        XCTAssertLessThanOrEqual(carried, sheet.openRows.count)

        let again = try damu.run(["route-sheet", "next-year", "--db", db, "--profile", id, "--year", "2025-2026"])
        XCTAssertNotEqual(again.status, 0)
        XCTAssertTrue(again.stderr.hasPrefix("damu: ") && again.stderr.contains("2026-2027"), again.stderr)
    }

    func testExportsWriteTidyPDFsOnlyTheOwnerCanRead() throws {
        let (profile, _) = try makeDemo()
        for (arguments, name) in [
            (["route-sheet", "export"], "sheet.pdf"), (["route-sheet", "export", "--form", "wheel"], "wheel.pdf"),
            (["route", "export", "--table", "professional"], "t17.pdf"), (["route", "export", "--table", "educational"], "t18.pdf"),
            (["route", "export", "--table", "18"], "table-18.pdf"),
        ] {
            let url = home.appendingPathComponent(name)
            let result = try damu.run(arguments + ["--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "-o", url.path])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertEqual(String(decoding: try Data(contentsOf: url).prefix(5), as: UTF8.self), "%PDF-")
            XCTAssertEqual(try permissions(url), 0o600)
            XCTAssertTrue(result.stdout.contains("Saved"), result.stdout)
        }
        // The form's own labels follow --language, not the interface: a Kazakh form reads Kazakh throughout.
        let kazakh = try pdfText(home.appendingPathComponent("sheet.pdf"))
        XCTAssertTrue(kazakh.contains("Аты-жөні") && kazakh.contains("Оқу жылы"), kazakh)
        XCTAssertFalse(kazakh.contains("Full name"), kazakh)
        XCTAssertNotNil(kazakh.range(of: #"\b\d{2}\.\d{2}\.20\d{2}\b"#, options: .regularExpression), "marks dated 20.05.2026")
        XCTAssertNil(kazakh.range(of: #"\b20\d{2}-\d{2}-\d{2}\b"#, options: .regularExpression), "no date written 2026-05-20")
        let russian = home.appendingPathComponent("sheet-ru.pdf")
        let result = try damu.run(["route-sheet", "export", "--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026",
                                   "--language", "ru", "-o", russian.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Saved"), "messages stay in the interface's language: \(result.stdout)")
        XCTAssertTrue(try pdfText(russian).contains("Учебный год"))
    }

    /// Through a link, the file lands in the folder of the file the link names: a link into a
    /// folder that is not there is refused before any work, naming that folder.
    func testALinkIntoAMissingFolderIsRefusedFirst() throws {
        let (profile, _) = try makeDemo()
        let missing = home.appendingPathComponent("missing")
        let link = home.appendingPathComponent("form.pdf")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: missing.appendingPathComponent("form.pdf").path)
        for arguments in [["route-sheet", "export"], ["route", "export", "--table", "17"]] {
            let result = try damu.run(arguments + ["--db", db, "--profile", profile.id.uuidString, "--year", "2025-2026", "--language", "kk", "-o", link.path])
            XCTAssertEqual(result.status, 1, "\(arguments)")
            XCTAssertEqual(result.stderr, "damu: The folder \(missing.path) does not exist.\n")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing.path))
    }

    private func pdfText(_ url: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [url.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testMistakesAreRefusedWithOneLineAndNothingIsWritten() throws {
        let (profile, _) = try makeDemo()
        let before = try AppDatabase.open(at: databaseURL, create: false)
            .routeSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2025))
        let pdf = home.appendingPathComponent("out.pdf")
        let cases: [([String], String)] = [
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "++"], "not a mark"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025/26", "--row", "2", "--mark", "+"], "--year"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2027", "--row", "2", "--mark", "+"], "--year"),
            (["route-sheet", "mark", "--profile", "Бөтен мұғалім", "--year", "2025-2026", "--row", "2", "--mark", "+"], "No profile"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "99", "--mark", "+"], "--row"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "+", "--date", "2024-01-01"], "outside the school year"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "+", "--date", "31.02.2026"], "“31.02.2026” is not a calendar date"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "+", "--date", "02/02/2026"], "write it as YYYY-MM-DD"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "+", "--date", "2026-02-02", "--link", "javascript:alert(1)"], "not a web link"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "+", "--note", "а", "--link", "https://a.kz"], "one piece of evidence"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2025-2026", "--row", "2", "--mark", "+", "--file", " "], "--file is empty"),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2023-2024", "--row", "2", "--mark", "+"], "today, "),
            (["route-sheet", "mark", "--profile", profile.id.uuidString, "--year", "2023-2024", "--row", "2", "--mark", "+"], "give the day of the mark with --date"),
            (["route-sheet", "show", "--profile", profile.id.uuidString, "--year", "0001-0002"], "--year: 1 is outside the years Damu accepts (1900 to 2199)"),
            (["route-sheet", "export", "--profile", profile.id.uuidString, "--year", "2025-2026", "-o", home.appendingPathComponent("out.png").path], ".pdf"),
            (["route-sheet", "export", "--profile", profile.id.uuidString, "--year", "1066-1067", "-o", pdf.path], "1066"),
            (["route", "export", "--profile", profile.id.uuidString, "--year", "2024-2025", "--table", "educational", "-o", pdf.path], "no educational route"),
            (["route", "export", "--profile", profile.id.uuidString, "--year", "2025-2026", "--table", "19", "-o", pdf.path], "--table"),
        ]
        for (arguments, fragment) in cases {
            let result = try damu.run(arguments + ["--db", db])
            XCTAssertNotEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix("damu: "), result.stderr)
            XCTAssertTrue(result.stderr.contains(fragment), "“\(fragment)” not in: \(result.stderr)")
            XCTAssertEqual(result.stdout, "", "\(arguments)")
            XCTAssertEqual(try looseFiles(), [], "\(arguments) left a file")
        }
        let after = try AppDatabase.open(at: databaseURL, create: false)
            .routeSheet(profileID: profile.id, academicYear: try AcademicYear(startYear: 2025))
        XCTAssertEqual(after, before, "the sheet is unchanged")
    }

    func testEveryRouteCommandHasHelp() throws {
        for arguments in [["route-sheet"], ["route-sheet", "show"], ["route-sheet", "mark"], ["route-sheet", "add-row"],
                          ["route-sheet", "add-action"], ["route-sheet", "next-year"],
                          ["route-sheet", "export"], ["route"], ["route", "export"]] {
            let result = try damu.run(arguments + ["--help"])
            XCTAssertEqual(result.status, 0, "\(arguments)")
            XCTAssertTrue(result.stdout.contains("USAGE"), result.stdout)
        }
    }
}
