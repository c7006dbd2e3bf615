import DamuRender
import XCTest

/// Every screen look keeps WCAG 2.1 level AA: 4.5:1 for what is read as text (labels, scores,
/// changes) and 3:1 for the lines a reader must tell apart from the background (polygon, overlay,
/// trend lines). The grid is decoration and is left out, as WCAG allows.
final class PaletteContrastTests: XCTestCase {
    static let looks: [(String, Palette)] = [
        ("light", .light), ("dark", .dark), ("high contrast", .highContrast),
        ("high contrast dark", .highContrastDark), ("print", .print),
    ]

    func testTextIsAtLeastFourAndAHalfToOneOnTheBackgroundAndOnThePolygon() {
        for (name, palette) in Self.looks {
            let underPolygon = RenderedImage.composite(palette.polygonFill, over: palette.background)
            let texts: [(String, RGBA)] = [
                ("text", palette.text), ("muted text", palette.mutedText), ("score", palette.polygonStroke),
                ("increase", palette.increase), ("decrease", palette.decrease),
            ]
            for (role, colour) in texts {
                let ratio = Self.contrast(colour, palette.background)
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(name): \(role) on the background is \(ratio):1")
            }
            let onPolygon = Self.contrast(palette.text, underPolygon)
            XCTAssertGreaterThanOrEqual(onPolygon, 4.5, "\(name): text on the polygon is \(onPolygon):1")
        }
    }

    func testLinesAreAtLeastThreeToOneOnTheBackground() {
        for (name, palette) in Self.looks {
            var lines: [(String, RGBA)] = [("polygon", palette.polygonStroke), ("overlay", palette.overlayStroke)]
            lines += palette.series.enumerated().map { ("trend line \($0.offset + 1)", $0.element) }
            for (role, colour) in lines {
                let ratio = Self.contrast(colour, palette.background)
                XCTAssertGreaterThanOrEqual(ratio, 3, "\(name): \(role) is \(ratio):1")
            }
        }
    }

    func testTheFormulaAgreesWithWCAGsOwnExamples() {
        XCTAssertEqual(Self.contrast(RGBA(0, 0, 0), RGBA(1, 1, 1)), 21, accuracy: 1e-9)
        XCTAssertEqual(Self.contrast(RGBA(1, 1, 1), RGBA(1, 1, 1)), 1, accuracy: 1e-9)
        // #767676 on white is the lightest grey that passes AA for text: 4.54:1.
        let grey = 0x76 / 255.0
        XCTAssertEqual(Self.contrast(RGBA(grey, grey, grey), RGBA(1, 1, 1)), 4.54, accuracy: 0.01)
    }

    /// WCAG 2.1's contrast ratio of two opaque colours, (L1 + 0.05) / (L2 + 0.05).
    static func contrast(_ a: RGBA, _ b: RGBA) -> Double {
        let (lighter, darker) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    static func luminance(_ colour: RGBA) -> Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(colour.r) + 0.7152 * linear(colour.g) + 0.0722 * linear(colour.b)
    }
}
