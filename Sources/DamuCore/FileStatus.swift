import Foundation

/// What stat(2) says of a path. FileManager's `attributesOfItem` also looks up the names of the
/// file's owner and group, which Damu never reads: its first call reads nsswitch.conf, passwd and
/// group (0.6 ms on a development machine), and on a school PC whose accounts live in a directory
/// server it asks that server, while Damu starts.
public struct FileStatus: Sendable {
    public let size: Int
    public let isDirectory: Bool

    /// The status of `path`, following symbolic links; a path that cannot be looked at is
    /// "Cannot read the file …".
    public init(path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw DamuError.storage(String(format: tr("Cannot read the file %@."), path))
        }
        size = Int(status.st_size)
        isDirectory = status.st_mode & S_IFMT == S_IFDIR
    }
}
