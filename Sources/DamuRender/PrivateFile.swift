import DamuCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file only its owner can read (mode 0600): teachers' self-analyses are personal.
public enum PrivateFile {
    /// Writes next to the destination and renames over it, so a reader never sees a partial file.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let path = try destination(of: url.path)
        let target = URL(fileURLWithPath: path)
        // Not named after the file: a name near the 255-byte limit (125 Cyrillic letters) would
        // leave no room for the temporary one's.
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".damu-\(UUID().uuidString.prefix(8)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var written = 0
        let result: Int32 = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return fsync(descriptor) == 0 ? 0 : errno
        }
        close(descriptor)
        if result != 0 {
            unlink(temporary)
            throw failure(path, result)
        }
        if rename(temporary, path) != 0 {
            let error = errno
            unlink(temporary)
            throw failure(path, error)
        }
    }

    /// The file writing to `path` replaces: `path`, or through symbolic links the file they name
    /// (so the link stays and its file is new, as when an editor saves through a link), whether or
    /// not that file is there yet. Refused: a folder; a device, a pipe or a socket, which the rename
    /// would replace with a file (as root, even /dev/null), also when a link such as /dev/stdout
    /// leads there; a link another user made, which in a shared folder such as /tmp could point an
    /// export at any of this user's files; and an open database (`ProtectedFiles`).
    public static func destination(of path: String) throws -> String {
        // What the path leads to in the end, as open(2) would follow it: /proc/self/fd/1 names a
        // pipe by a text ("pipe:[123]") that is no path.
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw DamuError.storage(String(format: tr("%@ is a folder; give a file name."), path))
            default: throw DamuError.storage(String(format: tr("%@ is not a file but a device, a pipe or a socket; give the name of a file."), path))
            }
        }
        var resolved = path
        // As many links as the kernel follows before it gives up (ELOOP).
        for _ in 0..<40 {
            var link = stat()
            guard lstat(resolved, &link) == 0, link.st_mode & S_IFMT == S_IFLNK else {
                guard !ProtectedFiles.contains(resolved) else {
                    throw DamuError.storage(String(format: tr("%@ is Damu's database; choose another file name."), path))
                }
                return resolved
            }
            guard link.st_uid == geteuid() else {
                throw DamuError.storage(String(format: tr("%@ is a link another user made; give the name of a file of your own."), path))
            }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(resolved, &buffer, Int(PATH_MAX))
            guard length > 0 else { throw failure(path, errno) }
            let named = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            resolved = named.hasPrefix("/") ? named : URL(fileURLWithPath: resolved).deletingLastPathComponent().appendingPathComponent(named).path
        }
        throw failure(path, ELOOP)
    }

    private static func failure(_ path: String, _ error: Int32) -> DamuError {
        DamuError.storage(String(format: tr("Cannot write “%@”: %@"), path, String(cString: strerror(error))))
    }
}
