import DamuCore
import DamuStore
import Foundation

/// Item 4: the store at three sizes. The database grows from the smallest to the largest size in
/// place (one teacher's ten years at 1×, ten teachers at 10×, a hundred at 100×), and at each size
/// the same teacher's history, year and export are read, and 100 other teachers' bundles are
/// imported into a copy: what a teacher waits for should not grow with the number of colleagues
/// on the PC, and nothing may grow faster than the data.
struct StoreBench {
    let template: LessonAnalysisTemplate
    let data: URL
    let scales: [Int]
    let scratch: URL
    let repetitions = 15

    struct Figures {
        var scale = 0
        var analyses = 0
        var fillSeconds = 0.0
        var megabytes = 0.0
        var open = Sample()
        var profiles = Sample()
        var history = Sample()
        var newAnalysis = Sample()
        var wholeHistory = Sample()
        var comparisons = Sample()
        var teamList = Sample()
        var yearTrends = Sample()
        var export = Sample()
        var exportKiB = 0.0
        /// `damu import` given all the files: the next one read while this one is written.
        var importing = Sample()
        /// `damu import` run once per file.
        var importingOneByOne = Sample()
        /// Of `importingOneByOne`: parsing and checking the files, before any database work.
        var reading = Sample()
    }

    /// Bundles imported at each size: a hundred teachers from other PCs, one year each.
    static let visitors = 100
    /// Each import goes into a fresh copy of the database, so every repetition adds as much.
    let importRepetitions = 3

    func run() throws {
        let perTeacher = ScaleData.years * ScaleData.perYear
        print("\n4. Store at scale: teachers × \(ScaleData.years) years × \(ScaleData.perYear) lesson analyses (\(perTeacher) per teacher),")
        print("   each year with its annual card, route sheet and both individual routes")
        print("Each figure: median (slowest) of \(repetitions) repetitions after one warm-up, warm file cache;")
        print("importing: of \(importRepetitions), each into a fresh copy of the database.")
        fflush(nil)
        let url = scratch.appendingPathComponent("store/damu.sqlite")
        let copy = scratch.appendingPathComponent("store/import.sqlite")
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
        let years = try ScaleYears(template: template, data: data)
        let bundles = try visitorBundles(years)
        let bundleMiB = Double(bundles.reduce(0) { $0 + $1.count }) / 1_048_576
        let bundleFiles = try bundles.enumerated().map { index, bytes in
            let file = url.deletingLastPathComponent().appendingPathComponent("visitors/visitor-\(index).json")
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file)
            return file
        }
        var teachers = 0
        var all: [Figures] = []
        // The teacher measured is the first one: the same rows at every size.
        let measured = years.lessons.teacher(0).0
        let year = ScaleData.firstYear + ScaleData.years / 2
        let academicYear = try AcademicYear(startYear: year)
        for scale in scales {
            var figures = Figures()
            figures.scale = scale
            let fill = try Clock.milliseconds {
                let database = try AppDatabase.open(at: url)
                while teachers < scale {
                    _ = try years.save(teachers, into: database)
                    teachers += 1
                }
            }
            figures.fillSeconds = fill / 1000
            figures.analyses = teachers * perTeacher
            // Closing the pool folds the log into the file: its size is the database's.
            figures.megabytes = Double(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0) / 1_048_576

            for repetition in 0...repetitions {
                var database: AppDatabase?
                let open = try Clock.milliseconds { database = try AppDatabase.open(at: url, create: false) }
                guard let database else { continue }
                var count = 0, trendPoints = 0, exported = Data()
                let profiles = try Clock.milliseconds { count = try database.profiles().count }
                // What the lessons page reads when it opens: every lesson in summary, the newest whole.
                let history = try Clock.milliseconds {
                    let lessons = try database.lessonOverview(profileID: measured.id)
                    guard let newest = lessons.latest, try database.analysis(id: newest.id) != nil else {
                        throw BenchError("the store bench found no lessons")
                    }
                }
                // What a new analysis reads: the newest lesson (its sector names, its subject) and
                // the last growth point to ask about; before, the whole history, timed beside it.
                let newAnalysis = try Clock.milliseconds {
                    guard try database.latestAnalysis(profileID: measured.id) != nil,
                          try database.lastGrowthPoint(profileID: measured.id) != nil
                    else { throw BenchError("the store bench found no growth point") }
                }
                var wholeCount = 0
                let wholeHistory = try Clock.milliseconds { wholeCount = try database.history(profileID: measured.id).analyses.count }
                // What the coach's comparisons on the projector read: the lessons each one pairs.
                var compared = 0
                let comparisons = try Clock.milliseconds {
                    let lessons = try database.comparableLessons(profileID: measured.id)
                    compared = ComparisonChoice.allCases.compactMap { $0.comparison(in: lessons) }.count
                }
                // What the team picture's list reads: every teacher's number of lessons and latest one.
                var listed = 0
                let teamList = try Clock.milliseconds {
                    let counts = try database.analysisCounts()
                    listed = try database.profiles().filter { counts[$0.id] != nil }.compactMap { try database.latestAnalysis(profileID: $0.id) }.count
                }
                let yearTrends = try Clock.milliseconds {
                    let lessons = try database.history(profileID: measured.id, academicYearStartingIn: year)
                    let sectors = (0..<8).map { lessons.sectorTrend($0) }
                    trendPoints = sectors.reduce(0) { $0 + $1.points.count } + lessons.wheelMeanTrend.points.count + lessons.scalingTrend.points.count
                }
                let export = try Clock.milliseconds {
                    exported = try database.exportBundle(
                        profileID: measured.id, scope: .init(kind: .academicYear, academicYear: academicYear)).encoded()
                }
                guard count == scale, trendPoints > 0, !exported.isEmpty, wholeCount == perTeacher, listed == scale,
                      compared == ComparisonChoice.allCases.count
                else { throw BenchError("the store bench read wrong data") }
                if repetition == 0 { continue }
                figures.open.add(open)
                figures.profiles.add(profiles)
                figures.history.add(history)
                figures.newAnalysis.add(newAnalysis)
                figures.wholeHistory.add(wholeHistory)
                figures.comparisons.add(comparisons)
                figures.teamList.add(teamList)
                figures.yearTrends.add(yearTrends)
                figures.export.add(export)
                figures.exportKiB = Double(exported.count) / 1024
            }
            for _ in 0..<importRepetitions {
                figures.importing.add(try importTogether(bundleFiles, into: copy, from: url))
                let (total, reading) = try importOneByOne(bundleFiles, into: copy, from: url)
                figures.importingOneByOne.add(total)
                figures.reading.add(reading)
            }
            all.append(figures)
            print("  \(scale)×: measured"); fflush(nil)
        }

