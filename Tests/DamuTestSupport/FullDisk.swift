import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Makes the disk look full to this process: a write(2) that would take a regular file past the
/// limit (by default any write) fails, as on a disk with no space left, until `restore()`. It lowers the process's file-size limit (RLIMIT_FSIZE),
/// which any user may do and which root is subject to too, on any file system; the kernel then
/// refuses the write itself (EFBIG) rather than a test double pretending to. SIGXFSZ, which would
/// kill the process, is ignored meanwhile. Child processes started meanwhile inherit both.
public final class FullDisk {
    private var previous = rlimit()
    private var previousHandler: (@convention(c) (Int32) -> Void)?
    private var restored = false

    /// With `bytes`, the disk fills up later: a file may still grow to that size, so a database
    /// opens and its journal takes the first pages of a transaction before a write fails.
    public init(filesUpTo bytes: rlim_t = 0) throws {
        guard getrlimit(Int32(RLIMIT_FSIZE.rawValue), &previous) == 0 else {
            throw ReadOnlyFolder.Failure("getrlimit: \(String(cString: strerror(errno)))")
        }
        previousHandler = signal(SIGXFSZ, SIG_IGN)
        var limited = previous
        limited.rlim_cur = bytes
        guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limited) == 0 else {
            throw ReadOnlyFolder.Failure("setrlimit: \(String(cString: strerror(errno)))")
        }
    }

    public func restore() {
        guard !restored else { return }
        restored = true
        // Raising the soft limit back up to the unchanged hard limit needs no privilege.
        _ = setrlimit(Int32(RLIMIT_FSIZE.rawValue), &previous)
        _ = signal(SIGXFSZ, previousHandler)
    }

    deinit { restore() }
}
