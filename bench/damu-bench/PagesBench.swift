import DamuCore
import DamuStore
import Foundation

/// Going from page to page once Damu has started: the demo teacher's route sheet and its tabs, the
/// reflection cards, the lessons and their trends, the profile form, the profiles and a new
/// analysis, each timed from the step to the end of the frame that shows it (`PageTourReport`).
/// Not an item of issue 7: a page whose wrapped text GTK laid out thousands of times took 1.5 s
/// to appear, and this is where such a page shows.
struct PagesBench {
    let products: URL
    let data: URL
    let template: LessonAnalysisTemplate
    let runs: Int
    let scratch: URL

    func run() throws {
        guard ProcessInfo.processInfo.environment["DISPLAY"] != nil || ProcessInfo.processInfo.environment["WAYLAND_DISPLAY"] != nil else {
            throw BenchError("the pages part needs a display; scripts/bench runs it under xvfb-run")
        }
        let damu = products.appendingPathComponent("damu")
        guard FileManager.default.isExecutableFile(atPath: damu.path) else { throw BenchError("\(damu.path) is not built (swift build -c release)") }
        let folder = scratch.appendingPathComponent("pages", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("damu.sqlite")
        let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: 2025)
        try AppDatabase.open(at: database).saveDemo(profile: profile, analyses: analyses, template: template)

        var environment = ChildProcess.session(in: folder, data: data)
        environment.merge(["DAMU_DB": database.path, "DAMU_BENCH_PAGES": "1", "DAMU_BENCH_PROFILE": profile.id.uuidString]) { $1 }

        print("\nPages: from one page to the next once Damu has started")
        print("The demo teacher's year (\(analyses.count) lessons), the window at the size it opens in, the renderer Damu chooses;")
        print("\(runs) tours after one warm-up; nothing is saved. Milliseconds from the step to the end of the frame")
        print("that shows it: median (fastest–slowest).")
        _ = try tour(damu, environment)
        var steps: [String] = []
        var samples: [String: Sample] = [:]
        for _ in 0..<runs {
            for (step, milliseconds) in try tour(damu, environment) {
                if samples[step] == nil { steps.append(step) }
                samples[step, default: Sample()].add(milliseconds)
            }
        }
        let widths = [22, 20]
        print("  " + Format.row(["", "to its frame"], widths))
        for step in steps {
            guard let sample = samples[step] else { continue }
            print("  " + Format.row([step, "\(Format.ms(sample.median)) (\(Int(sample.best))–\(Int(sample.worst)))"], widths))
        }
    }

    /// One tour: each step's milliseconds, in the order taken.
    private func tour(_ damu: URL, _ environment: [String: String]) throws -> [(String, Double)] {
        let run = try ChildProcess.run(damu, environment: environment)
        guard let line = run.output.split(separator: "\n").first(where: { $0.hasPrefix("pages ") }) else {
            throw BenchError("damu reported no tour of its pages (status \(run.status)): \(run.output)")
        }
        return try line.dropFirst("pages ".count).split(separator: ",").map { entry in
            let parts = entry.split(separator: "=")
            guard parts.count == 2, let milliseconds = Double(parts[1]) else { throw BenchError("unreadable report: \(line)") }
            return (String(parts[0]), milliseconds)
        }
    }
}
