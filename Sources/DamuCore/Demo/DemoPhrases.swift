/// The small pools of words the demo year is built from, in one language. Every language has pools
/// of the same sizes, so one seed draws the same year (dates, scores, choices) in each of them.
struct DemoPhrases: Sendable {
    enum Subject: Int, CaseIterable, Sendable {
        case mathematics, algebra, geometry
    }

    /// A growth-point step written to fit one of the template's three sentence starters.
    struct Step: Sendable {
        let starter: Int
        let text: String
    }

    let language: String
    let teachers: [String]
    let mentors: [String]
    /// The school's name with `{n}` where its number goes.
    let school: String
    let subjectsTaught: String
    let methodologicalTopics: [String]
    let developmentGoals: [String]
    /// The teacher's four classes: grades 5, 6, 7 and 8.
    let classes: [String]
    let subjectNames: [Subject: String]
    /// Topics of each subject in the order they are taught.
    let topics: [Subject: [String]]
    /// One pool per context question; `{topic}` is replaced by the lesson's topic.
    let context: [[String]]
    /// Scaling: "why not lower?", then "what would add +1?" by wheel sector, then helpers and signs.
    let whyNotLower: [String]
    let plusOneBySector: [String]
    let helpers: [String]
    let signsOfChange: [String]
    /// One pool per coaching question.
    let coaching: [[String]]
    /// Steps that work on each wheel sector.
    let stepsBySector: [[Step]]
    let followUpNotes: [GrowthFollowUp.Outcome: [String]]

    static func forLanguage(_ language: String) -> DemoPhrases {
        switch language {
        case "ru": return russian
        case "en": return english
        default: return kazakh
        }
    }
}
