import DamuCore
import DamuStore
import Foundation

/// Items 1 and 2: start to first painted frame, and resident memory then, of Damu opening a
/// profile with a year of lessons and of Damu on its list of profiles, of bench-bare-window, and of the same window from a Swift
/// program linked with Damu's libraries (bench-bare-window-swift), started in turn under the same
/// renderer settings; then Damu's own renderer choice against GTK's default.
struct StartupBench {
    let products: URL
    let data: URL
    let template: LessonAnalysisTemplate
    let runs: Int
    let scratch: URL

    struct Configuration {
        let name: String
        let environment: [String: String]
    }

    /// The renderer settings compared. The first leaves both programs to choose: Damu decides
    /// itself (RendererChoice), the bare window gets GTK's default.
    static let configurations = [
        Configuration(name: "nothing set: Damu's own choice, GTK's default for the bare window", environment: [:]),
        Configuration(name: "cairo, GL never loaded (GDK_DEBUG=gl-disable GSK_RENDERER=cairo)",
                      environment: ["GDK_DEBUG": "gl-disable", "GSK_RENDERER": "cairo"]),
        Configuration(name: "cairo, GL loaded at display open (GSK_RENDERER=cairo)", environment: ["GSK_RENDERER": "cairo"]),
        Configuration(name: "GL (GSK_RENDERER=gl)", environment: ["GSK_RENDERER": "gl"]),
    ]

    struct Launch {
        var milliseconds = Sample()
        var kib = Sample()
        /// The anonymous part of `kib`: heap, stacks and written pages, the process's own.
        var anonymousKiB = Sample()
        var renderers: Set<String> = []
        /// Milliseconds spent between Damu's start-up marks, by the phase that ends at the mark.
        var phases: [String: Sample] = [:]
    }

    /// Damu's marks (FirstFrameReport) in order, and what the time before each one was spent on.
    static let phases = [
        ("run", "loading and linking, Swift runtime"), ("gtk", "GTK start-up, D-Bus"),
        ("database", "opening the database"), ("window", "building the window"),
        ("profile", "reading and showing the year"), ("present", "presenting: style, layout"),
        ("frame", "first frame painted"),
    ]

