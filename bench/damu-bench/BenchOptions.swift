import Foundation

struct BenchOptions {
    enum Part: String, CaseIterable { case start, pages, draw, store }

    var runs = 15
    var frames = 300
    var parts = Set(Part.allCases)
    var scales = [1, 10, 100]
    var scratch: URL?

    static let usage = "usage: damu-bench [--runs N] [--frames N] [--parts start,pages,draw,store] [--scales 1,10,100] [--scratch DIR]"

    enum Parsed {
        case bench(BenchOptions)
        case onScreen(OnScreenDrawing.Picture, Int)
        case failure(String)
    }

    static func parse(_ arguments: [String]) -> Parsed {
        var options = BenchOptions()
        var rest = arguments[...]
        func value() -> String? { rest.isEmpty ? nil : rest.removeFirst() }
        while let argument = rest.popFirst() {
            switch argument {
            case "--on-screen":
                guard let name = value(), let picture = OnScreenDrawing.Picture(rawValue: name),
                      let frames = value().flatMap(Int.init), frames > 0
                else { return .failure("--on-screen wheel|trend FRAMES") }
                return .onScreen(picture, frames)
            case "--runs":
                guard let runs = value().flatMap(Int.init), runs >= 1 else { return .failure("--runs needs a number ≥ 1") }
                options.runs = runs
            case "--frames":
                guard let frames = value().flatMap(Int.init), frames >= 1 else { return .failure("--frames needs a number ≥ 1") }
                options.frames = frames
            case "--parts":
                let names = (value() ?? "").split(separator: ",").map(String.init)
                let parts = names.compactMap(Part.init(rawValue:))
                guard !parts.isEmpty, parts.count == names.count else { return .failure("--parts takes start,pages,draw,store") }
                options.parts = Set(parts)
            case "--scales":
                let scales = (value() ?? "").split(separator: ",").compactMap { Int($0) }
                guard !scales.isEmpty, scales.allSatisfy({ $0 >= 1 }) else { return .failure("--scales takes e.g. 1,10,100") }
                options.scales = scales.sorted()
            case "--scratch":
                guard let path = value() else { return .failure("--scratch needs a folder") }
                options.scratch = URL(fileURLWithPath: path, isDirectory: true)
            case "--help", "-h":
                print(usage)
                exit(0)
            default:
                return .failure("unknown argument \(argument)")
            }
        }
        return .bench(options)
    }
}
