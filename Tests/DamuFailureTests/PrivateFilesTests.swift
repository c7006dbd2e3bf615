import DamuCore
import DamuStore
import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// Every file Damu creates (the database and its log, exported pictures, a file kept aside) is
/// readable by its owner only, in a folder only the owner can enter, whatever the session's umask.
final class PrivateFilesTests: XCTestCase {
    private var previousMask: mode_t = 0

    override func setUp() {
        // A session that lets everyone read new files: Damu must not rely on a careful umask.
        previousMask = umask(0o022)
    }

    override func tearDown() { umask(previousMask) }

    func testTheStoreCreatesOwnerOnlyFiles() throws {
        let home = try FailureFixtures.temporaryFolder(for: self)
        let url = home.appendingPathComponent("new/nested/damu.sqlite")
        let database = try AppDatabase.open(at: url)
        try database.save(Profile(fullName: "Айгерім"))
        XCTAssertEqual(try FailureFixtures.permissions(url.path), 0o600)
        for suffix in ["-wal", "-shm"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: url.path + suffix), suffix)
            XCTAssertEqual(try FailureFixtures.permissions(url.path + suffix), 0o600, suffix)
        }
        XCTAssertEqual(try FailureFixtures.permissions(url.deletingLastPathComponent().path), 0o700)
        XCTAssertEqual(try FailureFixtures.permissions(home.appendingPathComponent("new").path), 0o700)

        try Data("broken".utf8).write(to: home.appendingPathComponent("other.sqlite"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: home.appendingPathComponent("other.sqlite").path)
        let aside = try AppDatabase.setAside(home.appendingPathComponent("other.sqlite"), because: .notADatabase)
        XCTAssertEqual(try FailureFixtures.permissions(aside.path), 0o600, "kept aside, still private")
    }

    func testTheCommandLineCreatesOwnerOnlyFiles() throws {
        let home = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        let url = home.appendingPathComponent("data/damu.sqlite")
        let demo = try damu.run(["demo", "--db", url.path, "--seed", "3"], home: home)
        XCTAssertEqual(demo.status, 0, demo.stderr)
        XCTAssertEqual(try FailureFixtures.permissions(url.path), 0o600)
        XCTAssertEqual(try FailureFixtures.permissions(url.deletingLastPathComponent().path), 0o700)
        let profile = try XCTUnwrap(AppDatabase.open(at: url, create: false).profiles().first)
        for name in ["wheel.png", "wheel.pdf"] {
            let output = home.appendingPathComponent(name)
            let result = try damu.run(
                ["wheel", "export", "--db", url.path, "--latest", "--profile", profile.id.uuidString, "-o", output.path], home: home)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try FailureFixtures.permissions(output.path), 0o600, name)
        }
    }
}
