import DamuCore
@testable import DamuStore
import Foundation
import XCTest

/// The quick reader of stored answers must read exactly what JSONDecoder reads, and take
/// nothing JSONDecoder would refuse; the quick writer must write what JSONEncoder writes.
final class StoredJSONTests: XCTestCase {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    private func encoded(_ content: LessonAnalysisRecord.Content) throws -> String {
        String(decoding: try Self.encoder.encode(content), as: UTF8.self)
    }

    /// Answers as teachers write them, and as hostile pastes do.
    private func analyses() throws -> [LessonAnalysis] {
        let template = try TemplateCatalog.load(dataDirectory: StoreFixtures.dataDirectory).current
        var all = ["kk", "ru", "en"].flatMap { language in
            DemoYear.make(template: template, language: language, startingYear: 2025, seed: 3).1
        }
        let awkward = ["", "\"quoted\" \\ back/slash", "line\nbreak\ttab\r", "\u{0}\u{1}\u{1F}\u{7F}", "😀 𝕏ұ \u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
                       "\u{2028}\u{2029}\u{FEFF}", "ә\u{301}", "</script>", String(repeating: "Ү", count: 3000),
                       String(String.UnicodeScalarView((0...0x7F).compactMap(Unicode.Scalar.init(_:))))]
        var rng = SplitMix64(seed: 77)
        for index in 0..<200 {
            var analysis = rng.element(of: all)
            analysis.contextAnswers = analysis.contextAnswers.map { _ in rng.element(of: awkward) + rng.element(of: awkward) }
            analysis.growthPoint.steps = [.init(starter: index % 3, text: rng.element(of: awkward))]
            analysis.wheel.sectors[index % 8].score = index % 3 == 0 ? nil : index % 11
            analysis.wheel.sectors[(index + 1) % 8].name = rng.element(of: awkward)
            if index % 2 == 0 {
                analysis.followUp = GrowthFollowUp(
                    previousAnalysisID: rng.uuid(), plannedSteps: [rng.element(of: awkward)],
                    outcome: index % 4 == 0 ? nil : .partly, note: rng.element(of: awkward))
            }
            all.append(analysis)
        }
        return all
    }

    func testItWritesEveryAnswerAsJSONEncoderDoes() throws {
        for analysis in try analyses() {
            let content = LessonAnalysisRecord.Content(
                contextAnswers: analysis.contextAnswers, wheel: analysis.wheel, scalingAnswers: analysis.scaling.answers,
                coachingAnswers: analysis.coachingAnswers, growthPoint: analysis.growthPoint, followUp: analysis.followUp)
            XCTAssertEqual(LessonAnalysisRecord(analysis).content, try encoded(content))
        }
    }

    func testItReadsEveryStoredAnswerAsJSONDecoderDoes() throws {
        for analysis in try analyses() {
            let stored = LessonAnalysisRecord(analysis).content
            let quick = try XCTUnwrap(QuickJSON.parse(stored).flatMap(LessonAnalysisRecord.Content.init), stored)
            let reference = try JSONDecoder().decode(LessonAnalysisRecord.Content.self, from: Data(stored.utf8))
            XCTAssertEqual(try encoded(quick), try encoded(reference))
        }
    }

    /// Damaged text: whatever the quick reader takes, JSONDecoder takes too, and reads the same.
    func testItTakesNothingJSONDecoderWouldRefuse() throws {
        var rng = SplitMix64(seed: 78)
        let samples = try analyses().prefix(40).map { LessonAnalysisRecord($0).content }
        var taken = 0, left = 0
        for _ in 0..<4000 {
            var bytes = Array(rng.element(of: samples).utf8)
            switch rng.int(in: 0...3) {
            case 0: bytes = Array(bytes.prefix(rng.int(in: 0...bytes.count)))
            case 1: bytes[rng.int(in: 0...(bytes.count - 1))] = rng.element(of: Array("{}[]\":,\\0-1e.nu tf".utf8))
            case 2: bytes.remove(at: rng.int(in: 0...(bytes.count - 1)))
            default: bytes.insert(rng.element(of: Array("{}[]\":,\\0-1e.nu tf".utf8)), at: rng.int(in: 0...bytes.count))
            }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let quick = QuickJSON.parse(text).flatMap(LessonAnalysisRecord.Content.init) else { left += 1; continue }
            taken += 1
            let reference = try? JSONDecoder().decode(LessonAnalysisRecord.Content.self, from: Data(text.utf8))
            XCTAssertEqual(try encoded(quick), try reference.map(encoded), text)
        }
        XCTAssertGreaterThan(left, 1000, "most damage is refused and left to JSONDecoder")
        XCTAssertGreaterThan(taken, 0, "some damage still leaves valid answers")
    }

    func testNumbersOtherThanWholeOnesAreLeftToJSONDecoder() {
        for text in ["1.0", "1e2", "-0", "01", "-", "9223372036854775808", "+1"] {
            if case .int? = QuickJSON.parse(text) { XCTAssertTrue(["-0"].contains(text), text) }
        }
        XCTAssertEqual(QuickJSON.parse("[7, -3, 0]"), .array([.int(7), .int(-3), .int(0)]))
        XCTAssertEqual(QuickJSON.parse(#""\ud83d\ude00 \u04d9\/""#), .string("😀 ә/"))
        XCTAssertNil(QuickJSON.parse(#""\ud83d""#), "a lone surrogate")
        XCTAssertNil(QuickJSON.parse("[1,]"))
        XCTAssertNil(QuickJSON.parse(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)))
    }
}