        let widths = [30] + Array(repeating: 22, count: all.count)
        print("  " + Format.row(["size"] + all.map { "\($0.scale)× (\($0.analyses) analyses)" }, widths))
        print("  " + Format.row(["database file"] + all.map { String(format: "%.1f MB", $0.megabytes) }, widths))
        print("  " + Format.row(["filling it (a transaction a year)"] + all.map { String(format: "%.1f s so far", $0.fillSeconds) }, widths))
        func line(_ name: String, _ goal: String, _ pick: (Figures) -> Sample) {
            print("  " + Format.row([name] + all.map { "\(Format.ms(pick($0).median)) (\(Format.ms(pick($0).worst)))" }, widths) + goal)
        }
        line("open the database", "", \.open)
        line("list the profiles", "", \.profiles)
        line("open a teacher's history (\(perTeacher))", "   goal < 20 ms", \.history)
        line("start a new analysis", "", \.newAnalysis)
        line("  the whole history, as it read", "", \.wholeHistory)
        line("compare lessons on the projector", "", \.comparisons)
        line("the team picture's list", "", \.teamList)
        line("a year's trends (\(ScaleData.perYear) lessons)", "   goal < 20 ms", \.yearTrends)
        line("export one profile-year (\(all.last.map { String(format: "%.0f KiB", $0.exportKiB) } ?? ""))", "   goal < 100 ms", \.export)
        line("import \(Self.visitors) bundles (\(String(format: "%.1f MiB", bundleMiB)))", "   goal < 3 s", \.importing)
        line("  one file per damu import", "", \.importingOneByOne)
        line("    of which reading and checking", "", \.reading)
        if let first = all.first, all.count > 1 {
            print("\n  Growth against \(first.scale)× (the data grew \(all.dropFirst().map { Format.ratio(Double($0.analyses) / Double(first.analyses)) }.joined(separator: ", ")); linear would match it):")
            for (name, pick) in [("database file", { (f: Figures) in f.megabytes }),
                                 ("open the database", { (f: Figures) in f.open.median }),
                                 ("list the profiles", { (f: Figures) in f.profiles.median }),
                                 ("open a teacher's history", { (f: Figures) in f.history.median }),
                                 ("start a new analysis", { (f: Figures) in f.newAnalysis.median }),
                                 ("compare lessons", { (f: Figures) in f.comparisons.median }),
                                 ("the team picture's list", { (f: Figures) in f.teamList.median }),
                                 ("a year's trends", { (f: Figures) in f.yearTrends.median }),
                                 ("export one profile-year", { (f: Figures) in f.export.median }),
                                 ("import \(Self.visitors) bundles", { (f: Figures) in f.importing.median })] {
                print("  " + Format.row([name] + all.dropFirst().map { Format.ratio(pick($0) / pick(first)) }, [30] + Array(repeating: 12, count: all.count - 1)))
            }
        }
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// One year of each of `visitors` teachers who are not on this PC, exported as a teacher
    /// would hand it in.
    private func visitorBundles(_ years: ScaleYears) throws -> [Data] {
        let database = try AppDatabase.inMemory()
        return try (0..<Self.visitors).map { index in
            let (profile, lastYear) = years.teacher(1_000_000 + index, years: (ScaleData.years - 1)..<ScaleData.years)
            let year = lastYear[0]
            try database.saveDemo(
                profile: profile, analyses: year.analyses, template: template, routes: year.routes,
                cards: year.cards, cardsTemplate: years.cardsTemplate)
            return try database.exportBundle(
                profileID: profile.id, scope: .init(kind: .academicYear, academicYear: try AcademicYear(startYear: year.startYear)))
                .encoded()
        }
    }

