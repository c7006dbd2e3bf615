import Foundation

/// A piece of text and where its logical box goes.
struct PlacedText {
    let block: TextBlock
    let frame: Rect
}

/// Where everything of a balance wheel goes inside a rectangle: the scale circle, the sector labels
/// around it and the title above. Computed once per draw, and by `WheelRenderer.layout` for tests and
/// for hit-testing in the UI, so both always agree.
struct WheelLayout {
    let center: Point
    let radius: Double
    /// The body text size everything else is proportioned from.
    let fontSize: Double
    let labels: [PlacedText]
    let title: PlacedText?
    let subtitle: PlacedText?
    /// False when even the best wrap width left labels touching: the font must shrink.
    let labelsApart: Bool

    /// Text never gets smaller than this; a smaller rectangle gets a smaller circle instead.
    static let smallestFont = 7.0
    static let largestFont = 28.0
    static let readableFont = 11.0

    static func make(for picture: WheelPicture, in rect: Rect, palette: Palette, typesetter: Typesetter)
        -> WheelLayout
    {
        let shortSide = max(min(rect.width, rect.height), 1)
        // ≈ 28 px on a 1080-line projector, 20 px at 768 lines, 13 pt on an A4 page; small screen
        // areas keep a readable 11 px unless they are tiny.
        let scale = max(picture.textScale, 0.5)
        var size = min(max(shortSide * 0.026 * scale, min(readableFont, shortSide / 20)), largestFont * scale)
        size = max(size, smallestFont)
        while true {
            let attempt = make(for: picture, in: rect, palette: palette, typesetter: typesetter, fontSize: size)
            // Labels may take about half of the short side; beyond that, smaller text reads better
            // than a tiny wheel.
            if (attempt.labelsApart && attempt.radius >= shortSide * 0.26) || size <= smallestFont { return attempt }
            size = max(size * 0.9, smallestFont)
        }
    }

    private static func make(
        for picture: WheelPicture, in rect: Rect, palette: Palette, typesetter: Typesetter, fontSize size: Double
    ) -> WheelLayout {
        let shortSide = max(min(rect.width, rect.height), 1)
        let content = rect.insetBy(shortSide * 0.03)

        // Two lines each at most: a lesson topic of 200 letters would otherwise push the wheel down
        // until every label had shrunk to the smallest font.
        let title = picture.title.map {
            typesetter.block(
                $0, TextStyle(size: size * 1.35, bold: true, colour: palette.text, alignment: .centre,
                              wrapWidth: content.width, maxLines: 2))
        }
        let subtitle = picture.subtitle.map {
            typesetter.block(
                $0, TextStyle(size: size, colour: palette.mutedText, alignment: .centre, wrapWidth: content.width, maxLines: 2))
        }
        var headerHeight = 0.0
        if let title { headerHeight += title.height }
        if let subtitle { headerHeight += (title == nil ? 0 : size * 0.35) + subtitle.height }
        if headerHeight > 0 { headerHeight += size * 1.4 }

        let area = (width: content.width, height: max(content.height - headerHeight, 0))
        let gap = size * 0.6
        let count = picture.sectorCount

        typealias Candidate = (radius: Double, blocks: [TextBlock], lines: Int)
        var clean: [Candidate] = []
        var fallback: Candidate? = nil
        let markups = (0..<count).map { labelMarkup(for: picture, sector: $0, palette: palette) }
        var wider: [TextBlock] = []
        for width in wrapWidths(for: picture, size: size, areaWidth: area.width, palette: palette, typesetter: typesetter) {
            // Lines are filled greedily, so a label laid out at a wider width whose lines all fit this
            // one breaks the same way here: it is not laid out again.
            let blocks = (0..<count).map { sector in
                if wider.indices.contains(sector), wider[sector].width <= width { return wider[sector] }
                return label(markup: markups[sector], sector: sector, of: count, size: size, wrapWidth: width,
                             palette: palette, typesetter: typesetter)
            }
            wider = blocks
            let radius = largestRadius(blocks: blocks, gap: gap, area: area, shortSide: shortSide)
            let candidate = (radius, blocks, blocks.reduce(0) { $0 + $1.lineCount })
            if radius > (fallback?.radius ?? -1) { fallback = candidate }
            if !overlaps(labelFrames(blocks: blocks, radius: radius, gap: gap), spacing: size * 0.25) {
                clean.append(candidate)
            }
        }
        // A few percent of circle is worth giving up for labels on fewer lines: they read faster.
        let biggest = clean.map(\.radius).max() ?? 0
        let best = clean.filter { $0.radius >= biggest * 0.92 }
            .min { ($0.lines, -$0.radius) < ($1.lines, -$1.radius) }
        // Without a clean fit the caller shrinks the font and tries again; at the smallest font the
        // biggest circle wins.
        let chosen = best ?? fallback ?? (0, [], 0)

        let frames = labelFrames(blocks: chosen.blocks, radius: chosen.radius, gap: gap)
        var bounds = Rect(x: -chosen.radius, y: -chosen.radius, width: 2 * chosen.radius, height: 2 * chosen.radius)
        for frame in frames { bounds = bounds.union(frame) }

        let top = content.y + max((content.height - headerHeight - bounds.height) / 2, 0)
        let center = Point(x: content.midX, y: top + headerHeight - bounds.minY)
        var y = top
        let placedTitle = title.map { block -> PlacedText in
            defer { y += block.height + size * 0.35 }
            return PlacedText(block: block, frame: Rect(x: content.midX - block.width / 2, y: y,
                                                        width: block.width, height: block.height))
        }
        let placedSubtitle = subtitle.map {
            PlacedText(block: $0, frame: Rect(x: content.midX - $0.width / 2, y: y, width: $0.width, height: $0.height))
        }
        let labels = zip(chosen.blocks, frames).map { block, frame in
            PlacedText(block: block, frame: frame.offsetBy(dx: center.x, dy: center.y))
        }
        return WheelLayout(
            center: center, radius: chosen.radius, fontSize: size, labels: labels, title: placedTitle,
            subtitle: placedSubtitle, labelsApart: best != nil || count == 0)
    }

