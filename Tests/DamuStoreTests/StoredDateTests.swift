import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Dates written by arithmetic must be the very text GRDB's formatter writes, or lessons saved
/// before and after would sort and compare differently.
final class StoredDateTests: XCTestCase {
    func testEveryDateIsWrittenAsGRDBWritesIt() throws {
        var rng = SplitMix64(seed: 0x5D47E)
        var dates: [Date] = [
            Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -0.0005), Date(timeIntervalSince1970: -1),
            Date(timeIntervalSince1970: 1_756_715_400.123), Date(timeIntervalSince1970: 1_756_715_400.9999),
            Date(timeIntervalSince1970: 951_782_400), // 2000-02-29
            Date(timeIntervalSince1970: -11_644_473_600), // 1601-01-01
            Date(timeIntervalSince1970: -12_000_000_000), // 1589: left to GRDB
            Date(timeIntervalSince1970: 253_402_300_800), // 10000-01-01: left to GRDB
            Date.distantPast, Date.distantFuture,
            // Exactly half a millisecond over, either side of 1970.
            Date(timeIntervalSince1970: 0.0625), Date(timeIntervalSince1970: -0.0625), Date(timeIntervalSince1970: 1_756_715_400.0625),
            Date(timeIntervalSince1970: -1_000_000.1875), Date(timeIntervalSince1970: 0.1875),
        ]
        for _ in 0..<20_000 {
            // Whole milliseconds, as bundles and the clock give them, and any fraction at all.
            let milliseconds = rng.int(in: -2_000_000_000_000...4_000_000_000_000)
            dates.append(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            dates.append(Date(timeIntervalSince1970: Double(milliseconds) / 1000 + Double(rng.int(in: 0...999)) / 1_000_000))
        }
        dates.append(contentsOf: (0..<2000).compactMap { _ in
            BundleTimestamp.date(BundleTimestamp.string(Date(timeIntervalSince1970: Double(rng.int(in: 0...4_000_000_000_000)) / 1000)))
        })
        for date in dates {
            XCTAssertEqual(StoredDate.value(date), date.databaseValue, "\(date.timeIntervalSince1970)")
        }
    }
}
