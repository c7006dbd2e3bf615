import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Makes a folder and the files in it read-only for this process, for real. Permission bits alone
/// do not stop root (it holds CAP_DAC_OVERRIDE), and the tests run as root in CI; so a root process
/// also gives the folder to an unprivileged user and takes that user's identity as its effective
/// one (`seteuid`) until `restore()`. glibc changes the effective user of every thread of the
/// process, so SQLite's connections on GRDB's queues lose the override too, and child processes
/// started meanwhile inherit the identity. A non-root process needs only the permission bits.
public final class ReadOnlyFolder {
    /// `nobody` on Debian.
    public static let unprivilegedUser: uid_t = 65_534

    public let folder: URL
    private let wasRoot: Bool
    private var restored = false

    /// Folder 0500, files 0400, and, as root, the identity of `unprivilegedUser`.
    public init(_ folder: URL) throws {
        self.folder = folder
        wasRoot = geteuid() == 0
        try apply(owner: wasRoot ? Self.unprivilegedUser : nil, folderMode: 0o500, fileMode: 0o400)
        if wasRoot, seteuid(Self.unprivilegedUser) != 0 {
            throw Failure("seteuid(\(Self.unprivilegedUser)) failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Back to root (when it was) and to a folder its owner can write, so it can be removed.
    public func restore() throws {
        guard !restored else { return }
        restored = true
        if wasRoot, seteuid(0) != 0 {
            throw Failure("seteuid(0) failed: \(String(cString: strerror(errno)))")
        }
        try apply(owner: wasRoot ? 0 : nil, folderMode: 0o700, fileMode: 0o600)
    }

    deinit { try? restore() }

    /// Whether this process may now create a file in the folder (it must not).
    /// (`access` would answer for the real user, root; AT_EACCESS asks for the effective one.)
    public var isWritable: Bool { faccessat(AT_FDCWD, folder.path, W_OK, AT_EACCESS) == 0 }

    private func apply(owner: uid_t?, folderMode: mode_t, fileMode: mode_t) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        for path in names.map({ folder.appendingPathComponent($0).path }) + [folder.path] {
            if let owner, chown(path, owner, gid_t(owner == 0 ? 0 : owner)) != 0 {
                throw Failure("chown \(path): \(String(cString: strerror(errno)))")
            }
            let mode = path == folder.path ? folderMode : fileMode
            if chmod(path, mode) != 0 { throw Failure("chmod \(path): \(String(cString: strerror(errno)))") }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
        public init(_ description: String) { self.description = description }
    }
}
