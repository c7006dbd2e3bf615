import DamuCore
import DamuStore
import Foundation

/// Item 4: the store at three sizes. The database grows from the smallest to the largest size in
/// place (one teacher's ten years at 1×, ten teachers at 10×, a hundred at 100×), and at each size
/// the same teacher's history and year are read: what a teacher waits for should not grow with
/// the number of colleagues on the PC, and nothing may grow faster than the data.
struct StoreBench {
    let template: LessonAnalysisTemplate
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
        var yearTrends = Sample()
    }

    func run() throws {
        let perTeacher = ScaleData.years * ScaleData.perYear
        print("\n4. Store at scale: teachers × \(ScaleData.years) years × \(ScaleData.perYear) lesson analyses (\(perTeacher) per teacher)")
        print("Each figure: median (slowest) of \(repetitions) repetitions after one warm-up, warm file cache.")
        let url = scratch.appendingPathComponent("store/damu.sqlite")
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
        let data = ScaleData(template: template)
        var teachers = 0
        var all: [Figures] = []
        // The teacher measured is the first one: the same rows at every size.
        let (measured, measuredLessons) = data.teacher(0)
        let year = ScaleData.firstYear + ScaleData.years / 2
        for scale in scales {
            var figures = Figures()
            figures.scale = scale
            let fill = try Clock.milliseconds {
                let database = try AppDatabase.open(at: url)
                while teachers < scale {
                    let (profile, analyses) = teachers == 0 ? (measured, measuredLessons) : data.teacher(teachers)
                    try database.saveDemo(profile: profile, analyses: analyses, template: template)
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
                var count = 0, trendPoints = 0
                let profiles = try Clock.milliseconds { count = try database.profiles().count }
                let history = try Clock.milliseconds { _ = try database.history(profileID: measured.id) }
                let yearTrends = try Clock.milliseconds {
                    let lessons = try database.history(profileID: measured.id, academicYearStartingIn: year)
                    let sectors = (0..<8).map { lessons.sectorTrend($0) }
                    trendPoints = sectors.reduce(0) { $0 + $1.points.count } + lessons.wheelMeanTrend.points.count + lessons.scalingTrend.points.count
                }
                guard count == scale, trendPoints > 0 else { throw BenchError("the store bench read wrong data") }
                if repetition == 0 { continue }
                figures.open.add(open)
                figures.profiles.add(profiles)
                figures.history.add(history)
                figures.yearTrends.add(yearTrends)
            }
            all.append(figures)
        }

        let widths = [30] + Array(repeating: 22, count: all.count)
        print("  " + Format.row(["size"] + all.map { "\($0.scale)× (\($0.analyses) analyses)" }, widths))
        print("  " + Format.row(["database file"] + all.map { String(format: "%.1f MB", $0.megabytes) }, widths))
        print("  " + Format.row(["filling it (one transaction per teacher)"] + all.map { String(format: "%.1f s so far", $0.fillSeconds) }, widths))
        func line(_ name: String, _ goal: String, _ pick: (Figures) -> Sample) {
            print("  " + Format.row([name] + all.map { "\(Format.ms(pick($0).median)) (\(Format.ms(pick($0).worst)))" }, widths) + goal)
        }
        line("open the database", "", \.open)
        line("list the profiles", "", \.profiles)
        line("open a teacher's history (\(perTeacher))", "   goal < 20 ms", \.history)
        line("a year's trends (\(ScaleData.perYear) lessons)", "   goal < 20 ms", \.yearTrends)
        print("  export one profile-year          not measurable yet: bundles and export come with the cards-and-export issue (goal < 100 ms)")
        print("  import 100 bundles               not measurable yet: import comes with the cards-and-export issue (goal < 3 s)")
        if let first = all.first, all.count > 1 {
            print("\n  Growth against \(first.scale)× (the data grew \(all.dropFirst().map { Format.ratio(Double($0.analyses) / Double(first.analyses)) }.joined(separator: ", ")); linear would match it):")
            for (name, pick) in [("database file", { (f: Figures) in f.megabytes }),
                                 ("open the database", { (f: Figures) in f.open.median }),
                                 ("list the profiles", { (f: Figures) in f.profiles.median }),
                                 ("open a teacher's history", { (f: Figures) in f.history.median }),
                                 ("a year's trends", { (f: Figures) in f.yearTrends.median })] {
                print("  " + Format.row([name] + all.dropFirst().map { Format.ratio(pick($0) / pick(first)) }, [30] + Array(repeating: 12, count: all.count - 1)))
            }
        }
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }
}
