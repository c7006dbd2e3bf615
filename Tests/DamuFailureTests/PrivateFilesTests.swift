import DamuCore
import DamuRender
import DamuStore
import DamuTestSupport
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

    /// Exports are written beside their destination and renamed over it. Through a symbolic link
    /// the file the link names is the one replaced, and the link stays; a pipe (or a device: as
    /// root, /dev/null) is refused and stays what it was, rather than becoming a file.
    func testAnExportThroughALinkReplacesItsFileAndAPipeIsRefused() throws {
        let home = try FailureFixtures.temporaryFolder(for: self)
        let damu = try PackageExecutable("damu", near: Self.self)
        let url = home.appendingPathComponent("damu.sqlite")
        XCTAssertEqual(try damu.run(["demo", "--db", url.path, "--seed", "4"], home: home).status, 0)
        let profile = try XCTUnwrap(AppDatabase.open(at: url, create: false).profiles().first)
        let folder = home.appendingPathComponent("exports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let target = folder.appendingPathComponent("bundle.json")
        try Data("old".utf8).write(to: target)
        let link = home.appendingPathComponent("latest.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "exports/bundle.json")

        let exported = try damu.run(["export", "--db", url.path, "--profile", profile.id.uuidString, "-o", link.path], home: home)
        XCTAssertEqual(exported.status, 0, exported.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "exports/bundle.json", "the link stays")
        let written = try Data(contentsOf: target)
        XCTAssertEqual(written.first, UInt8(ascii: "{"), "its file is the bundle")
        XCTAssertEqual(try FailureFixtures.permissions(target.path), 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["bundle.json"], "no file left beside it")

        let pipe = home.appendingPathComponent("wheel.png")
        XCTAssertEqual(mkfifo(pipe.path, 0o600), 0)
        let refused = try damu.run(
            ["wheel", "export", "--db", url.path, "--latest", "--profile", profile.id.uuidString, "-o", pipe.path], home: home)
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains(pipe.path) && refused.stderr.contains("not a file"), refused.stderr)
        var status = stat()
        XCTAssertEqual(lstat(pipe.path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO, "the pipe is still a pipe")

        // The same check where the window writes, which has no command line in front of it.
        XCTAssertThrowsError(try PrivateFile.write(Array("x".utf8), to: pipe))
        XCTAssertEqual(lstat(pipe.path, &status), 0)
        XCTAssertEqual(status.st_mode & S_IFMT, S_IFIFO)
    }

    /// Where a file chooser may point an export: at the open database (whose place the picture
    /// would take), through /proc at a pipe, or through a link another user left in a shared
    /// folder. Each is refused and left as it was.
    func testAnExportNeverReplacesTheDatabaseAPipeBehindALinkOrAnotherUsersLink() throws {
        let home = try FailureFixtures.temporaryFolder(for: self)
        let url = home.appendingPathComponent("damu.sqlite")
        let database = try AppDatabase.open(at: url)
        try database.save(Profile(fullName: "Айгерім"))
        let before = try Data(contentsOf: url)
        let alias = home.appendingPathComponent("alias.png")
        try FileManager.default.createSymbolicLink(atPath: alias.path, withDestinationPath: url.path)
        for target in [url, URL(fileURLWithPath: url.path + "-wal"), alias] {
            XCTAssertThrowsError(try PrivateFile.write(Array("PNG".utf8), to: target), target.path) { error in
                XCTAssertTrue("\(error)".contains("Damu's database"), "\(error)")
            }
        }
        XCTAssertEqual(try Data(contentsOf: url), before)
        XCTAssertEqual(try database.integrityCheck(), "ok")

        var ends: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        defer { close(ends[0]); close(ends[1]) }
        XCTAssertThrowsError(try PrivateFile.write(Array("x".utf8), to: URL(fileURLWithPath: "/proc/self/fd/\(ends[1])"))) { error in
            XCTAssertTrue("\(error)".contains("a pipe"), "\(error)")
        }

        // A name of 250 bytes, near the limit of 255, still leaves room for the file written beside it.
        let long = home.appendingPathComponent(String(repeating: "ә", count: 123) + ".pdf")
        try PrivateFile.write(Array("%PDF".utf8), to: long)
        XCTAssertEqual(try Data(contentsOf: long), Data("%PDF".utf8))

        // Only root can give a link to another user; the rule is the same for anyone.
        guard geteuid() == 0 else { return }
        let theirs = home.appendingPathComponent("theirs.png")
        let mine = home.appendingPathComponent("mine.png")
        try Data("mine".utf8).write(to: mine)
        try FileManager.default.createSymbolicLink(atPath: theirs.path, withDestinationPath: mine.path)
        XCTAssertEqual(lchown(theirs.path, ReadOnlyFolder.unprivilegedUser, ReadOnlyFolder.unprivilegedUser), 0)
        XCTAssertThrowsError(try PrivateFile.write(Array("x".utf8), to: theirs)) { error in
            XCTAssertTrue("\(error)".contains("another user"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: mine), Data("mine".utf8))
    }
}
