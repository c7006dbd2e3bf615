import CPangoCairo
import Foundation

/// The wheel's pixels kept between frames, so that a redraw after a key press paints what it can
/// instead of drawing it again. Rasterising the rings, the polygon and the numbers' outlines is
/// most of what drawing the wheel costs, and a key press changes little of it: a focus move
/// changes the focused wedge and its two spokes, a new score the polygon (and a label, drawn anew
/// every frame anyway).
///
/// What is kept is a beginning of the drawing, in its painting order, inside the box of whole
/// pixels around the circle (beyond it there is only the background):
/// - the underlay: background, rings and spokes, the earlier wheels (depends on the layout), kept
///   from the second frame with the same layout on;
/// - the scored wheel: the underlay with the polygon and the scale's numbers over it (depends on
///   the scores too), kept once the scores have stayed the same for a few frames, as when the
///   arrows go round the sectors. While scores change, drawing the polygon over the kept underlay
///   costs less than keeping each new one.
/// Each keeps apart the box around every focused sector's wedge and spokes, drawn with the focus.
///
/// The pixels are those drawing would make: the same routine draws them on the same pixel grid,
/// a beginning of the drawing does not depend on what was under the picture (the background is
/// opaque), and they are painted back whole pixel onto whole pixel, replacing what was there. A
/// picture drawn once (an export, a window being resized) costs what it always did.
final class KeptWheel {
    /// The parts of the drawing, as the renderer draws them.
    struct Parts {
        /// Background, focus wedge, scale, earlier wheels.
        let underlay: (WheelPicture, Canvas) -> Void
        /// The polygon with its markers, and the scale's numbers.
        let scored: (WheelPicture, Canvas) -> Void
        /// Where the scale's numbers go, outline included.
        let numbers: Rect
    }

    /// How far `paint` got: the caller draws the rest.
    enum Painted {
        case nothing
        case underlay
        case scored
    }

    /// Everything the underlay's pixels depend on.
    struct Key: Hashable {
        let box: PixelBox
        let rect: Rect
        let scale: Double
        let fraction: Point
        let palette: Palette
        let sectors: Int
        let overlay: [Int?]?
        let earlier: [[Int?]]
        let center: Point
        let radius: Double
        let fontSize: Double
    }

    /// One beginning of the drawing, without focus and for each focused sector.
    private final class Stage {
        let base: KeptPixels
        var focused: [Int: KeptPixels] = [:]
        init(_ base: KeptPixels) { self.base = base }

        var bytes: Int { base.bytes + focused.values.reduce(0) { $0 + $1.bytes } }
    }

    /// Frames in a row that showed the same scores before the scored wheel is kept.
    private static let steadyFrames = 3

    /// The layout of the previous frame that could have kept pixels.
    private var seen: Key?
    private var key: Key?
    private var underlay: Stage?
    private var scored: Stage?
    /// The scores of the last frames, and how many frames in a row showed them.
    private var scores: [Int?]?
    private var framesWithScores = 0

    /// Paints as much of `picture`'s drawing as it keeps, in the drawing's order, and says how far it got.
    func paint(
        _ picture: WheelPicture, in rect: Rect, layout: WheelLayout, style: WheelRenderer.Strokes, palette: Palette,
        on cr: OpaquePointer, grid: PixelGrid?, parts: Parts
    ) -> Painted {
        let scores = picture.sectorNames.indices.map(picture.score)
        if scores == self.scores {
            framesWithScores += 1
        } else {
            self.scores = scores
            framesWithScores = 1
            scored = nil
        }
        guard let grid, let inside = grid.pixels(inside: rect), palette.background.a >= 1 else { return forget() }
        // The circle with its strokes and markers, and the numbers: beyond them only the background
        // is drawn, and they must lie in whole pixels of the rectangle, clear of a fractional edge.
        let reach = layout.radius + style.marker * 1.5 + style.polygon + style.hairline * 2 + 2 / grid.scale
        let circle = Rect(x: layout.center.x - reach, y: layout.center.y - reach, width: 2 * reach, height: 2 * reach)
        let box = grid.pixels(around: circle.union(parts.numbers))
        guard inside.contains(box) else { return forget() }
        let key = Key(
            box: box, rect: rect, scale: grid.scale, fraction: grid.fraction, palette: palette,
            sectors: picture.sectorCount, overlay: picture.overlayScores, earlier: picture.earlierOverlays,
            center: layout.center, radius: layout.radius, fontSize: layout.fontSize)
        var unfocused = picture
        unfocused.highlightedSector = nil
        if key != self.key {
            let again = seen == key
            forget()
            guard again else {
                seen = key
                return .nothing
            }
            guard let base = KeptPixels(box, on: grid, draw: { parts.underlay(unfocused, Canvas(cr: $0)) }) else {
                return forget()
            }
            self.key = key
            underlay = Stage(base)
        }
        guard let underlay else { return .nothing }
        if scored == nil, framesWithScores >= Self.steadyFrames {
            scored = KeptPixels(box, on: grid, over: underlay.base) { parts.scored(unfocused, Canvas(cr: $0)) }.map(Stage.init)
        }
        let sector = picture.highlightedSector.flatMap { picture.sectorNames.indices.contains($0) ? $0 : nil }
        let stage = scored ?? underlay
        var focus: KeptPixels? = nil
        if let sector {
            focus = stage === underlay
                ? focusedUnderlay(sector, of: picture, layout: layout, style: style, grid: grid, parts: parts)
                : focusedScored(sector, of: picture, layout: layout, style: style, grid: grid, parts: parts)
            if focus == nil { return forget() }
        }
        // Beyond the box there is only the background, drawn as the drawing draws it; the kept
        // pixels replace the box's.
        cairo_save(cr)
        cairo_new_path(cr)
        cairo_rectangle(cr, rect.x, rect.y, rect.width, rect.height)
        let kept = grid.rect(of: stage.base.box)
        cairo_rectangle(cr, kept.x, kept.y, kept.width, kept.height)
        cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
        Canvas(cr: cr).fillPath(palette.background)
        cairo_restore(cr)
        stage.base.paint(on: cr, grid: grid)
        focus?.paint(on: cr, grid: grid)
        return stage === underlay ? .underlay : .scored
    }

