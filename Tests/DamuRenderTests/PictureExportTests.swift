import DamuCore
import DamuRender
import Foundation
import XCTest

final class PictureExportTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("damu-export-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    private var picture: WheelPicture {
        KazakhWheel.picture(overlay: KazakhWheel.before, title: "Сабақтың тепе-теңдік дөңгелегі")
    }

    func testPNGIsASquareOfTheRequestedSizeOnlyItsOwnerCanRead() throws {
        let url = directory.appendingPathComponent("wheel.png")
        try PictureExport.wheelPNG(picture, size: 640, palette: .light, to: url)
        let bytes = [UInt8](try Data(contentsOf: url))
        XCTAssertEqual(Array(bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        XCTAssertEqual(bigEndian(16), 640, "IHDR width")
        XCTAssertEqual(bigEndian(20), 640, "IHDR height")
        XCTAssertGreaterThan(bytes.count, 10_000)
        XCTAssertEqual(try mode(url), 0o600)
    }

    func testReplacingAnExistingFileLeavesItPrivate() throws {
        let url = directory.appendingPathComponent("wheel.png")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
        try PictureExport.wheelPNG(picture, size: 100, palette: .print, to: url)
        XCTAssertEqual(try mode(url), 0o600)
        XCTAssertGreaterThan(try Data(contentsOf: url).count, 3)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        XCTAssertEqual(leftovers, ["wheel.png"], "no temporary file is left behind")
    }

    func testPDFIsAnA4PageWithTheKazakhTextEmbedded() throws {
        let url = directory.appendingPathComponent("wheel.pdf")
        try PictureExport.wheelPDF(picture, palette: .print, to: url)
        let data = try Data(contentsOf: url)
        XCTAssertEqual(String(decoding: data.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertEqual(try mode(url), 0o600)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("/MediaBox [ 0 0 595 842 ]"), "A4 portrait")
        XCTAssertTrue(text.contains("FontFile"), "fonts are embedded")

        let pdftotext = "/usr/bin/pdftotext"
        guard FileManager.default.isExecutableFile(atPath: pdftotext) else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pdftotext)
        process.arguments = [url.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Labels wrap, so compare with line breaks folded into spaces.
        let words = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        XCTAssertTrue(words.contains("Сабақтың тепе-теңдік дөңгелегі"), words)
        XCTAssertTrue(words.contains(KazakhWheel.sectorNames[0]), words)
        XCTAssertTrue(words.contains(KazakhWheel.sectorNames[5]), words)
    }

    func testWritingIntoAMissingDirectoryNamesThePath() {
        let missing = directory.appendingPathComponent("no such folder/wheel")
        for export in [
            { try PictureExport.wheelPNG(self.picture, size: 200, palette: .light, to: missing.appendingPathExtension("png")) },
            { try PictureExport.wheelPDF(self.picture, palette: .light, to: missing.appendingPathExtension("pdf")) },
        ] {
            XCTAssertThrowsError(try export()) { error in
                guard case let DamuError.storage(message) = error else {
                    return XCTFail("expected DamuError.storage, got \(error)")
                }
                XCTAssertTrue(message.contains(missing.path), message)
                XCTAssertFalse(message.contains(".tmp"), "the message names the teacher's file, not ours: \(message)")
            }
        }
    }

    func testAnImpossibleSizeIsRefused() {
        XCTAssertThrowsError(
            try PictureExport.wheelPNG(picture, size: 0, palette: .light, to: directory.appendingPathComponent("x.png"))
        ) { error in
            guard case DamuError.invalid = error else { return XCTFail("\(error)") }
        }
    }
}
