import CGtk

/// Renders a realized widget, as it is on screen, through GtkWidgetPaintable → GtkSnapshot → the
/// window's renderer → texture. Used for the tests' pixel checks and for screenshots.
@MainActor
enum Snapshot {
    enum Failure: Error { case notRealized, empty, write(String) }

    /// The widget's pixels, 4 bytes each in memory order B, G, R, A (premultiplied), row after row.
    struct Pixels {
        let width: Int
        let height: Int
        let bytes: [UInt8]

        func rgba(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
            let offset = (y * width + x) * 4
            return (bytes[offset + 2], bytes[offset + 1], bytes[offset], bytes[offset + 3])
        }
    }

    static func png(of widget: Widget, to path: String) throws {
        let texture = try render(widget)
        defer { g_object_unref(graw(texture)) }
        guard gdk_texture_save_to_png(texture, path) != 0 else { throw Failure.write(path) }
    }

    static func pixels(of widget: Widget) throws -> Pixels {
        let texture = try render(widget)
        defer { g_object_unref(graw(texture)) }
        let width = Int(gdk_texture_get_width(texture)), height = Int(gdk_texture_get_height(texture))
        var bytes = [UInt8](repeating: 0, count: width * height * 4)
        bytes.withUnsafeMutableBufferPointer { buffer in
            gdk_texture_download(texture, buffer.baseAddress, gsize(width * 4))
        }
        return Pixels(width: width, height: height, bytes: bytes)
    }

    private static func render(_ widget: Widget) throws -> OpaquePointer {
        guard let native = gtk_widget_get_native(widget.pointer),
              let renderer = gtk_native_get_renderer(native) else { throw Failure.notRealized }
        let width = Double(widget.width), height = Double(widget.height)
        guard width > 0, height > 0 else { throw Failure.empty }
        let paintable = gtk_widget_paintable_new(widget.pointer)!
        defer { g_object_unref(graw(paintable)) }
        let snapshot = gtk_snapshot_new()!
        gdk_paintable_snapshot(paintable, gopaque(snapshot), width, height)
        guard let node = gtk_snapshot_free_to_node(snapshot) else { throw Failure.empty }
        defer { gsk_render_node_unref(node) }
        var bounds = graphene_rect_t()
        graphene_rect_init(&bounds, 0, 0, Float(width), Float(height))
        return gopaque(gsk_renderer_render_texture(renderer, node, &bounds)!)
    }
}
