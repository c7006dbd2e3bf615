import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// Dates written by arithmetic must be the very text GRDB's formatter writes, or lessons saved
/// before and after would sort and compare differently; and read back, the very Double GRDB
/// reads, or a record saved would not compare equal to itself read again.
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

    func testEveryDateIsReadAsGRDBReadsIt() throws {
        var rng = SplitMix64(seed: 0xDA7E)
        let texts = [
            "1970-01-01 00:00:00.000", "2001-01-01 00:00:00.000", "2000-12-31 23:59:59.999", "2000-11-23 18:55:42.419",
            "2000-02-29 12:00:00.500", "1600-01-01 00:00:00.000", "9999-12-31 23:59:59.999", "1969-12-31 23:59:59.999",
            // Left to GRDB: other forms, impossible days and times, years outside the arithmetic's.
            "2025-02-29 10:00:00.000", "2025-09-31 10:00:00.000", "2025-09-01 24:00:00.000", "2025-09-01 08:60:00.000",
            "2025-09-01 08:30:61.000", "1599-12-31 23:59:59.999", "2025-09-01T08:30:00.000", "2025-09-01 08:30:00",
            "2025-09-01 08:30", "2025-09-01", "2025-09-01 08:30:00.1", "2025-09-01 08:30:00.123456", "2025-9-01 08:30:00.000",
            "2025-09-01 08:30:00.000Z", "not a date", "",
        ]
        var values = texts.map(\.databaseValue)
            + [Double(1_756_715_400.123).databaseValue, Int(0).databaseValue, .null, Data([0x32, 0x30]).databaseValue]
        for _ in 0..<20_000 {
            let milliseconds = rng.int(in: -11_676_096_000_000...249_999_999_999_999)
            values.append(CivilCalendar.timestamp(milliseconds: milliseconds, separator: " ")!.databaseValue)
        }
        // The arithmetic itself reads every well-formed date, not GRDB behind it.
        XCTAssertEqual(values.filter { StoredDate.arithmeticDate($0) != nil }.count, 8 + 20_000)
        for value in values {
            let expected = Date.fromDatabaseValue(value)?.timeIntervalSinceReferenceDate.bitPattern
            XCTAssertEqual(StoredDate.date(value)?.timeIntervalSinceReferenceDate.bitPattern, expected, "\(value)")
        }
    }
}
