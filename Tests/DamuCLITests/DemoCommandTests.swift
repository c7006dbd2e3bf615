import DamuCore
import DamuStore
import Foundation
import XCTest

final class DemoCommandTests: CLITestCase {
    func testDemoCreatesTheDatabaseWithAYearOfLessons() throws {
        let result = try damu.run(["demo", "--db", databaseURL.path, "--year", "2025", "--seed", "4"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.contains("32 lesson analyses"), result.stdout)
        XCTAssertTrue(result.stdout.contains(databaseURL.path), result.stdout)
        XCTAssertTrue(result.stdout.contains("damu --db"), "says how to open it: \(result.stdout)")

        XCTAssertEqual(try permissions(databaseURL), 0o600)
        XCTAssertEqual(try permissions(databaseURL.deletingLastPathComponent()), 0o700)
        let database = try AppDatabase.open(at: databaseURL, create: false)
        let profiles = try database.profiles()
        XCTAssertEqual(profiles.count, 1)
        XCTAssertEqual(profiles[0].category, .moderator)
        let history = try database.history(profileID: profiles[0].id)
        XCTAssertEqual(history.analyses.count, DemoYear.lessonCount)
        XCTAssertEqual(history.analyses.first?.language, "kk")
        XCTAssertTrue(result.stdout.contains(profiles[0].fullName))
    }

    func testProfilesListShowsTheDemoTeacher() throws {
        let (profile, _) = try makeDemo(language: "ru", seed: 11)
        let result = try damu.run(["profiles", "list", "--db", databaseURL.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2, result.stdout)
        XCTAssertTrue(lines[0].contains("Name") && lines[0].contains("Analyses"), result.stdout)
        XCTAssertTrue(lines[1].hasPrefix(profile.id.uuidString), result.stdout)
        XCTAssertTrue(lines[1].contains(profile.fullName))
        XCTAssertTrue(lines[1].contains(profile.school))
        XCTAssertTrue(lines[1].contains("Pedagogue-moderator"))
        XCTAssertTrue(lines[1].hasSuffix(" 32"), String(lines[1]))

        // --db before the subcommand and DAMU_DB work too.
        XCTAssertEqual(try damu.run(["--db", databaseURL.path, "profiles", "list"]).stdout, result.stdout)
        XCTAssertEqual(try damu.run(["profiles", "list"], environment: ["DAMU_DB": databaseURL.path]).stdout, result.stdout)
    }

    func testRunningTheSameDemoAgainDoesNotDuplicate() throws {
        try makeDemo()
        try makeDemo()
        let database = try AppDatabase.open(at: databaseURL, create: false)
        XCTAssertEqual(try database.profiles().count, 1)
        try makeDemo(seed: 5)
        XCTAssertEqual(try database.profiles().count, 2)
    }

    /// The help promises that running the demo again updates it: with another year, as a teacher
    /// new to the profession, and back, the same teacher's year is replaced each time, whole.
    func testRunningTheDemoAgainWithOtherOptionsReplacesItsYear() throws {
        for (options, year, weekly) in [([], 2025, 0), ([], 2024, 0), (["--new-teacher"], 2025, 32), ([], 2024, 0), ([], 2025, 0)] {
            let result = try damu.run(["demo", "--db", databaseURL.path, "--seed", "6", "--year", String(year)] + options)
            XCTAssertEqual(result.status, 0, "\(year) \(options): \(result.stderr)")
            XCTAssertEqual(result.stderr, "")
            let database = try AppDatabase.open(at: databaseURL, create: false)
            let profile = try XCTUnwrap(try database.profiles().first)
            XCTAssertEqual(try database.profiles().count, 1, "\(options)")
            XCTAssertEqual(profile.isNewTeacher, weekly > 0)
            let history = try database.history(profileID: profile.id)
            XCTAssertEqual(history.analyses.count, DemoYear.lessonCount, "\(options)")
            XCTAssertEqual(Set(history.analyses.map { AcademicYear(containing: $0.lesson.date).startYear }), [year], "\(options)")
            let academicYear = try AcademicYear(startYear: year)
            let sheet = try XCTUnwrap(try database.routeSheet(profileID: profile.id, academicYear: academicYear), "\(options)")
            XCTAssertEqual(sheet.category, profile.category)
            XCTAssertNotNil(try database.educationalRoute(profileID: profile.id, academicYear: academicYear))
            XCTAssertNotNil(try database.annualCard(profileID: profile.id, academicYear: academicYear))
            XCTAssertEqual(try database.weeklyCards(profileID: profile.id, academicYear: academicYear).count, weekly, "\(options)")
            XCTAssertEqual(try database.routeSheets(profileID: profile.id).map(\.academicYear), [academicYear], "\(year) \(options)")
            XCTAssertEqual(try database.professionalRoutes(profileID: profile.id).count, 1, "\(year) \(options)")
            XCTAssertEqual(try database.educationalRoutes(profileID: profile.id).map(\.academicYear), [academicYear], "\(year) \(options)")
            XCTAssertEqual(Set(try database.reflectionCards(profileID: profile.id).map(\.academicYear)), [academicYear], "\(year) \(options)")
            XCTAssertEqual(try database.integrityCheck(), "ok")
        }
    }

    func testAnalysesListByNamePrefix() throws {
        let (profile, analyses) = try makeDemo()
        let prefix = String(profile.fullName.prefix(4)).lowercased()
        let result = try damu.run(["analyses", "list", "--db", databaseURL.path, "--profile", prefix])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, analyses.count + 1)
        XCTAssertTrue(lines[1].hasPrefix(analyses[0].id.uuidString))
        XCTAssertTrue(lines[1].contains(analyses[0].lesson.date.iso))
        XCTAssertTrue(lines[1].contains(analyses[0].lesson.topic))
        XCTAssertTrue(lines[1].contains(String(format: "%.1f", analyses[0].wheel.mean!)))
        XCTAssertTrue(lines.last!.hasPrefix(analyses.last!.id.uuidString))
        let byID = try damu.run(["analyses", "list", "--db", databaseURL.path, "--profile", profile.id.uuidString])
        XCTAssertEqual(byID.stdout, result.stdout)
    }

    func testHelpTexts() throws {
        let root = try damu.run(["--help"])
        XCTAssertEqual(root.status, 0)
        for word in ["demo", "profiles", "analyses", "wheel", "--db"] {
            XCTAssertTrue(root.stdout.contains(word), word)
        }
        let export = try damu.run(["wheel", "export", "--help"])
        XCTAssertEqual(export.status, 0)
        for word in ["--analysis", "--latest", "--profile", "--output", "--format", "--size", "--compare", "--palette"] {
            XCTAssertTrue(export.stdout.contains(word), word)
        }
        XCTAssertEqual(try damu.run(["demo", "--help"]).status, 0)
        XCTAssertEqual(try damu.run(["profiles", "list", "--help"]).status, 0)
        XCTAssertEqual(try damu.run(["analyses", "list", "--help"]).status, 0)
    }

    /// What each option is for is said in the teacher's language, as the commands are.
    func testOptionHelpIsTranslated() throws {
        for (language, said) in [("kk", "Дерекқор файлы"), ("ru", "Файл базы данных")] {
            let help = try damu.run(["wheel", "export", "--help"], environment: ["LANGUAGE": language])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains(said), "\(language): \(help.stdout)")
            XCTAssertFalse(help.stdout.contains("The picture file to write"), "\(language): \(help.stdout)")
        }
    }
}
