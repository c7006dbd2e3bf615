/// A colour with straight (not premultiplied) alpha, components 0…1.
public struct RGBA: Hashable, Sendable {
    public var r: Double
    public var g: Double
    public var b: Double
    public var a: Double

    public init(_ r: Double, _ g: Double, _ b: Double, _ a: Double = 1) {
        self.r = r
        self.g = g
        self.b = b
        self.a = a
    }

    /// From `0xRRGGBB`, the way GNOME's palette is published.
    init(hex: UInt32, alpha: Double = 1) {
        self.init(
            Double((hex >> 16) & 0xFF) / 255, Double((hex >> 8) & 0xFF) / 255, Double(hex & 0xFF) / 255, alpha)
    }

    func withAlpha(_ alpha: Double) -> RGBA { RGBA(r, g, b, alpha) }

    /// `#RRGGBB` for Pango markup, which takes no alpha.
    var markupHex: String {
        func byte(_ value: Double) -> Int { Int((min(max(value, 0), 1) * 255).rounded()) }
        let value = (byte(r) << 16) | (byte(g) << 8) | byte(b)
        let digits = String(value, radix: 16)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}

/// The colours of one look of the pictures. Screen follows the desktop's light or dark style; the
/// projector can use high contrast; paper uses `print`.
public struct Palette: Hashable, Sendable {
    public var background: RGBA
    public var text: RGBA
    public var mutedText: RGBA
    public var grid: RGBA
    public var polygonFill: RGBA
    public var polygonStroke: RGBA
    public var overlayStroke: RGBA
    public var overlayFill: RGBA
    public var increase: RGBA
    public var decrease: RGBA
    /// Trend lines: eight sectors and scaling need nine colours that stay apart.
    public var series: [RGBA]
    /// Multiplies every stroke width; paper and projectors need heavier lines than a screen.
    public var strokeWeight: Double

    public init(
        background: RGBA, text: RGBA, mutedText: RGBA, grid: RGBA, polygonFill: RGBA, polygonStroke: RGBA,
        overlayStroke: RGBA, overlayFill: RGBA, increase: RGBA, decrease: RGBA, series: [RGBA],
        strokeWeight: Double = 1
    ) {
        self.background = background
        self.text = text
        self.mutedText = mutedText
        self.grid = grid
        self.polygonFill = polygonFill
        self.polygonStroke = polygonStroke
        self.overlayStroke = overlayStroke
        self.overlayFill = overlayFill
        self.increase = increase
        self.decrease = decrease
        self.series = series
        self.strokeWeight = strokeWeight
    }

    /// The colour of trend line `index`, cycling when there are more lines than colours.
    public func seriesColour(_ index: Int) -> RGBA {
        series.isEmpty ? text : series[((index % series.count) + series.count) % series.count]
    }

    // Colours from the GNOME Human Interface Guidelines palette, so the charts sit well in Adwaita.
    public static let light = Palette(
        background: RGBA(hex: 0xFFFFFF), text: RGBA(hex: 0x241F31), mutedText: RGBA(hex: 0x5E5C64),
        grid: RGBA(hex: 0x241F31, alpha: 0.16), polygonFill: RGBA(hex: 0x3584E4, alpha: 0.28),
        polygonStroke: RGBA(hex: 0x1C71D8), overlayStroke: RGBA(hex: 0x77767B),
        overlayFill: RGBA(hex: 0x77767B, alpha: 0.10), increase: RGBA(hex: 0x1E7F4F),
        decrease: RGBA(hex: 0xC01C28),
        series: [
            0x1C71D8, 0x26A269, 0x986A00, 0xC64600, 0xC01C28, 0x813D9C, 0x865E3C, 0x2190A4, 0xD56199, 0x5E5C64,
        ].map { RGBA(hex: $0) })

