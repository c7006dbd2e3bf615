import DamuCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension AppDatabase {
    /// Moves a database file Damu cannot use out of the way, so a new one can be started in its
    /// place: `damu.sqlite` becomes `damu.sqlite.broken-20251123-094512` (`newer-…` for a file from a
    /// newer Damu), with its `-wal` and `-shm` files renamed alike, since the log belongs to its file.
    /// Nothing is copied or rewritten, and no existing file is ever replaced. Returns the new name.
    @discardableResult
    public static func setAside(_ url: URL, because problem: DatabaseFileProblem, at date: Date = Date()) throws -> URL {
        let stem = asideName(for: url, because: problem, at: date).path
        let fileManager = FileManager.default
        var target = stem
        var attempt = 1
        while ["", "-wal", "-shm"].contains(where: { fileManager.fileExists(atPath: target + $0) }) {
            attempt += 1
            target = "\(stem)-\(attempt)"
        }
        try move(url.path, to: target)
        for suffix in ["-wal", "-shm"] where fileManager.fileExists(atPath: url.path + suffix) {
            try move(url.path + suffix, to: target + suffix)
        }
        return URL(fileURLWithPath: target)
    }

    /// The name `setAside` gives the file at `date` (unless a file has it already: then `-2`, `-3`…).
    public static func asideName(for url: URL, because problem: DatabaseFileProblem, at date: Date) -> URL {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return URL(fileURLWithPath: url.path + ".\(problem.asideLabel)-" + formatter.string(from: date))
    }

    /// `link` + `unlink` rather than `rename`: link fails instead of replacing a file that
    /// appeared under the new name meanwhile.
    private static func move(_ source: String, to target: String) throws {
        if link(source, target) == 0 {
            unlink(source)
            return
        }
        let linkError = errno
        // Some file systems (FAT on a USB stick) have no hard links.
        guard linkError == EPERM || linkError == ENOTSUP || linkError == EXDEV,
              !FileManager.default.fileExists(atPath: target), rename(source, target) == 0
        else {
            let reason = String(cString: strerror(linkError == EPERM || linkError == ENOTSUP ? errno : linkError))
            throw DamuError.storage(String(format: tr("Cannot move %@ aside: %@"), source, reason))
        }
    }
}
