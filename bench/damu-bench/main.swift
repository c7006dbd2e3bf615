import DamuCore
import Foundation

// damu-bench: Damu's start, drawing and store measured against their yardsticks; figures and
// ratios side by side, never a pass or a fail (scripts/bench runs it; bench/README.md explains).
//   damu-bench [--runs N] [--frames N] [--parts start,pages,draw,store] [--scales 1,10,100] [--scratch DIR]
//   damu-bench --on-screen wheel|trend FRAMES     (internal: one drawing on screen, in a child)

let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
switch options {
case .failure(let message):
    FileHandle.standardError.write(Data("damu-bench: \(message)\n\(BenchOptions.usage)\n".utf8))
    exit(2)
case .onScreen(let picture, let frames):
    OnScreenDrawing.run(picture: picture, frames: frames)
case .bench(let options):
    do {
        try Bench(options: options).run()
    } catch {
        FileHandle.standardError.write(Data("damu-bench: \(error)\n".utf8))
        exit(1)
    }
}