    /// The memory the kept pixels take.
    var bytes: Int { (underlay?.bytes ?? 0) + (scored?.bytes ?? 0) }

    /// Lets go of every kept pixel.
    @discardableResult
    func forget() -> Painted {
        seen = nil
        key = nil
        underlay = nil
        scored = nil
        return .nothing
    }

    /// What a focused box is cut out of: the kept box's full width, over the focused box's rows and
    /// a few more. Cairo smooths a row of a shape differently when an image's side cuts the shape
    /// in that row, so shapes are cut only at whole rows, and only rows clear of the cut are kept.
    private func source(for patch: PixelBox, in box: PixelBox) -> PixelBox {
        let top = max(patch.y - 4, box.y), bottom = min(patch.maxY + 4, box.maxY)
        return PixelBox(x: box.x, y: top, width: box.width, height: bottom - top)
    }

    /// The underlay around the focused sector's wedge and its two spokes, drawn with the focus.
    private func focusedUnderlay(
        _ sector: Int, of picture: WheelPicture, layout: WheelLayout, style: WheelRenderer.Strokes, grid: PixelGrid,
        parts: Parts
    ) -> KeptPixels? {
        guard let underlay else { return nil }
        if let pixels = underlay.focused[sector] { return pixels }
        let count = picture.sectorCount
        let start = WheelLayout.boundaryAngle(sector, of: count)
        let end = WheelLayout.boundaryAngle(sector + 1, of: count)
        var bounds = Rect(x: layout.center.x, y: layout.center.y, width: 0, height: 0)
        for step in 0...64 {
            let point = layout.center.moved(by: layout.radius, at: start + (end - start) * Double(step) / 64)
            bounds = bounds.union(Rect(x: point.x, y: point.y, width: 0, height: 0))
        }
        // The spokes' width and round caps, and antialiasing.
        let margin = style.hairline * 2 + 3 / grid.scale
        bounds = Rect(
            x: bounds.x - margin, y: bounds.y - margin, width: bounds.width + 2 * margin, height: bounds.height + 2 * margin)
        guard let patch = grid.pixels(around: bounds).intersection(underlay.base.box),
            let whole = KeptPixels(source(for: patch, in: underlay.base.box), on: grid, draw: {
                parts.underlay(picture, Canvas(cr: $0))
            }),
            let pixels = KeptPixels(patch, on: grid, over: whole, draw: { _ in })
        else { return nil }
        underlay.focused[sector] = pixels
        return pixels
    }

    /// The scored wheel around the focused sector's wedge and its two spokes: the polygon and the
    /// numbers drawn over the focused underlay.
    private func focusedScored(
        _ sector: Int, of picture: WheelPicture, layout: WheelLayout, style: WheelRenderer.Strokes, grid: PixelGrid,
        parts: Parts
    ) -> KeptPixels? {
        guard let underlay, let scored else { return nil }
        if let pixels = scored.focused[sector] { return pixels }
        guard let focused = focusedUnderlay(sector, of: picture, layout: layout, style: style, grid: grid, parts: parts),
            let whole = KeptPixels(source(for: focused.box, in: underlay.base.box), on: grid, over: underlay.base, draw: {
                focused.paint(on: $0, grid: grid)
                parts.scored(picture, Canvas(cr: $0))
            }),
            let pixels = KeptPixels(focused.box, on: grid, over: whole, draw: { _ in })
        else { return nil }
        scored.focused[sector] = pixels
        return pixels
    }
}