    /// Milliseconds to import every bundle file as `damu import` given them all does (each in its
    /// own transaction, the next file read and checked meanwhile), into a fresh copy of `url`.
    private func importTogether(_ files: [URL], into copy: URL, from url: URL) throws -> Double {
        try importing(files, into: copy, from: url) { database in
            var failure: (any Error)?
            let milliseconds = Clock.milliseconds {
                database.importBundles(at: files) { _, result in
                    if case .failure(let error) = result { failure = failure ?? error }
                }
            }
            if let failure { throw failure }
            return milliseconds
        }
    }

    /// Milliseconds to read, check and import every bundle file, one after another as `damu
    /// import` run once per file does, into a fresh copy of `url`; and of those, the reading.
    private func importOneByOne(_ files: [URL], into copy: URL, from url: URL) throws -> (total: Double, reading: Double) {
        try importing(files, into: copy, from: url) { database in
            var reading = 0.0
            let milliseconds = try Clock.milliseconds {
                for file in files {
                    var bundle: ImportableBundle?
                    reading += try Clock.milliseconds { bundle = try BundleReader.read(contentsOf: file) }
                    try database.importBundle(bundle!)
                }
            }
            return (milliseconds, reading)
        }
    }

    /// Runs `body` on a fresh copy of `url` at `copy`, checks that every file's teacher landed,
    /// and removes the copy.
    private func importing<T>(_ files: [URL], into copy: URL, from url: URL, _ body: (AppDatabase) throws -> T) throws -> T {
        func removeCopy() {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy.path + suffix) }
        }
        removeCopy()
        defer { removeCopy() }
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: url.path + suffix) {
            try FileManager.default.copyItem(atPath: url.path + suffix, toPath: copy.path + suffix)
            // Left unwritten, the copy's pages went to disk in the import's first sync: at 100× that
            // sync took half a second, which a teacher's database, written long before, never costs.
            guard let handle = FileHandle(forUpdatingAtPath: copy.path + suffix) else { throw BenchError("cannot sync \(copy.path)") }
            try handle.synchronize()
            try handle.close()
        }
        let database = try AppDatabase.open(at: copy, create: false)
        let before = try database.profiles().count
        let result = try body(database)
        guard try database.profiles().count == before + files.count else { throw BenchError("the imports did not all land") }
        return result
    }
}
