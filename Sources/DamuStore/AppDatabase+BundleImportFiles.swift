import DamuCore
import Foundation

extension AppDatabase {
    /// Imports bundle files one after another, each read and checked whole and imported in a
    /// transaction of its own, exactly as if it were imported alone: a refused file changes nothing
    /// and the files after it are still imported. `eachDone` hears of every file, in order.
    ///
    /// While one file is written, the next is read and checked on another thread: reading is
    /// about two fifths of an import, so on a PC with two cores a folder of a hundred teachers'
    /// bundles takes about as long as writing them.
    public func importBundles(at urls: [URL], eachDone: (URL, Result<ImportReport, any Error>) -> Void) {
        var next = urls.first.map(ReadAhead.init)
        for index in urls.indices {
            guard let reading = next else { break }
            next = urls.indices.contains(index + 1) ? ReadAhead(urls[index + 1]) : nil
            eachDone(urls[index], Result { try importBundle(reading.bundle()) })
        }
    }
}

/// A bundle file being read and checked on another thread.
private final class ReadAhead: @unchecked Sendable {
    // Written once by the reading thread before `done` is signalled; read only after waiting on it.
    private var result: Result<ImportableBundle, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ url: URL) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result { try BundleReader.read(contentsOf: url) }
            done.signal()
        }
    }

    func bundle() throws -> ImportableBundle {
        done.wait()
        return try result!.get()
    }
}
