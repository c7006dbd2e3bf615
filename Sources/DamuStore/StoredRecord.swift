import GRDB

/// How every Damu record writes and reads its ids and dates.
protocol StoredRecord: EncodableRecord {}

extension StoredRecord {
    /// Ids are stored as text, the form a bundle and a person reading the file both use.
    static func databaseUUIDEncodingStrategy(for column: String) -> DatabaseUUIDEncodingStrategy { .uppercaseString }

    /// GRDB's own text, written without an ICU formatter (see StoredDate).
    static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { StoredDate.value($0) }
    }
}

extension StoredRecord where Self: FetchableRecord {
    /// GRDB's own dates, read without a Calendar (see StoredDate).
    static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        .custom { StoredDate.date($0) }
    }
}
