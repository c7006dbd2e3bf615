import DamuCore
import Foundation

/// Runs the chosen parts in order and prints each as it finishes.
struct Bench {
    let options: BenchOptions

    func run() throws {
        let scratch = options.scratch ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("damu-bench-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { if options.scratch == nil { try? FileManager.default.removeItem(at: scratch) } }
        guard let data = ResourceLocator.dataDirectory() else { throw BenchError("Damu's data folder was not found; set DAMU_DATA_DIR") }
        let template = try TemplateCatalog.load(dataDirectory: data).current
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()

        print("damu-bench — \(Machine.summary)")
        print("Figures are medians unless said otherwise; ratios compare figures of the same run. Nothing here passes or fails.")
        fflush(nil)
        if options.parts.contains(.start) {
            try StartupBench(products: products, data: data, template: template, runs: options.runs, scratch: scratch).run()
        }
        fflush(nil)
        if options.parts.contains(.pages) {
            try PagesBench(products: products, data: data, template: template, runs: options.runs, scratch: scratch).run()
        }
        fflush(nil)
        if options.parts.contains(.draw) {
            try DrawingBench(products: products, template: template, scratch: scratch, frames: options.frames).run()
        }
        fflush(nil)
        if options.parts.contains(.store) {
            try StoreBench(template: template, data: data, scales: options.scales, scratch: scratch).run()
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// What the figures were measured on.
enum Machine {
    static var summary: String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "?"
        let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }.map { "\($0 / 1024) MiB RAM" } ?? "?"
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(memory)"
    }
}
