/// The teacher's qualification category (біліктілік санаты), in the order of growth.
public enum QualificationCategory: String, CaseIterable, Codable, Sendable, Comparable {
    case pedagogue, moderator, expert, researcher, master

    /// The official title; the same in Kazakh and Russian documents.
    public var officialTitle: String {
        switch self {
        case .pedagogue: return "Педагог"
        case .moderator: return "Педагог-модератор"
        case .expert: return "Педагог-сарапшы"
        case .researcher: return "Педагог-зерттеуші"
        case .master: return "Педагог-шебер"
        }
    }

    public var title: LocalizedText {
        switch self {
        case .pedagogue: return LocalizedText(["kk": "Педагог", "ru": "Педагог", "en": "Pedagogue"])
        case .moderator:
            return LocalizedText(["kk": "Педагог-модератор", "ru": "Педагог-модератор", "en": "Pedagogue-moderator"])
        case .expert:
            return LocalizedText(["kk": "Педагог-сарапшы", "ru": "Педагог-эксперт", "en": "Pedagogue-expert"])
        case .researcher:
            return LocalizedText(["kk": "Педагог-зерттеуші", "ru": "Педагог-исследователь", "en": "Pedagogue-researcher"])
        case .master:
            return LocalizedText(["kk": "Педагог-шебер", "ru": "Педагог-мастер", "en": "Pedagogue-master"])
        }
    }

    /// Accepts the stored key or the official Kazakh title.
    public init?(argument: String) {
        if let value = QualificationCategory(rawValue: argument.lowercased()) { self = value; return }
        guard let value = QualificationCategory.allCases.first(where: { $0.officialTitle == argument })
        else { return nil }
        self = value
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