    public static let dark = Palette(
        background: RGBA(hex: 0x242424), text: RGBA(hex: 0xFFFFFF), mutedText: RGBA(hex: 0xC0BFBC),
        grid: RGBA(hex: 0xFFFFFF, alpha: 0.18), polygonFill: RGBA(hex: 0x62A0EA, alpha: 0.30),
        polygonStroke: RGBA(hex: 0x99C1F1), overlayStroke: RGBA(hex: 0xC0BFBC),
        overlayFill: RGBA(hex: 0xC0BFBC, alpha: 0.10), increase: RGBA(hex: 0x8FF0A4),
        decrease: RGBA(hex: 0xF66151),
        series: [
            0x62A0EA, 0x57E389, 0xF8E45C, 0xFFA348, 0xF66151, 0xC061CB, 0xCDAB8F, 0x5BC8DF, 0xF5A3C7, 0xDEDDDA,
        ].map { RGBA(hex: $0) })

    /// For projectors with washed-out colours and for low vision: black on white, saturated lines.
    public static let highContrast = Palette(
        background: RGBA(hex: 0xFFFFFF), text: RGBA(hex: 0x000000), mutedText: RGBA(hex: 0x241F31),
        grid: RGBA(hex: 0x000000, alpha: 0.45), polygonFill: RGBA(hex: 0x1A5FB4, alpha: 0.30),
        polygonStroke: RGBA(hex: 0x1A5FB4), overlayStroke: RGBA(hex: 0x000000),
        overlayFill: RGBA(hex: 0x000000, alpha: 0.08), increase: RGBA(hex: 0x0B6E3A),
        decrease: RGBA(hex: 0xA51D2D),
        series: [
            0x1A5FB4, 0x0B6E3A, 0x986A00, 0xC64600, 0xA51D2D, 0x613583, 0x63452C, 0x0E6673, 0xA8396F, 0x000000,
        ].map { RGBA(hex: $0) },
        strokeWeight: 1.5)

    /// The high-contrast look for a desktop that also prefers dark: white on black.
    public static let highContrastDark = Palette(
        background: RGBA(hex: 0x000000), text: RGBA(hex: 0xFFFFFF), mutedText: RGBA(hex: 0xDEDDDA),
        grid: RGBA(hex: 0xFFFFFF, alpha: 0.50), polygonFill: RGBA(hex: 0x99C1F1, alpha: 0.32),
        polygonStroke: RGBA(hex: 0x99C1F1), overlayStroke: RGBA(hex: 0xFFFFFF),
        overlayFill: RGBA(hex: 0xFFFFFF, alpha: 0.10), increase: RGBA(hex: 0x8FF0A4),
        decrease: RGBA(hex: 0xFF7B63),
        series: [
            0x99C1F1, 0x8FF0A4, 0xF9F06B, 0xFFBE6F, 0xFF7B63, 0xDC8ADD, 0xCDAB8F, 0x93DDEA, 0xF5A3C7, 0xFFFFFF,
        ].map { RGBA(hex: $0) },
        strokeWeight: 1.5)

    /// Readable when printed on a black-and-white school printer: every mark is black or grey, the
    /// overlay differs by its dashes, and changes carry their sign as well as their colour.
    public static let print = Palette(
        background: RGBA(hex: 0xFFFFFF), text: RGBA(hex: 0x000000), mutedText: RGBA(hex: 0x3D3846),
        grid: RGBA(hex: 0x000000, alpha: 0.40), polygonFill: RGBA(hex: 0x000000, alpha: 0.16),
        polygonStroke: RGBA(hex: 0x000000), overlayStroke: RGBA(hex: 0x5E5C64),
        overlayFill: RGBA(hex: 0x000000, alpha: 0.0), increase: RGBA(hex: 0x0B6E3A),
        decrease: RGBA(hex: 0xA51D2D),
        series: [
            0x000000, 0x1A5FB4, 0x0B6E3A, 0xA51D2D, 0x613583, 0x986A00, 0x63452C, 0x0E6673, 0x5E5C64, 0xC64600,
        ].map { RGBA(hex: $0) },
        strokeWeight: 1.6)
}
