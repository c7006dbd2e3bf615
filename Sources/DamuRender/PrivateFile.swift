import DamuCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file only its owner can read (mode 0600): teachers' self-analyses are personal.
public enum PrivateFile {
    /// Writes next to the destination and renames over it, so a reader never sees a partial file.
    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let path = url.path
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp").path
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

    private static func failure(_ path: String, _ error: Int32) -> DamuError {
        DamuError.storage(String(format: tr("Cannot write “%@”: %@"), path, String(cString: strerror(error))))
    }
}
