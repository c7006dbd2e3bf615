/// The `wheelScores` column of a lesson analysis: its wheel's scores in sector order, as
/// "7,5,,9,6,4,10,3" (an unscored sector left empty). The answers keep the whole wheel; this copy,
/// written with them in one row, lets the lesson list and the trends read ten years of lessons
/// without parsing every answer.
enum WheelScoresColumn {
    static func text(_ scores: [Int?]) -> String {
        scores.map { $0.map(String.init) ?? "" }.joined(separator: ",")
    }

    /// The scores, or nil when the text is not a list of 0–10 scores.
    static func scores(_ text: String) -> [Int?]? {
        var scores: [Int?] = []
        var current: Int?
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let value = (current ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
                guard value <= 10 else { return nil }
                current = value
            case UInt8(ascii: ","):
                scores.append(current)
                current = nil
            default:
                return nil
            }
        }
        scores.append(current)
        return scores
    }
}
