import DamuCore
import Foundation
import XCTest

/// The bundle's timestamps are read and written by arithmetic for speed; Foundation's ISO 8601
/// formatter is the reference they must agree with, on every kind of day.
final class BundleTimestampTests: XCTestCase {
    private let reference: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }()

    /// Milliseconds since 1970 from year 1 to 9999: leap days, century years, before 1970.
    private func samples() -> [Int64] {
        var rng = SplitMix64(seed: 2026)
        let fixed: [Int64] = [0, -1, 1, 999, -999, 86_399_999, -86_400_000, 951_782_400_000, 951_868_799_999,
                              4_107_542_400_000, 1_790_000_000_123, -62_135_596_800_000, 253_402_300_799_999]
        return fixed + (0..<5000).map { _ in Int64(rng.int(in: -62_135_596_800_000...253_402_300_799_999)) }
    }

    func testWritingAgreesWithTheISOFormatter() {
        for milliseconds in samples() {
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            let text = BundleTimestamp.string(date)
            XCTAssertEqual(reference.date(from: text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }, milliseconds, text)
            XCTAssertEqual(text.count, 24, text)
            XCTAssertEqual(text, reference.string(from: date), "the same text as before")
        }
    }

    func testReadingAgreesWithTheISOFormatter() {
        for milliseconds in samples() {
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            let text = reference.string(from: date)
            let read = BundleTimestamp.date(text)
            XCTAssertEqual(read.map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) },
                           reference.date(from: text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }, text)
            XCTAssertEqual(read.map(BundleTimestamp.string), text, "a timestamp survives reading and writing")
        }
    }

    func testOtherSpellingsAreLeftToTheFormatter() {
        for text in ["2025-09-01T08:30:00.000+05:00", "2025-09-01T08:30:00Z", "2025-02-29T00:00:00.000Z",
                     "2025-13-01T00:00:00.000Z", "2025-09-01T24:00:00.000Z", "yesterday", "", "2025-09-01"] {
            XCTAssertEqual(BundleTimestamp.date(text), reference.date(from: text), text)
        }
    }
}
