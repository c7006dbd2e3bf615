import GRDB

extension AppDatabase {
    /// Every schema change this version of Damu knows, oldest first: a database written by this
    /// version has exactly these applied.
    public static var knownMigrations: [String] { Schema.migrator.migrations }

    /// The known schema changes applied to this database, oldest first.
    public func appliedMigrations() throws -> [String] {
        try read { db in try Schema.migrator.appliedMigrations(db) }
    }
}
