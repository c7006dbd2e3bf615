/// The assessment scale of the route sheets (бағалау шәкілі): achieved (+), partially achieved (±),
/// not achieved (−), or no mark yet. The seed prints "partially" with a "+" (an extraction defect).
public enum RouteMark: String, CaseIterable, Codable, Sendable {
    case achieved = "+"
    case partial = "±"
    case notAchieved = "−"
    case none

    /// The three marks a teacher can give, in the order the scale is read.
    public static let scale: [RouteMark] = [.achieved, .partial, .notAchieved]

    /// The sign shown in the sheet's scale column; empty for no mark.
    public var symbol: String { self == .none ? "" : rawValue }

    /// Reads what a teacher types or a bundle holds. Keyboards without ± or − get the ASCII
    /// spellings "+-", "+/-" and "-"; anything else is not a mark.
    public init?(symbol: String) {
        switch symbol.trimmingCharacters(in: .whitespaces) {
        case "+": self = .achieved
        case "±", "+-", "+/-", "+−": self = .partial
        case "−", "-", "–": self = .notAchieved
        case "", "none": self = .none
        default: return nil
        }
    }

    /// Parses `symbol` for the row named `row`, naming both when it is not a mark.
    public static func parse(_ symbol: String, row: String) throws -> RouteMark {
        guard let mark = RouteMark(symbol: symbol) else {
            throw DamuError.invalid(field: row, message: String(format: tr("“%@” is not a mark; use +, ± or −"), symbol))
        }
        return mark
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try Self.parse(text, row: tr("Mark"))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