    func run() throws {
        guard ProcessInfo.processInfo.environment["DISPLAY"] != nil || ProcessInfo.processInfo.environment["WAYLAND_DISPLAY"] != nil else {
            throw BenchError("the start-up part needs a display; scripts/bench runs it under xvfb-run")
        }
        let damu = products.appendingPathComponent("damu"), bare = products.appendingPathComponent("bench-bare-window")
        let swiftBare = products.appendingPathComponent("bench-bare-window-swift")
        for program in [damu, bare, swiftBare] where !FileManager.default.isExecutableFile(atPath: program.path) {
            throw BenchError("\(program.path) is not built (swift build -c release)")
        }
        let folder = scratch.appendingPathComponent("startup", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("damu.sqlite")
        let (profile, analyses) = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: 2025)
        let (fullProfile, fullYear) = fullYear()
        let store = try AppDatabase.open(at: database)
        try store.saveDemo(profile: profile, analyses: analyses, template: template)
        try store.saveDemo(profile: fullProfile, analyses: fullYear, template: template)

        print("\n1–2. Start to first painted frame, and resident memory then")
        print("Damu opens a profile with a year of lessons from \(database.lastPathComponent): the demo teacher's (\(analyses.count) analyses, about one")
        print("a week), then one with \(fullYear.count), a lesson analysed every school day, as in the store's scale; \"profiles\" is Damu")
        print("as a teacher starts it, on the list of the two teachers' profiles. The bare window is")
        print("bench/bare-window (C, one label); \"Swift floor\" is that window from a Swift program linked with Damu's libraries")
        print("(Swift runtime, Foundation, SQLite through GRDB) and does nothing else; both Swift programs have the runtime and")
        print("Foundation linked in, as scripts/install builds damu. Damu starts as its desktop file starts it, without")
        print("arguments (the database in DAMU_DB). \(runs) launches of each, in turn, after one warm-up of each;")
        print("time from spawn to the first frame clock after-paint; figures: median (fastest–slowest).")
        let widths = [20, 20, 30, 16]
        var results: [(Configuration, Launch)] = []
        for configuration in Self.configurations {
            var base = ChildProcess.session(in: folder, data: data)
            base.merge(configuration.environment) { $1 }
            var damuEnvironment = base
            damuEnvironment["DAMU_BENCH_FIRST_FRAME"] = "1"
            damuEnvironment["DAMU_BENCH_PROFILE"] = profile.id.uuidString
            damuEnvironment["DAMU_DB"] = database.path
            var fullYearEnvironment = damuEnvironment
            fullYearEnvironment["DAMU_BENCH_PROFILE"] = fullProfile.id.uuidString
            // What a teacher sees at every start: whose work is this?
            var chooserEnvironment = damuEnvironment
            chooserEnvironment["DAMU_BENCH_PROFILE"] = nil
            let programs = [
                ("Damu, \(analyses.count) lessons", damu, damuEnvironment), ("Damu, \(fullYear.count) lessons", damu, fullYearEnvironment),
                ("Damu, profiles", damu, chooserEnvironment), ("bare window", bare, base), ("Swift floor", swiftBare, base),
            ]
            var launches = Array(repeating: Launch(), count: programs.count)
            // Warm-up: file cache, fontconfig cache, GL shader cache.
            for (_, program, environment) in programs { _ = try launch(program, environment: environment) }
            for _ in 0..<runs {
                for (index, (_, program, environment)) in programs.enumerated() {
                    try record(launch(program, environment: environment), into: &launches[index])
                }
            }
            let (damuLaunches, fullLaunches, chooserLaunches) = (launches[0], launches[1], launches[2])
            let (bareLaunches, floorLaunches) = (launches[3], launches[4])
            results.append((configuration, damuLaunches))
            defer { fflush(nil) }
            print("\n  \(configuration.name)")
            print("  " + Format.row(["", "first frame", "memory (own)", "renderer"], widths))
            for ((name, _, _), launches) in zip(programs, launches) {
                let time = "\(Format.ms(launches.milliseconds.median)) (\(Int(launches.milliseconds.best))–\(Int(launches.milliseconds.worst)))"
                let memory = "\(Format.mib(launches.kib.median)) (\(Format.mib(launches.anonymousKiB.median)))"
                print("  " + Format.row([name, time, memory, launches.renderers.sorted().joined(separator: ", ")], widths))
            }
            for (start, launches) in [
                ("with \(analyses.count) lessons", damuLaunches), ("with \(fullYear.count) lessons", fullLaunches), ("on its profiles", chooserLaunches),
            ] {
                let breakdown = Self.phases.compactMap { mark, meaning in
                    launches.phases[mark].map { "\(meaning) \(Int($0.median.rounded()))" }
                }
                if !breakdown.isEmpty { print("  Damu's start \(start), ms: " + breakdown.joined(separator: " · ")) }
            }
            // The goals compare like with like; with nothing set the two may run different renderers.
            let same = !configuration.environment.isEmpty
            for (name, launches) in [
                ("Damu / bare", damuLaunches), ("Damu \(fullYear.count) / bare", fullLaunches), ("profiles / bare", chooserLaunches),
            ] {
                print("  " + Format.row([
                    name, Format.ratio(launches.milliseconds.median / bareLaunches.milliseconds.median) + (same ? " (goal ≤ 1.15×)" : ""),
                    Self.memoryRatios(launches, bareLaunches, goal: same ? " (goal ≤ 1.25×)" : ""),
                    same ? "" : "(renderers differ)",
                ], widths))
            }
            print("  " + Format.row([
                "floor / bare", Format.ratio(floorLaunches.milliseconds.median / bareLaunches.milliseconds.median),
                Self.memoryRatios(floorLaunches, bareLaunches), "(Damu's libraries alone)",
            ], widths))
        }
        if let own = results.first?.1, let gl = results.last?.1 {
            print("\n  What Damu's own choice saves against GTK's GL renderer on this machine: Damu \(Format.ms(own.milliseconds.median)) and \(Format.mib(own.kib.median))")
            print("  against \(Format.ms(gl.milliseconds.median)) and \(Format.mib(gl.kib.median)) with GSK_RENDERER=gl (\(Format.ratio(gl.milliseconds.median / own.milliseconds.median)) the time, \(Format.ratio(gl.kib.median / own.kib.median)) the memory).")
        }
    }

