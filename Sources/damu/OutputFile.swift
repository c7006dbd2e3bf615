import DamuCore
import DamuRender
import Foundation

/// Checks on a file a command is about to write, made before any work: the folder exists and is
/// writable, the name is a file (or nothing yet), not a folder or a device, and not the teacher's
/// database.
enum OutputFile {
    static func check(_ url: URL, database: URL) throws {
        // The folder the file lands in: through a link, the folder of the file it names.
        let destination = URL(fileURLWithPath: try PrivateFile.destination(of: url.path))
        var isDirectory: ObjCBool = false
        let folder = destination.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DamuError.storage(String(format: tr("The folder %@ does not exist."), folder.path))
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw DamuError.storage(String(format: tr("The folder %@ is not writable."), folder.path))
        }
        // A file written over the database (or its WAL) would destroy the teacher's year of work.
        let target = destination.resolvingSymlinksInPath().standardizedFileURL.path
        let base = database.resolvingSymlinksInPath().standardizedFileURL.path
        if [base, base + "-wal", base + "-shm"].contains(target) {
            throw DamuError.invalid(field: "--output", message: tr("is the database itself; choose another file name"))
        }
    }

    /// PDF only: the name must end in .pdf, so a mistyped PNG name is not silently a PDF.
    static func requirePDF(_ path: String, option: String = "--output") throws {
        guard path.lowercased().hasSuffix(".pdf") else {
            throw DamuError.invalid(field: option, message: String(format: tr("“%@” must end in .pdf"), path))
        }
    }

    static func requirePNG(_ path: String, option: String) throws {
        guard path.lowercased().hasSuffix(".png") else {
            throw DamuError.invalid(field: option, message: String(format: tr("“%@” must end in .png"), path))
        }
    }
}
