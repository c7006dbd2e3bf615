import DamuCore
import DamuStore
import Foundation
import XCTest

final class AnnualCardCommandTests: CLITestCase {
    /// `pdftotext`'s reading of a PDF, whitespace folded.
    func text(of pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = [pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func testTheDemoTeachersAnnualCardPrintsWithItsAnswersAndTheYear() throws {
        try makeDemo(seed: 8)
        let database = try AppDatabase.open(at: databaseURL, create: false)
        let profile = try XCTUnwrap(try database.profiles().first)
        let card = try XCTUnwrap(try database.annualCard(profileID: profile.id, academicYear: try AcademicYear(startYear: 2025)))
        let pdf = home.appendingPathComponent("card.pdf"), png = home.appendingPathComponent("card.png")
        let result = try damu.run(["card", "annual", "--db", databaseURL.path, "--year", "2025-2026", "--pdf", pdf.path, "--png", png.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(try permissions(pdf), 0o600)
        XCTAssertTrue(try Data(contentsOf: png).starts(with: [0x89, 0x50, 0x4E, 0x47]))

        let printed = try text(of: pdf)
        for expected in ["«Оқу жылының қорытындысы» рефлексия картасы", "15-кесте", profile.fullName, "Дайындық", "Қорытынды",
                         "Келесі жылға арналған ұраным.", card.answers[10][0], "32",
                         "Satisfaction after each lesson of the year", "Route sheet", "% done)"] {
            XCTAssertTrue(printed.contains(expected.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "missing “\(expected)”")
        }
    }

    func testAYearWithoutACardIsAnErrorAndNoFileIsWritten() throws {
        try makeDemo(seed: 8)
        let pdf = home.appendingPathComponent("none.pdf")
        let result = try damu.run(["card", "annual", "--db", databaseURL.path, "--year", "2019-2020", "--pdf", pdf.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("has no annual card for 2019-2020"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: pdf.path))
        let noFile = try damu.run(["card", "annual", "--db", databaseURL.path, "--year", "2025-2026"])
        XCTAssertEqual(noFile.status, 64, noFile.stderr)
    }

    /// A PDF named .png (or the other way round) would open as neither; the card says which option is misnamed.
    func testEachFileIsNamedForWhatItHolds() throws {
        try makeDemo(seed: 8)
        for (option, name, fragment) in [("--pdf", "card.png", "must end in .pdf"), ("--png", "card.pdf", "must end in .png")] {
            let result = try damu.run(["card", "annual", "--db", databaseURL.path, "--year", "2025-2026", option, home.appendingPathComponent(name).path])
            XCTAssertEqual(result.status, 64, result.stderr)
            XCTAssertTrue(result.stderr.contains(option) && result.stderr.contains(fragment), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent(name).path))
        }
        let pdf = home.appendingPathComponent("card.pdf")
        let saved = try damu.run(["card", "annual", "--db", databaseURL.path, "--year", "2025-2026", "--pdf", pdf.path])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertNotNil(saved.stdout.range(of: #"^Saved the annual card \(\d+ pages?\) to "#, options: .regularExpression), saved.stdout)
        XCTAssertTrue(saved.stdout.contains(pdf.path), saved.stdout)
    }
}
