/// Deals the indices of a pool of phrases like a shuffled deck: every phrase once before any comes
/// again, and never the same one twice in a row, so a year of answers does not read as a loop.
struct PhraseDeck {
    private let count: Int
    private var order: [Int] = []
    private var last: Int?

    init(count: Int) {
        precondition(count > 0)
        self.count = count
    }

    mutating func next(_ rng: inout SplitMix64) -> Int {
        if order.isEmpty {
            order = rng.shuffled(Array(0..<count))
            if order.count > 1, order.last == last { order.swapAt(0, order.count - 1) }
        }
        let index = order.removeLast()
        last = index
        return index
    }
}
