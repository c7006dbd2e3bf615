import Foundation

/// Finds the files Damu reads at run time: the instrument data (`data/`) and compiled translations.
///
/// Order: `DAMU_DATA_DIR`; `<prefix>/share/damu` beside an installed binary; the source tree
/// found by walking up from the executable (a build under `.build/`).
public enum ResourceLocator {
    public static func dataDirectory() -> URL? {
        if let dir = Environment.value("DAMU_DATA_DIR"), !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true)
        }
        let executable = URL(fileURLWithPath: executablePath()).resolvingSymlinksInPath()
        let installed = executable.deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("share/damu/data", isDirectory: true)
        if isTemplateDirectory(installed) { return installed }
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("data", isDirectory: true)
            if isTemplateDirectory(candidate) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// Compiled `.mo` catalogs: `DAMU_LOCALE_DIR`, `<prefix>/share/locale`, or `.locale/` in the source tree.
    public static func localeDirectory() -> URL? {
        if let dir = Environment.value("DAMU_LOCALE_DIR"), !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true)
        }
        guard let data = dataDirectory() else { return nil }
        let root = data.deletingLastPathComponent()
        let candidates = [root.appendingPathComponent(".locale"),
                          root.deletingLastPathComponent().appendingPathComponent("locale")]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    private static func isTemplateDirectory(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("templates").path)
    }

    private static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first ?? "."
    }
}