    /// A teacher who analyses a lesson every school day: the demo year's lessons, one on each of
    /// the year's first 200 school days, as in the store's scale (`ScaleData.perYear`).
    private func fullYear() -> (Profile, [LessonAnalysis]) {
        let (profile, demo) = DemoYear.make(template: template, language: "kk", startingYear: 2024, seed: 2026)
        let days = ScaleData.schoolDays(startingYear: 2024).prefix(ScaleData.perYear)
        var rng = SplitMix64(seed: 2026)
        let analyses = days.enumerated().map { index, day -> LessonAnalysis in
            var analysis = demo[index % demo.count]
            analysis.id = rng.uuid()
            analysis.lesson.date = day
            (analysis.createdAt, analysis.updatedAt) = (day.date, day.date)
            analysis.followUp = nil
            return analysis
        }
        return (profile, analyses)
    }

    /// Resident memory of `a` over `b`, then the same for the anonymous part ("own").
    private static func memoryRatios(_ a: Launch, _ b: Launch, goal: String = "") -> String {
        "\(Format.ratio(a.kib.median / b.kib.median))\(goal), own \(Format.ratio(a.anonymousKiB.median / b.anonymousKiB.median))"
    }

    private func record(_ measured: Measured, into launches: inout Launch) throws {
        launches.milliseconds.add(measured.milliseconds)
        launches.kib.add(measured.kib)
        launches.anonymousKiB.add(measured.anonymousKiB)
        launches.renderers.insert(measured.renderer)
        for (phase, milliseconds) in measured.phases { launches.phases[phase, default: Sample()].add(milliseconds) }
    }

    struct Measured {
        let milliseconds: Double
        let kib: Double
        let anonymousKiB: Double
        let renderer: String
        let phases: [String: Double]
    }

    /// Starts `program`, waits for its `first-frame <ns> <KiB> <renderer> <anonymous KiB> [marks]`
    /// line (it exits after printing it) and returns milliseconds from spawn, the memory, the
    /// renderer and Damu's phases.
    private func launch(_ program: URL, environment: [String: String]) throws -> Measured {
        let run = try ChildProcess.run(program, environment: environment)
        let started = run.started
        guard let line = run.output.split(separator: "\n").first(where: { $0.hasPrefix("first-frame ") }) else {
            throw BenchError("\(program.lastPathComponent) reported no first frame (status \(run.status)): \(run.output)")
        }
        let fields = line.split(separator: " ")
        guard fields.count >= 5, let frame = Int64(fields[1]), let kib = Double(fields[2]), let anonymous = Double(fields[4]) else {
            throw BenchError("unreadable report: \(line)")
        }
        var phases: [String: Double] = [:]
        var previous = started
        let marks = fields.count > 5 ? fields[5].split(separator: ",") : []
        for mark in marks + ["frame=\(frame)"] {
            let parts = mark.split(separator: "=")
            guard parts.count == 2, let time = Int64(parts[1]) else { continue }
            phases[String(parts[0])] = Double(time - previous) / 1e6
            previous = time
        }
        return Measured(milliseconds: Double(frame - started) / 1e6, kib: kib, anonymousKiB: anonymous, renderer: String(fields[3]),
                        phases: marks.isEmpty ? [:] : phases)
    }
}
