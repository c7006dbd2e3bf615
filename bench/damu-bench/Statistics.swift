import Foundation

/// Durations or sizes of repeated measurements.
struct Sample {
    private(set) var values: [Double] = []

    mutating func add(_ value: Double) { values.append(value) }

    var median: Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var worst: Double { values.max() ?? .nan }
    var best: Double { values.min() ?? .nan }
}

enum Clock {
    static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    /// Milliseconds `body` took.
    static func milliseconds(_ body: () throws -> Void) rethrows -> Double {
        let start = nanoseconds()
        try body()
        return Double(nanoseconds() - start) / 1e6
    }
}

enum Format {
    static func ms(_ value: Double) -> String {
        value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
    }

    static func mib(_ kib: Double) -> String { String(format: "%.1f MiB", kib / 1024) }

    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }

    static func padded(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// A row of cells padded to `widths`.
    static func row(_ cells: [String], _ widths: [Int]) -> String {
        var line = zip(cells, widths).map { padded($0, $1) }.joined()
        while line.last == " " { line.removeLast() }
        return line
    }
}
