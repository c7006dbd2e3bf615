import Foundation

/// One filled reflection card: the annual card of an academic year, or the weekly card of one
/// week of it. Answers follow the template's prompts in order, each with as many items as the
/// prompt asks for. A draft can be saved and resumed; finishing it only clears `isDraft`.
public struct ReflectionCard: Identifiable, Hashable, Codable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case annual, weekly
    }

    public var id: UUID
    public var profileID: UUID
    public var createdAt: Date
    public var updatedAt: Date
    public var kind: Kind
    public var academicYear: AcademicYear
    /// The week of the academic year (1-based) a weekly card is about; nil on the annual card.
    public var week: Int?
    public var templateID: String
    public var templateVersion: Int
    /// The language the template was shown in while this was written.
    public var language: String
    /// One list per prompt, in the template's order; each list has the prompt's `items` answers.
    public var answers: [[String]]
    /// The year-satisfaction (annual) or confidence (weekly) scale, 0–10.
    public var score: Int?
    public var isDraft: Bool

    /// A blank card of `template`.
    public init(
        id: UUID = UUID(), profileID: UUID, kind: Kind, academicYear: AcademicYear, week: Int? = nil,
        template: ReflectionCardsTemplate, language: String, createdAt: Date = Date()
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.kind = kind
        self.academicYear = academicYear
        self.week = week
        self.templateID = template.id
        self.templateVersion = template.version
        self.language = language
        answers = template.card(kind).prompts.map { Array(repeating: "", count: $0.items) }
        score = nil
        isDraft = true
    }

    /// Every field as stored.
    public init(
        id: UUID, profileID: UUID, createdAt: Date, updatedAt: Date, kind: Kind, academicYear: AcademicYear,
        week: Int?, templateID: String, templateVersion: Int, language: String, answers: [[String]],
        score: Int?, isDraft: Bool
    ) {
        self.id = id
        self.profileID = profileID
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.kind = kind
        self.academicYear = academicYear
        self.week = week
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.language = language
        self.answers = answers
        self.score = score
        self.isDraft = isDraft
    }

    /// The week a weekly card is about, with its dates.
    public var academicWeek: AcademicWeek? {
        guard let week else { return nil }
        let weeks = academicYear.weeks
        return weeks.indices.contains(week - 1) ? weeks[week - 1] : nil
    }

    /// The answer to the scale prompt: what would add +1.
    public func plusOne(template: ReflectionCardsTemplate) -> String {
        guard let index = template.card(kind).scalePromptIndex, answers.indices.contains(index) else { return "" }
        return answers[index].first ?? ""
    }

    /// True when no answer is written and no score chosen.
    public var isBlank: Bool {
        score == nil && answers.allSatisfy { $0.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }
    }

    /// The card as it may be saved against `template`: every answer, the week and the score checked.
    public func validated(against template: ReflectionCardsTemplate) throws -> ReflectionCard {
        guard template.id == templateID, template.version == templateVersion else {
            throw DamuError.template("card \(id) was filled against \(templateID) v\(templateVersion)")
        }
        guard LocalizedText.languages.contains(language) else {
            throw DamuError.invalid(field: tr("Language"), message: String(format: tr("“%@” is not kk, ru or en"), language))
        }
        let cardName = kind == .annual ? tr("Annual card") : tr("Weekly card")
        switch kind {
        case .annual:
            guard week == nil else {
                throw DamuError.invalid(field: cardName, message: tr("an annual card has no week"))
            }
        case .weekly:
            let count = academicYear.weeks.count
            guard let week, (1...count).contains(week) else {
                throw DamuError.invalid(
                    field: cardName,
                    message: String(format: tr("the week must be a number from 1 to %ld of the academic year"), count))
            }
        }
        try Score.validate(score, field: kind == .annual ? tr("Year satisfaction") : tr("Confidence"))
        let prompts = template.card(kind).prompts
        guard answers.count == prompts.count else {
            throw DamuError.invalid(
                field: cardName,
                message: String(format: tr("has %ld answers; the template asks %ld questions"), answers.count, prompts.count))
        }
        var card = self
        card.answers = try zip(answers, prompts).enumerated().map { index, pair in
            let (items, prompt) = pair
            let field = String(format: tr("%@, question %ld"), cardName, index + 1)
            guard items.count == prompt.items else {
                throw DamuError.invalid(
                    field: field, message: String(format: tr("has %ld answers; the question asks for %ld"), items.count, prompt.items))
            }
            return try items.map { try TextRules.paragraph($0, field: field) }
        }
        return card
    }
}
