/// What a picture drawn again and again keeps from one frame to the next, so that a redraw after a
/// key press costs little: the laid-out text (Pango shaping is most of what fitting the wheel's
/// labels costs), the wheel's layout, and the wheel's pixels that the key press left as they were
/// (`KeptWheel`). What it keeps never changes what is drawn: a redraw with a cache paints the same
/// pixels as a first drawing without one.
///
/// A widget keeps one for its drawing and passes it to every draw; PNG and PDF exports, which draw
/// once, pass none. Not thread-safe, and not `Sendable` on purpose: it belongs to the one surface it
/// serves and is used by the thread that draws it (GTK's main thread for widgets). Its memory is
/// bounded: a few hundred laid-out texts, a few layouts, and the pixels of one wheel.
public final class DrawingCache {
    let typesetter = Typesetter(remembering: true)
    let wheelLayouts = RecentMemo<WheelLayoutKey, WheelLayout>(limit: 4)
    let keptWheel = KeptWheel()

    /// How many pixels one unit of a recording surface becomes when it is played back: GTK records
    /// a widget's drawing and plays it back at the widget's scale factor, which the widget sets
    /// here. Pixels are kept only for a surface whose pixels are known: an image surface, or a
    /// recording surface with this set.
    public var recordingScale: Double?

    public init() {}

    /// Lets go of the kept pixels (a few megabytes for a wheel filling a large screen), for a
    /// drawing no longer on screen; they are kept again from its second frame on.
    public func forgetPixels() {
        keptWheel.forget()
    }

    /// What decides a wheel's layout: everything but the focused sector, which only changes how it
    /// is painted (`WheelRendererTests.testFocusChangesTheDrawingButNotTheGeometry`).
    struct WheelLayoutKey: Hashable {
        let picture: WheelPicture
        let rect: Rect
        let palette: Palette

        init(_ picture: WheelPicture, _ rect: Rect, _ palette: Palette) {
            var unfocused = picture
            unfocused.highlightedSector = nil
            self.picture = unfocused
            self.rect = rect
            self.palette = palette
        }
    }
}

/// A memo of what was asked for lately: it holds from `limit` to twice `limit` values, those asked
/// for since the last time `limit` new ones were made, and the ones before them until asked again.
final class RecentMemo<Key: Hashable, Value> {
    private let limit: Int
    private var recent: [Key: Value] = [:]
    private var older: [Key: Value] = [:]

    init(limit: Int) {
        self.limit = max(limit, 1)
    }

    func value(for key: Key, _ make: () -> Value) -> Value {
        if let value = recent[key] { return value }
        let value = older.removeValue(forKey: key) ?? make()
        if recent.count >= limit {
            older = recent
            recent = [:]
        }
        recent[key] = value
        return value
    }
}
