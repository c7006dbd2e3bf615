/// A score on the 0–10 scale used by the balance wheel and by scaling.
public enum Score {
    public static let range = 0...10

    public static func validate(_ value: Int?, field: @autoclosure () -> String) throws {
        guard let value else { return }
        guard range.contains(value) else {
            throw DamuError.invalid(
                field: field(), message: String(format: tr("score %ld is outside 0–10"), value))
        }
    }
}
