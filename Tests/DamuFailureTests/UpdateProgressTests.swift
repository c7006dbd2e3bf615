import DamuCore
@testable import DamuStore
import Foundation
import GRDB
import Synchronization
import XCTest

/// The update of an older database tells how many of the lessons it rewrites are done, from none
/// to all, so that the window can show a long update moving.
final class UpdateProgressTests: XCTestCase {
    func testAnUpdateCountsEveryLessonItRewritesInItsBatches() throws {
        let folder = try FailureFixtures.temporaryFolder(for: self)
        let url = folder.appendingPathComponent("v4.sqlite")
        try FileManager.default.copyItem(at: SchemaFixtureTests.fixture(4).database, to: url)
        try FailureFixtures.repeatLessons(in: url, times: 140)
        let lessons = try DatabaseQueue(path: url.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM lessonAnalysis") }
        XCTAssertEqual(lessons, 18 * 141, "deleted lessons are rewritten too")

        // Reports arrive on the database's own thread.
        let heard = Mutex<[UpdateProgress]>([])
        let opening = try AppDatabase.prepareToOpen(at: url, create: false)
        XCTAssertTrue(opening.willUpdate)
        let database = try opening.open { report in heard.withLock { $0.append(report) } }
        let reports = heard.withLock { $0 }
        XCTAssertEqual(reports.map(\.lessonsDone), [0, 1000, 2000, 2538])
        XCTAssertEqual(Set(reports.map(\.lessons)), [2538])
        XCTAssertEqual(reports.first?.fraction, 0)
        XCTAssertEqual(reports.last?.fraction, 1)
        XCTAssertEqual(reports[1].text, "Lessons updated: 1000 of 2538")
        XCTAssertEqual(try database.appliedMigrations(), AppDatabase.knownMigrations)

        // Up to date, there is nothing to report.
        heard.withLock { $0.removeAll() }
        _ = try AppDatabase.prepareToOpen(at: url, create: false).open { report in heard.withLock { $0.append(report) } }
        XCTAssertEqual(heard.withLock { $0 }, [])
    }


    /// An older database without lessons has nothing to count: the window keeps its spinner alone.
    func testAnUpdateWithoutLessonsReportsNothing() throws {
        let url = try FailureFixtures.temporaryFolder(for: self).appendingPathComponent("v4.sqlite")
        try FileManager.default.copyItem(at: SchemaFixtureTests.fixture(4).database, to: url)
        try DatabaseQueue(path: url.path).write { db in try db.execute(sql: "DELETE FROM lessonAnalysis") }
        let heard = Mutex<[UpdateProgress]>([])
        let opening = try AppDatabase.prepareToOpen(at: url, create: false)
        XCTAssertTrue(opening.willUpdate)
        let database = try opening.open { report in heard.withLock { $0.append(report) } }
        XCTAssertEqual(heard.withLock { $0 }, [])
        XCTAssertEqual(try database.appliedMigrations(), AppDatabase.knownMigrations)
    }
}
