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
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
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

    /// The file writing to `path` replaces. Through a symbolic link it is the file the link names,
    /// so the link stays and its file is new, as when an editor saves through a link. A device, a
    /// pipe or a socket is refused: the rename would put a file in its place (as root, even over
    /// /dev/null). `path` itself when nothing is there yet.
    public static func destination(of path: String) throws -> String {
        var resolved = path
        // As many links as the kernel follows before it gives up (ELOOP).
        for _ in 0..<40 {
            var status = stat()
            guard lstat(resolved, &status) == 0 else { return resolved }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                return resolved
            case S_IFDIR:
                throw DamuError.storage(String(format: tr("%@ is a folder; give a file name."), path))
            case S_IFLNK:
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let length = readlink(resolved, &buffer, Int(PATH_MAX))
                guard length > 0 else { throw failure(path, errno) }
                let named = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
                resolved = named.hasPrefix("/") ? named : URL(fileURLWithPath: resolved).deletingLastPathComponent().appendingPathComponent(named).path
            default:
                throw DamuError.storage(String(format: tr("%@ is not a file but a device, a pipe or a socket; give the name of a file."), path))
            }
        }
        throw failure(path, ELOOP)
    }

    private static func failure(_ path: String, _ error: Int32) -> DamuError {
        DamuError.storage(String(format: tr("Cannot write “%@”: %@"), path, String(cString: strerror(error))))
    }
}
