import Foundation

/// The two reflection cards of seed 004 (§2.5–2.6): the annual card «Оқу жылының қорытындысы»
/// (Table 15) and the weekly card of a teacher new to the profession. Each has the blocks
/// Дайындық, Тереңдеу, Әрекет, Қорытынды; one prompt of the last block carries the 0–10 scale.
public struct ReflectionCardsTemplate: VersionedInstrument {
    public struct Prompt: Codable, Hashable, Sendable {
        public var text: LocalizedText
        /// How many answer fields the prompt gives ("3 moments" gives 3).
        public var items: Int
        /// The prompt opens with the 0–10 scale; its answer says what would add +1.
        public var scale: Bool?

        public var hasScale: Bool { scale == true }
    }

    public struct Block: Codable, Hashable, Sendable {
        public var title: LocalizedText
        public var prompts: [Prompt]
    }

    public struct Card: Codable, Hashable, Sendable {
        public var title: LocalizedText
        /// "15-кесте" for the annual card; the weekly card has no table number.
        public var table: LocalizedText?
        public var blocks: [Block]

        /// Every prompt in order, across the blocks: the order answers are kept in.
        public var prompts: [Prompt] { blocks.flatMap(\.prompts) }
        public var scalePromptIndex: Int? { prompts.firstIndex(where: \.hasScale) }
    }

    public static let identifier = "reflection-cards"
    public static let maximumItems = 5

    public var id: String
    public var version: Int
    public var source: String
    public var corrections: [String]
    public var annual: Card
    public var weekly: Card

    public func card(_ kind: ReflectionCard.Kind) -> Card {
        kind == .annual ? annual : weekly
    }

    public func checkShape(origin: String) throws {
        for (card, what) in [(annual, "annual card"), (weekly, "weekly card")] {
            try ShapeCheck.count(card.blocks.count, 4, "\(what) blocks", origin: origin)
            try ShapeCheck.count(card.blocks.map(\.prompts.count), [3, 3, 3, 2], "\(what) prompts per block", origin: origin)
            try ShapeCheck.count(card.prompts.filter(\.hasScale).count, 1, "\(what) scale prompts", origin: origin)
            try ShapeCheck.kazakh([card.title] + card.blocks.map(\.title) + card.prompts.map(\.text), what, origin: origin)
            for prompt in card.prompts where !(1...Self.maximumItems).contains(prompt.items) {
                throw DamuError.template(String(format: tr("%@: %@: a prompt asks for %ld items"), origin, what, prompt.items))
            }
        }
    }
}

extension ShapeCheck {
    static func count(_ actual: [Int], _ expected: [Int], _ what: String, origin: String) throws {
        guard actual != expected else { return }
        throw DamuError.template(String(
            format: tr("%@: %@: %@, expected %@"), origin, what,
            actual.map(String.init).joined(separator: "+"), expected.map(String.init).joined(separator: "+")))
    }
}

public typealias ReflectionCardsCatalog = InstrumentCatalog<ReflectionCardsTemplate>
