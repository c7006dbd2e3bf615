import ArgumentParser
import DamuRender

/// The picture file formats `wheel export` writes.
enum PictureFormat: String, CaseIterable, ExpressibleByArgument {
    case png, pdf

    /// The format a file name implies, e.g. `wheel.PDF` → pdf.
    init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."),
              let format = PictureFormat(rawValue: fileName[fileName.index(after: dot)...].lowercased())
        else { return nil }
        self = format
    }
}

/// The colour sets a teacher can export with; print is for paper, high-contrast for a weak projector.
enum PaletteChoice: String, CaseIterable, ExpressibleByArgument {
    case light, dark, print
    case highContrast = "high-contrast"

    var palette: Palette {
        switch self {
        case .light: return .light
        case .dark: return .dark
        case .print: return .print
        case .highContrast: return .highContrast
        }
    }
}
