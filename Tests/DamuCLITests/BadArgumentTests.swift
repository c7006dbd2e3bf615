import DamuCore
import DamuStore
import Foundation
import XCTest

/// Every mistake ends the same way: `damu: <message>` on stderr, a non-zero status, nothing written.
final class BadArgumentTests: CLITestCase {
    private func assertRefused(
        _ arguments: [String], mentions fragment: String, writes output: URL? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let result = try damu.run(arguments)
        XCTAssertNotEqual(result.status, 0, "\(arguments)", file: file, line: line)
        XCTAssertTrue(result.stderr.hasPrefix("damu: "), "stderr: \(result.stderr)", file: file, line: line)
        XCTAssertTrue(result.stderr.contains(fragment), "“\(fragment)” not in: \(result.stderr)", file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
        if let output {
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "\(output.path) was written", file: file, line: line)
        }
        XCTAssertEqual(try looseFiles(), [], "left behind", file: file, line: line)
    }

    /// ArgumentParser's own words (its headings, "(default: kk)", its refusals) read in Kazakh and
    /// Russian too, so a help page or a refusal is in one language; English reads as it always did.
    func testTheParsersOwnWordsFollowTheLanguage() throws {
        let english = ["OVERVIEW:", "USAGE:", "OPTIONS:", "Show help information.", "(default: kk)"]
        let words: [String: [String]] = [
            "kk": ["ШОЛУ:", "ҚОЛДАНЫЛУЫ:", "ОПЦИЯЛАР:", "Анықтаманы көрсету.", "(әдепкі: kk)"],
            "ru": ["ОБЗОР:", "ИСПОЛЬЗОВАНИЕ:", "ПАРАМЕТРЫ:", "Показать справку.", "(по умолчанию: kk)"],
            "en": english,
        ]
        let refusals: [([String], [String: String])] = [
            (["route-sheet", "mark"], ["kk": "'--profile <id-or-name>' берілмеген", "ru": "Не указан обязательный аргумент '--profile <id-or-name>'",
                                       "en": "Missing expected argument '--profile <id-or-name>'"]),
            (["profiles", "list", "--bogus"], ["kk": "'--bogus' деген опция жоқ", "ru": "Неизвестный параметр '--bogus'",
                                               "en": "Unknown option '--bogus'"]),
            (["route-sheet", "export", "--profile", "x", "--form", "nope"],
             ["kk": "'nope' мәні '--form <form>' үшін жарамсыз. Мыналардың бірін беріңіз: 'sheet', 'wheel'.",
              "ru": "Значение 'nope' недопустимо для '--form <form>'. Укажите одно из значений: 'sheet', 'wheel'.",
              "en": "The value 'nope' is invalid for '--form <form>'. Please provide one of 'sheet', 'wheel'."]),
        ]
        for (language, expected) in words {
            let help = try damu.run(["route-sheet", "mark", "--help"], environment: ["LANGUAGE": language])
            XCTAssertEqual(help.status, 0, help.stderr)
            for word in expected { XCTAssertTrue(help.stdout.contains(word), "\(language): “\(word)” not in\n\(help.stdout)") }
            if language != "en" {
                for word in english { XCTAssertFalse(help.stdout.contains(word), "\(language): “\(word)” left in English") }
                // "(values: light, dark, print, high-contrast; default: light)", wrapped over two lines.
                let palettes = try damu.run(["wheel", "export", "--help"], environment: ["LANGUAGE": language]).stdout
                XCTAssertTrue(palettes.contains("high-contrast"), palettes)
                for word in ["values:", "default:"] { XCTAssertFalse(palettes.contains(word), "\(language): “\(word)” left in English in\n\(palettes)") }
            }
            for (arguments, messages) in refusals {
                let result = try damu.run(arguments, environment: ["LANGUAGE": language])
                XCTAssertEqual(result.status, 64, "\(arguments)")
                let first = result.stderr.components(separatedBy: "\n")[0]
                XCTAssertEqual(first, "damu: " + (messages[language] ?? ""), "\(language) \(arguments)")
            }
        }
    }

    func testUnknownSubcommand() throws {
        try assertRefused(["frobnicate"], mentions: "frobnicate")
        try assertRefused(["wheel", "paint"], mentions: "paint")
    }

