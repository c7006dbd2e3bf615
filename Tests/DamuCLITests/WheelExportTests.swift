import DamuCore
import Foundation
import XCTest

final class WheelExportTests: CLITestCase {
    private func pngSize(_ data: Data) -> (Int, Int) {
        let bytes = [UInt8](data)
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    func testPNGOfAnAnalysis() throws {
        let (_, analyses) = try makeDemo()
        let output = home.appendingPathComponent("wheel.png")
        let result = try damu.run([
            "wheel", "export", "--db", databaseURL.path, "--analysis", analyses[3].id.uuidString,
            "--output", output.path, "--size", "400", "--compare", "previous",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: output)
        XCTAssertEqual([UInt8](data.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(pngSize(data).0, 400)
        XCTAssertEqual(pngSize(data).1, 400)
        XCTAssertEqual(try permissions(output), 0o600)
        XCTAssertEqual(try looseFiles(), ["wheel.png"], "no temporary file left")
    }

    func testPDFOfTheLatestLessonOfAProfile() throws {
        let (profile, _) = try makeDemo(language: "en")
        let output = home.appendingPathComponent("latest.pdf")
        let result = try damu.run([
            "wheel", "export", "--db", databaseURL.path, "--latest", "--profile", String(profile.fullName.prefix(5)),
            "-o", output.path, "--palette", "print",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        let data = try Data(contentsOf: output)
        XCTAssertEqual(String(decoding: data.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertGreaterThan(data.count, 1000)
        XCTAssertEqual(try permissions(output), 0o600)
    }

    func testFormatOptionOverridesTheExtensionAndOtherPalettes() throws {
        let (profile, analyses) = try makeDemo()
        let pdf = home.appendingPathComponent("wheel.out")
        var result = try damu.run([
            "wheel", "export", "--db", databaseURL.path, "--latest", "--profile", profile.id.uuidString,
            "--output", pdf.path, "--format", "pdf", "--compare", analyses[0].id.uuidString,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(String(decoding: try Data(contentsOf: pdf).prefix(4), as: UTF8.self), "%PDF")
        let png = home.appendingPathComponent("contrast.PNG")
        result = try damu.run([
            "wheel", "export", "--db", databaseURL.path, "--analysis", analyses[9].id.uuidString,
            "--output", png.path, "--palette", "high-contrast", "--size", "200",
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(pngSize(try Data(contentsOf: png)).0, 200)
    }

    /// The dashed wheel is an earlier lesson of the same teacher: another teacher's, or the lesson
    /// itself, is refused and no picture is written.
    func testALessonIsComparedOnlyWithAnotherOfTheSameTeacher() throws {
        let (_, analyses) = try makeDemo(seed: 4)
        let (_, others) = try makeDemo(seed: 9)
        let output = home.appendingPathComponent("compare.png")
        for (compare, fragment) in [(others[0].id, "another teacher"), (analyses[5].id, "the lesson being drawn")] {
            let result = try damu.run([
                "wheel", "export", "--db", databaseURL.path, "--analysis", analyses[5].id.uuidString,
                "-o", output.path, "--compare", compare.uuidString,
            ])
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("--compare") && result.stderr.contains(fragment), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        }
    }

    func testExportReplacesAnExistingFileWhole() throws {
        let (_, analyses) = try makeDemo()
        let output = home.appendingPathComponent("wheel.png")
        try Data("old".utf8).write(to: output)
        let result = try damu.run([
            "wheel", "export", "--db", databaseURL.path, "--analysis", analyses[0].id.uuidString, "-o", output.path,
        ])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(pngSize(try Data(contentsOf: output)).0, 1200, "default size")
    }
}
