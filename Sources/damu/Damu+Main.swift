import ArgumentParser
import DamuCore
import Foundation

extension Damu {
    /// ArgumentParser's `main()`, except that every failure is reported as `damu: <message>` on
    /// stderr with a non-zero status: a teacher (or a script) reads one clear line, never a trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Foundation.exit(report(error))
        }
    }

    /// Prints what went wrong and returns the exit status: 1 for Damu's own errors, 64 for
    /// wrong arguments, 0 for `--help`.
    static func report(_ error: Error) -> Int32 {
        if let error = error as? DamuError {
            printError(error.description)
            return 1
        }
        let code = exitCode(for: error)
        var text = fullMessage(for: error, columns: nil)
        let prefix = "Error: "
        if code != .success, text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
        text = ParserWords.translated(text)
        if code == .success {
            if !text.isEmpty { print(text) }
            return 0
        }
        if !text.isEmpty { printError(text) }
        return code.rawValue
    }

    static func printError(_ message: String) {
        let trimmed = TerminalText.visible(message.trimmingCharacters(in: .whitespacesAndNewlines))
        FileHandle.standardError.write(Data("damu: \(trimmed)\n".utf8))
    }
}
