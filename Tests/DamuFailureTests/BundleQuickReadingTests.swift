@testable import DamuCore
import Foundation
import XCTest

/// The quick reading of a bundle (QuickJSON, the lessons read by hand) must give exactly the bundle
/// JSONDecoder gives, and take no file JSONDecoder would refuse: on the valid files and on
/// thousands of damaged ones.
final class BundleQuickReadingTests: XCTestCase {
    static let seed: UInt64 = 0x0DA3_0B0E_0000_0017
    static let caseCount = 2_000

    /// The two readings as BundleReader takes them: a file that is not UTF-8 is refused before either.
    private func quickTree(_ bytes: Data) -> JSONValue? {
        BundleReader.firstInvalidUTF8Byte(in: bytes) == nil ? QuickJSON.parse(validUTF8: bytes) : nil
    }

    private func readings(_ bytes: Data) -> (quick: DamuBundle?, reference: DamuBundle?, refusal: String) {
        let quick = quickTree(bytes).flatMap(DamuBundle.init(quick:))
        do {
            return (quick, try BundleReader.decode(DamuBundle.self, from: bytes, origin: "case"), "")
        } catch {
            return (quick, nil, "\(error)")
        }
    }

    func testEveryValidFileIsReadQuicklyAndTheSame() throws {
        for source in try BundleFuzzTests.sources() {
            let (quick, reference, _) = readings(source.bytes)
            XCTAssertNotNil(reference, source.name)
            XCTAssertNotNil(quick, "\(source.name) is left to JSONDecoder")
            XCTAssertEqual(quick, reference, source.name)
            let header = quickTree(source.bytes).flatMap(BundleReader.Header.init(json:))
            XCTAssertEqual(header?.format, reference?.format, source.name)
            XCTAssertEqual(header?.version, reference?.version, source.name)
        }
    }

    func testDamagedFilesAreReadTheSameOrLeftToJSONDecoder() throws {
        let mutator = BundleMutator(sources: try BundleFuzzTests.sources())
        var taken = 0, left = 0, refusedByBoth = 0
        for index in 0..<Self.caseCount {
            var rng = SplitMix64(seed: Self.seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
            let (bytes, source, what) = mutator.mutant(&rng)
            let (quick, reference, refusal) = readings(bytes)
            if let quick {
                taken += 1
                // The bundles themselves are a megabyte: the message says only what differs.
                XCTAssertTrue(quick == reference, "case \(index) from \(source) (\(what.prefix(300))): " + (
                    reference == nil ? "JSONDecoder refuses it: \(refusal)" : "JSONDecoder reads another bundle"))
            } else if reference == nil {
                refusedByBoth += 1
            } else {
                left += 1
            }
        }
        print("quick bundle reading: \(taken) damaged files read quickly, \(left) left to JSONDecoder, \(refusedByBoth) refused by both")
        XCTAssertGreaterThan(taken, Self.caseCount / 10, "many damaged files are still bundles, and read quickly")
        XCTAssertGreaterThan(refusedByBoth, Self.caseCount / 10, "most damage is refused")
    }

    func testAKeyTwiceAndNumbersWithFractionsAreLeftToJSONDecoder() {
        XCTAssertNil(QuickJSON.parse(#"{"a": 1, "a": 2}"#))
        XCTAssertNil(QuickJSON.parse("[1.5]"))
        XCTAssertEqual(QuickJSON.parse("[-9223372036854775808]"), .array([.int(.min)]))
        XCTAssertNil(QuickJSON.parse("[9223372036854775808]"))
    }
}
