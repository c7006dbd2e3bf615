import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import XCTest

/// The update of an older database tells how many of the lessons it rewrites are done, from none
/// to all, so that the window can show a long update moving.
final class UpdateProgressTests: XCTestCase {
    /// Reports arrive on the database's own thread.
    private final class Heard: @unchecked Sendable {
        private let lock = NSLock()
        private var reports: [UpdateProgress] = []

        func add(_ report: UpdateProgress) { lock.withLock { reports.append(report) } }
        var all: [UpdateProgress] { lock.withLock { reports } }
    }

    func testAnUpdateCountsEveryLessonItRewritesInItsBatches() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let url = folder.appendingPathComponent("v4.sqlite")
        try FileManager.default.copyItem(at: SchemaFixtureTests.fixture(4).database, to: url)
        try FailureFixtures.repeatLessons(in: url, times: 140)
        let lessons = try DatabaseQueue(path: url.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM lessonAnalysis") }
        XCTAssertEqual(lessons, 18 * 141, "deleted lessons are rewritten too")

        let heard = Heard()
        let opening = try AppDatabase.prepareToOpen(at: url, create: false)
        XCTAssertTrue(opening.willUpdate)
        let database = try opening.open(reporting: heard.add)
        XCTAssertEqual(heard.all.map(\.lessonsDone), [0, 1000, 2000, 2538])
        XCTAssertEqual(Set(heard.all.map(\.lessons)), [2538])
        XCTAssertEqual(heard.all.first?.fraction, 0)
        XCTAssertEqual(heard.all.last?.fraction, 1)
        XCTAssertEqual(try database.appliedMigrations(), AppDatabase.knownMigrations)

        // Up to date, there is nothing to report.
        let again = Heard()
        _ = try AppDatabase.prepareToOpen(at: url, create: false).open(reporting: again.add)
        XCTAssertEqual(again.all, [])
    }

}