    /// The angle of the middle of a sector's wedge: sector 0 starts at 12 o'clock, going clockwise.
    static func middleAngle(sector: Int, of count: Int) -> Double {
        let n = Double(max(count, 1))
        return -Double.pi / 2 + Double(sector) * 2 * Double.pi / n + Double.pi / n
    }

    static func boundaryAngle(_ index: Int, of count: Int) -> Double {
        -Double.pi / 2 + Double(index) * 2 * Double.pi / Double(max(count, 1))
    }

    // MARK: - Labels

    /// "Name  7 +2": the score and its change stay together, but may drop to a line of their own when
    /// the label is narrow (a long last word plus the score would otherwise set the label's width).
    static func labelMarkup(for picture: WheelPicture, sector: Int, palette: Palette) -> String {
        TextBlock.escape(picture.sectorNames[sector]) + "\u{2002}" + scoreMarkup(for: picture, sector: sector, palette: palette)
    }

    private static func scoreMarkup(for picture: WheelPicture, sector: Int, palette: Palette) -> String {
        var markup: String
        if let captions = picture.scoreCaptions, captions.indices.contains(sector) {
            markup = "<span foreground=\"\(palette.polygonStroke.markupHex)\" weight=\"bold\">\(TextBlock.escape(captions[sector]))</span>"
        } else if let score = picture.score(sector) {
            markup = "<span foreground=\"\(palette.polygonStroke.markupHex)\" weight=\"bold\">\(score)</span>"
        } else {
            markup = "<span foreground=\"\(palette.mutedText.markupHex)\">—</span>"
        }
        if let change = picture.change(sector) {
            let (text, colour): (String, RGBA) =
                change > 0 ? ("+\(change)", palette.increase)
                : change < 0 ? ("−\(-change)", palette.decrease) : ("±0", palette.mutedText)
            markup += "\u{00A0}<span foreground=\"\(colour.markupHex)\" weight=\"bold\">\(text)</span>"
        }
        return markup
    }

