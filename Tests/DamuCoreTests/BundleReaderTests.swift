@testable import DamuCore
import Foundation
import XCTest

/// The bundle is read whole and checked before anything is imported; each problem is named with
/// the file, the JSON path and what is wrong.
final class BundleReaderTests: XCTestCase {
    static let bundles = Fixtures.repositoryRoot.appendingPathComponent("Tests/Fixtures/bundles", isDirectory: true)

    func testTheCommittedVersion1FileIsReadWithEveryRecord() throws {
        let bundle = try BundleReader.read(contentsOf: Self.bundles.appendingPathComponent("valid-v1.json"))
        XCTAssertEqual(bundle.bundle.version, 1)
        XCTAssertEqual(bundle.analyses.count, 2)
        XCTAssertEqual(bundle.cards.map(\.value.kind), [.annual, .weekly])
        XCTAssertEqual(bundle.profile.fullName, "Айгүл Серікқызы Омарова")
        XCTAssertEqual(Set(bundle.snapshots.map(\.id)), ["lesson-self-analysis", "reflection-cards"])
        XCTAssertEqual(bundle.analyses[0].value.profileID, bundle.profile.id)
    }

    func testTheCommittedVersion2FileIsReadWithRouteSheetsAndRoutes() throws {
        let bundle = try BundleReader.read(contentsOf: Self.bundles.appendingPathComponent("valid-v2.json"))
        XCTAssertEqual(bundle.bundle.version, 2)
        XCTAssertEqual(bundle.analyses.count, 2)
        XCTAssertEqual(bundle.cards.map(\.value.kind), [.annual, .weekly])
        XCTAssertEqual(Set(bundle.snapshots.map(\.id)), ["lesson-self-analysis", "reflection-cards", "route-sheets", "individual-routes"])

        let sheet = try XCTUnwrap(bundle.routeSheets.first?.value)
        XCTAssertEqual(sheet.academicYear.description, "2025-2026")
        XCTAssertEqual(sheet.category, .pedagogue)
        XCTAssertEqual(sheet.marks(of: .template(0))?.entries.map(\.mark), [.notAchieved, .partial, .achieved], "the whole history")
        XCTAssertEqual(sheet.currentMark(of: .template(5)), RouteMark.none, "a mark taken back")
        XCTAssertEqual(sheet.templateRows[2].addedActions.count, 1)
        let own = try XCTUnwrap(sheet.ownRows.first)
        XCTAssertEqual(own.carriedFrom?.description, "2024-2025")
        XCTAssertEqual(sheet.currentMark(of: .own(own.id)), .partial)
        XCTAssertEqual(sheet.wheel.sectors.count, 8)
        XCTAssertNotNil(sheet.wheel.mean(at: .end))

        let professional = try XCTUnwrap(bundle.professionalRoutes.first?.value)
        XCTAssertFalse(professional.topic.isEmpty)
        XCTAssertFalse(professional.countedItems.isEmpty, "indicators with yearly targets")
        let educational = try XCTUnwrap(bundle.educationalRoutes.first?.value)
        XCTAssertEqual(educational.blocks.count, 8)
        XCTAssertGreaterThan(educational.doneCount, 0)
        XCTAssertTrue([sheet.profileID, professional.profileID, educational.profileID].allSatisfy { $0 == bundle.profile.id })
    }

    func testEncodingThenReadingGivesTheSameBundle() throws {
        for name in ["valid-v1.json", "valid-v2.json"] {
            let original = try BundleReader.read(contentsOf: Self.bundles.appendingPathComponent(name)).bundle
            let bytes = try original.encoded()
            let again = try BundleReader.read(bytes, origin: "again.json").bundle
            XCTAssertEqual(again, original, name)
            XCTAssertEqual(again.version, original.version, "\(name): the version follows the records")
            XCTAssertEqual(try again.encoded(), bytes, "\(name): the same data gives the same file")
            XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("\"exportedAt\" : \""))
        }
    }

    func testAFileSaysTheLowestVersionThatHoldsItsRecords() throws {
        var bundle = try BundleReader.read(contentsOf: Self.bundles.appendingPathComponent("valid-v2.json")).bundle
        let cards = bundle.records.filter { $0.kind == .reflectionCard }
        let rewritten = DamuBundle(
            exportedAt: bundle.exportedAt, scope: bundle.scope, profile: bundle.profile, templates: bundle.templates, records: cards)
        XCTAssertEqual(rewritten.version, 1, "cards alone are read by a Damu that predates route sheets")
        bundle = DamuBundle(
            exportedAt: bundle.exportedAt, scope: bundle.scope, profile: bundle.profile, templates: bundle.templates,
            records: bundle.records)
        XCTAssertEqual(bundle.version, 2)
    }

    func testEveryFileOfTheBadCorpusIsRefusedWithItsMessage() throws {
        let folder = Self.bundles.appendingPathComponent("bad", isDirectory: true)
        let expected = try JSONDecoder().decode(
            [String: String].self, from: Data(contentsOf: folder.appendingPathComponent("expected-messages.json")))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "expected-messages.json" }
        XCTAssertEqual(Set(files), Set(expected.keys), "every bad file has its expected message")
        for (file, message) in expected {
            XCTAssertThrowsError(try BundleReader.read(contentsOf: folder.appendingPathComponent(file)), file) { error in
                XCTAssertTrue("\(error)".hasPrefix("\(file): "), "names the file: \(error)")
                XCTAssertTrue("\(error)".contains(message), "\(file): expected “\(message)”, got “\(error)”")
            }
        }
    }

    func testAFiftyMegabyteStringIsRefusedWithItsPath() throws {
        var text = try String(contentsOf: Self.bundles.appendingPathComponent("valid-v1.json"), encoding: .utf8)
        let huge = String(repeating: "ә", count: 25 << 20)  // two bytes each: 50 MB
        let range = try XCTUnwrap(text.range(of: "\"fullName\": \"Айгүл Серікқызы Омарова\""))
        text.replaceSubrange(range, with: "\"fullName\" : \"\(huge)\"")
        let data = Data(text.utf8)
        XCTAssertGreaterThan(data.count, 50 << 20)
        XCTAssertThrowsError(try BundleReader.read(data, origin: "huge.json")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("huge.json: $.profile: Full name: is 26214400 characters long"), message)
            XCTAssertLessThan(message.count, 300, "the message does not quote the string")
        }
    }

    func testAFileBeyondTheSizeLimitIsRefusedBeforeParsing() throws {
        let data = Data(count: BundleReader.maximumFileSize + 1)
        XCTAssertThrowsError(try BundleReader.read(data, origin: "big.json")) { error in
            XCTAssertTrue("\(error)".hasPrefix("big.json: $: the file is 64 MB"), "\(error)")
        }
    }

    func testJSONPathsAreWrittenTheUsualWay() {
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int?
            init(_ string: String) { stringValue = string }
            init(_ int: Int) { stringValue = "Index \(int)"; intValue = int }
            init?(stringValue: String) { self.init(stringValue) }
            init?(intValue: Int) { self.init(intValue) }
        }
        XCTAssertEqual(BundleReader.path([Key("records"), Key(3), Key("data"), Key("answers"), Key(0), Key(2)]),
                       "$.records[3].data.answers[0][2]")
        XCTAssertEqual(BundleReader.path([]), "$")
    }
}
