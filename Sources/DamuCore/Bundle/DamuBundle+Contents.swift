extension DamuBundle {
    /// What the file holds, kind by kind, for a person deciding whether it may leave the PC:
    /// "32 lesson analyses", "3 reflection cards", "1 route sheet with its development wheel", …
    public var contents: [String] {
        let analyses = count(.lessonAnalysis), cards = count(.reflectionCard), sheets = count(.routeSheet)
        let routes = count(.professionalRoute) + count(.educationalRoute)
        return [
            String(format: trn("%ld lesson analysis", "%ld lesson analyses", analyses), analyses),
            String(format: trn("%ld reflection card", "%ld reflection cards", cards), cards),
            String(format: trn(
                "%ld route sheet with its development wheel", "%ld route sheets with their development wheels", sheets), sheets),
            String(format: trn("%ld individual route", "%ld individual routes", routes), routes),
        ]
    }

    /// Records the file holds as deletions.
    public var deletionCount: Int { records.filter { $0.deletedAt != nil }.count }
}