    func testExportArgumentMistakes() throws {
        let (profile, analyses) = try makeDemo()
        let db = databaseURL.path
        let png = home.appendingPathComponent("out.png")
        let id = analyses[5].id.uuidString
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id], mentions: "--output")
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", png.path, "--size", "5"],
                          mentions: "--size", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", png.path, "--size", "8001"],
                          mentions: "--size", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", png.path, "--size", "big"],
                          mentions: "--size", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", UUID().uuidString, "-o", png.path],
                          mentions: "No lesson analysis", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", "12345", "-o", png.path],
                          mentions: "not an analysis id", writes: png)
        let gif = home.appendingPathComponent("out.gif")
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", gif.path],
                          mentions: "format", writes: gif)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", png.path, "--format", "gif"],
                          mentions: "gif", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", png.path, "--palette", "neon"],
                          mentions: "neon", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "-o", png.path], mentions: "--analysis", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--latest", "-o", png.path], mentions: "--profile", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--latest", "--profile", "Nobody", "-o", png.path],
                          mentions: "Nobody", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "--latest", "--profile", profile.fullName,
                           "-o", png.path], mentions: "not both", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", analyses[0].id.uuidString, "-o", png.path,
                           "--compare", "previous"], mentions: "no previous lesson", writes: png)
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", png.path, "--compare", "yesterday"],
                          mentions: "--compare", writes: png)
        let databaseBytes = try Data(contentsOf: databaseURL)
        let overDatabase = try damu.run(["wheel", "export", "--db", db, "--analysis", id, "-o", db, "--format", "png"])
        XCTAssertNotEqual(overDatabase.status, 0)
        XCTAssertTrue(overDatabase.stderr.hasPrefix("damu: --output: is the database itself"), overDatabase.stderr)
        XCTAssertEqual(try Data(contentsOf: databaseURL), databaseBytes)
        let nowhere = home.appendingPathComponent("missing/out.png")
        try assertRefused(["wheel", "export", "--db", db, "--analysis", id, "-o", nowhere.path],
                          mentions: "does not exist", writes: nowhere)
    }

    func testMissingDatabaseIsNotCreatedByReadingCommands() throws {
        let db = home.appendingPathComponent("nothing/here.sqlite")
        try assertRefused(["profiles", "list", "--db", db.path], mentions: "No Damu database")
        try assertRefused(["analyses", "list", "--db", db.path, "--profile", "x"], mentions: "No Damu database")
        let png = home.appendingPathComponent("out.png")
        try assertRefused(["wheel", "export", "--db", db.path, "--analysis", UUID().uuidString, "-o", png.path],
                          mentions: "No Damu database", writes: png)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db.deletingLastPathComponent().path))
    }

    func testImportNamesAFolderGivenForABundle() throws {
        try assertRefused(["import", "--db", databaseURL.path, home.path], mentions: "is a folder; give a bundle file")
        try assertRefused(["import", "--db", databaseURL.path], mentions: "<file> ...")
    }

    /// An empty --db (a variable never set in a script) is not the default database.
    func testAnEmptyDatabasePathIsRefused() throws {
        try assertRefused(["demo", "--db", ""], mentions: "--db is empty")
        try assertRefused(["profiles", "list", "--db", " "], mentions: "--db is empty")
        XCTAssertFalse(FileManager.default.fileExists(atPath: home.appendingPathComponent("xdg/damu").path), "the default database was not made")
    }

    func testGarbageDatabaseIsRefusedAndUnchanged() throws {
        let folder = databaseURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let garbage = Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
        try garbage.write(to: databaseURL)
        try assertRefused(["profiles", "list", "--db", databaseURL.path], mentions: "not a Damu database")
        try assertRefused(["demo", "--db", databaseURL.path], mentions: "not a Damu database")
        let png = home.appendingPathComponent("out.png")
        try assertRefused(["wheel", "export", "--db", databaseURL.path, "--latest", "--profile", "a", "-o", png.path],
                          mentions: "not a Damu database", writes: png)
        XCTAssertEqual(try Data(contentsOf: databaseURL), garbage)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["damu.sqlite"])
    }

    func testDemoArgumentMistakes() throws {
        try assertRefused(["demo", "--db", databaseURL.path, "--language", "de"], mentions: "--language")
        try assertRefused(["demo", "--db", databaseURL.path, "--year", "12"], mentions: "--year")
        try assertRefused(["demo", "--db", databaseURL.path, "--seed", "-3"], mentions: "seed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: databaseURL.path))
    }

    func testAmbiguousProfilePrefix() throws {
        let database = try AppDatabase.open(at: databaseURL)
        try database.save(Profile(fullName: "Айгүл Омарова"))
        try database.save(Profile(fullName: "Айгүл Сейітова"))
        try assertRefused(["analyses", "list", "--db", databaseURL.path, "--profile", "айгүл"], mentions: "several profiles")
        try assertRefused(["analyses", "list", "--db", databaseURL.path, "--profile", " "], mentions: "--profile")
        let one = try damu.run(["analyses", "list", "--db", databaseURL.path, "--profile", "айгүл с"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, "Айгүл Сейітова has no lesson analyses yet.\n")
    }
}
