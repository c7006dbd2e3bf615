import DamuCore
import Foundation
import GRDB

extension AppDatabase {
    /// Imports bundle files one after another, each read and checked whole and imported in a
    /// transaction of its own, exactly as if it were imported alone: a refused file changes nothing
    /// and the files after it are still imported. `eachDone` hears of every file, in order.
    ///
    /// While one file is written, the next is read and checked on another thread: reading is
    /// about two fifths of an import, so on a PC with two cores a folder of a hundred teachers'
    /// bundles takes about as long as writing them.
    public func importBundles(at urls: [URL], eachDone: (URL, Result<ImportReport, any Error>) -> Void) {
        let checkpointing = urls.count > 1 ? checkpointLess() : nil
        defer { checkpointing.map(checkpointAgain) }
        var next = urls.first.map(ReadAhead.init)
        for index in urls.indices {
            guard let reading = next else { break }
            next = urls.indices.contains(index + 1) ? ReadAhead(urls[index + 1]) : nil
            eachDone(urls[index], Result { try importBundle(reading.bundle()) })
        }
    }

    /// By default SQLite copies the write-ahead log into the database file after any commit that
    /// leaves it over 1,000 pages: every few files of a batch. In a large database the lessons'
    /// random ids touch index pages all over the file, and each copy wrote them again and synced
    /// the file; at 200,000 lessons that was more than a quarter of an import of a hundred files.
    /// Every commit is still synced to the log, so nothing committed can be lost meanwhile.
    /// Returns the interval to restore, nil when it could not be changed.
    private func checkpointLess() -> Int? {
        try? writer.writeWithoutTransaction { db in
            let interval = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 25000")
            return interval
        }
    }

    /// Copies the log into the database file once, and brings back the usual interval.
    private func checkpointAgain(_ interval: Int) {
        try? writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(interval)")
            try db.checkpoint(.passive)
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