    private static func label(
        markup: String, sector: Int, of count: Int, size: Double, wrapWidth: Double, palette: Palette,
        typesetter: Typesetter
    ) -> TextBlock {
        let angle = middleAngle(sector: sector, of: count)
        let horizontal = cos(angle)
        // Labels read away from the wheel: flush against it on the left, on the right, centred above and below.
        let alignment: TextStyle.Alignment = horizontal > 0.2 ? .left : horizontal < -0.2 ? .right : .centre
        return typesetter.block(
            markup: markup, TextStyle(size: size, colour: palette.text, alignment: alignment, wrapWidth: wrapWidth))
    }

    /// Wrap widths worth trying, from wide (fewer lines) to narrow (less room to the sides); never
    /// narrower than the longest word, so a word is never broken in the middle.
    private static func wrapWidths(
        for picture: WheelPicture, size: Double, areaWidth: Double, palette: Palette, typesetter: Typesetter
    ) -> [Double] {
        // One line per word (and one for the score) measures the widest thing that cannot be wrapped.
        var longestWord = 0.0
        for sector in 0..<picture.sectorCount {
            let words = picture.sectorNames[sector].split(whereSeparator: \.isWhitespace).map { TextBlock.escape(String($0)) }
            let lines = (words + [scoreMarkup(for: picture, sector: sector, palette: palette)]).joined(separator: "\n")
            longestWord = max(longestWord, typesetter.block(markup: lines, TextStyle(size: size, colour: palette.text)).width)
        }
        let narrowest = max(size * 7, longestWord + 1)
        let widest = max(size * 18, narrowest)
        var widths: [Double] = []
        for fraction in [0.34, 0.28, 0.23, 0.19, 0.16, 0.13] {
            let width = min(max(areaWidth * fraction, narrowest), widest)
            if !widths.contains(where: { abs($0 - width) < 1 }) { widths.append(width) }
        }
        return widths
    }

    /// Label boxes relative to the centre: each touches the circle `radius + gap` away at its sector's
    /// middle angle, with its nearest corner or edge towards the wheel.
    static func labelFrames(blocks: [TextBlock], radius: Double, gap: Double) -> [Rect] {
        let count = blocks.count
        return blocks.enumerated().map { sector, block in
            let angle = middleAngle(sector: sector, of: count)
            let reach = radius + gap
            let (dx, dy) = (cos(angle), sin(angle))
            // Steep factors make diagonal labels corner-anchored and axis-aligned labels edge-centred.
            let kx = min(max(dx * 2.6, -1), 1), ky = min(max(dy * 2.6, -1), 1)
            var frame = Rect(
                x: reach * dx - block.width / 2 + kx * block.width / 2,
                y: reach * dy - block.height / 2 + ky * block.height / 2,
                width: block.width, height: block.height)
            // Push outwards until no part of the box comes nearer the centre than `reach`.
            for _ in 0..<12 {
                let nearest = frame.distance(to: Point(x: 0, y: 0))
                if nearest >= reach - 0.01 { break }
                frame = frame.offsetBy(dx: (reach - nearest + 0.5) * dx, dy: (reach - nearest + 0.5) * dy)
            }
            return frame
        }
    }

    private static func overlaps(_ frames: [Rect], spacing: Double) -> Bool {
        for i in frames.indices {
            for j in frames.indices where j > i {
                if frames[i].insetBy(-spacing / 2).intersects(frames[j].insetBy(-spacing / 2)) { return true }
            }
        }
        return false
    }

    /// The biggest circle whose labels still fit the area, keeping the circle horizontally centred.
    private static func largestRadius(
        blocks: [TextBlock], gap: Double, area: (width: Double, height: Double), shortSide: Double
    ) -> Double {
        func fits(_ radius: Double) -> Bool {
            var bounds = Rect(x: -radius, y: -radius, width: 2 * radius, height: 2 * radius)
            for frame in labelFrames(blocks: blocks, radius: radius, gap: gap) {
                bounds = bounds.union(frame)
            }
            return 2 * max(-bounds.minX, bounds.maxX) <= area.width && bounds.height <= area.height
        }
        var low = 0.0, high = shortSide / 2
        guard fits(low) else { return 0 }
        for _ in 0..<28 {
            let middle = (low + high) / 2
            if fits(middle) { low = middle } else { high = middle }
        }
        return low
    }
}
