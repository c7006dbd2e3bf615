import DamuCore
import Foundation

// A child process for the failure tests, never shipped:
//   damu-test-writer loop DB SEED       saves analyses until killed, reporting each commit on stdout
//   damu-test-writer fixture DB EXPECTED   writes the fixture of the current schema and what it holds
let arguments = CommandLine.arguments.dropFirst()
do {
    switch (arguments.first, arguments.count) {
    case ("loop", 3):
        let values = Array(arguments)
        guard let seed = UInt64(values[2]) else { throw Usage() }
        try SaveLoop(databasePath: values[1], seed: seed).run()
    case ("fixture", 3):
        let values = Array(arguments)
        try SchemaFixture.write(database: URL(fileURLWithPath: values[1]), expected: URL(fileURLWithPath: values[2]))
    default:
        throw Usage()
    }
} catch {
    FileHandle.standardError.write(Data("damu-test-writer: \(error)\n".utf8))
    exit(1)
}

struct Usage: Error, CustomStringConvertible {
    var description: String { "usage: damu-test-writer loop DB SEED | fixture DB EXPECTED.json" }
}
