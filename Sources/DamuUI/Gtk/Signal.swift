import CGtk
import GtkShim

/// A Swift closure kept alive by a signal connection; GLib's destroy notify releases it.
final class SignalHandler<Arguments, Result> {
    let body: @MainActor (Arguments) -> Result
    init(_ body: @escaping @MainActor (Arguments) -> Result) { self.body = body }
}

/// Connects GObject signals to Swift closures, one function per C handler signature.
@MainActor
enum Signal {
    private static func connect<Arguments, Result>(
        _ instance: UnsafeMutableRawPointer, _ name: String, _ handler: SignalHandler<Arguments, Result>,
        callback: GCallback
    ) {
        let data = Unmanaged.passRetained(handler).toOpaque()
        let release: GClosureNotify = { data, _ in
            guard let data else { return }
            Unmanaged<AnyObject>.fromOpaque(data).release()
        }
        damu_shim_signal_connect(instance, name, callback, data, release)
    }

    /// `void (*)(GObject *, gpointer)`: clicked, changed, toggled, value-changed…
    static func on(_ instance: UnsafeMutableRawPointer, _ name: String, _ body: @escaping @MainActor () -> Void) {
        let callback: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = { _, data in
            MainActor.assumeIsolated {
                Unmanaged<SignalHandler<Void, Void>>.fromOpaque(data!).takeUnretainedValue().body(())
            }
        }
        connect(instance, name, SignalHandler<Void, Void> { _ in body() }, callback: unsafeBitCast(callback, to: GCallback.self))
    }

    static func on(_ widget: Widget, _ name: String, _ body: @escaping @MainActor () -> Void) {
        on(widget.raw, name, body)
    }

    /// `notify::property`: `void (*)(GObject *, GParamSpec *, gpointer)`.
    static func onNotify(_ instance: UnsafeMutableRawPointer, _ property: String, _ body: @escaping @MainActor () -> Void) {
        onPointer(instance, "notify::" + property) { _ in body() }
    }

    /// `gboolean (*)(GObject *, gpointer)`: close-request (`true` stops the close).
    static func onBool(_ instance: UnsafeMutableRawPointer, _ name: String, _ body: @escaping @MainActor () -> Bool) {
        let callback: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> gboolean = { _, data in
            MainActor.assumeIsolated {
                Unmanaged<SignalHandler<Void, Bool>>.fromOpaque(data!).takeUnretainedValue().body(()) ? 1 : 0
            }
        }
        connect(instance, name, SignalHandler<Void, Bool> { _ in body() }, callback: unsafeBitCast(callback, to: GCallback.self))
    }

    /// `void (*)(GObject *, gpointer argument, gpointer)`: row-selected, row-activated, a GAction's activate.
    static func onPointer(
        _ instance: UnsafeMutableRawPointer, _ name: String, _ body: @escaping @MainActor (UnsafeMutableRawPointer?) -> Void
    ) {
        let callback: @convention(c) (UnsafeMutableRawPointer?, UnsafeMutableRawPointer?, UnsafeMutableRawPointer?) -> Void = {
            _, argument, data in
            MainActor.assumeIsolated {
                Unmanaged<SignalHandler<UnsafeMutableRawPointer?, Void>>.fromOpaque(data!).takeUnretainedValue().body(argument)
            }
        }
        connect(instance, name, SignalHandler(body), callback: unsafeBitCast(callback, to: GCallback.self))
    }

    /// GtkGestureClick's pressed: `void (*)(GtkGestureClick *, int n_press, double x, double y, gpointer)`.
    static func onPressed(_ gesture: UnsafeMutableRawPointer, _ body: @escaping @MainActor (Double, Double) -> Void) {
        let callback: @convention(c) (UnsafeMutableRawPointer?, Int32, Double, Double, UnsafeMutableRawPointer?) -> Void = {
            _, _, x, y, data in
            MainActor.assumeIsolated {
                Unmanaged<SignalHandler<(Double, Double), Void>>.fromOpaque(data!).takeUnretainedValue().body((x, y))
            }
        }
        connect(gesture, "pressed", SignalHandler<(Double, Double), Void> { body($0.0, $0.1) },
                callback: unsafeBitCast(callback, to: GCallback.self))
    }

    /// GtkDialog's and GtkNativeDialog's response: `void (*)(GObject *, int, gpointer)`.
    static func onResponse(_ instance: UnsafeMutableRawPointer, _ body: @escaping @MainActor (Int32) -> Void) {
        let callback: @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafeMutableRawPointer?) -> Void = { _, response, data in
            MainActor.assumeIsolated {
                Unmanaged<SignalHandler<Int32, Void>>.fromOpaque(data!).takeUnretainedValue().body(response)
            }
        }
        connect(instance, "response", SignalHandler(body), callback: unsafeBitCast(callback, to: GCallback.self))
    }

    /// GtkPrintOperation's draw-page: `void (*)(GObject *, GtkPrintContext *, int page, gpointer)`.
    static func onDrawPage(_ operation: UnsafeMutableRawPointer, _ body: @escaping @MainActor (OpaquePointer?, Int32) -> Void) {
        typealias Handler = SignalHandler<(OpaquePointer?, Int32), Void>
        let callback: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, Int32, UnsafeMutableRawPointer?) -> Void = {
            _, context, page, data in
            MainActor.assumeIsolated {
                Unmanaged<Handler>.fromOpaque(data!).takeUnretainedValue().body((context, page))
            }
        }
        connect(operation, "draw-page", Handler { body($0.0, $0.1) }, callback: unsafeBitCast(callback, to: GCallback.self))
    }

    /// GtkEventControllerKey's key-pressed; the closure returns whether it handled the key.
    static func onKeyPressed(
        _ controller: UnsafeMutableRawPointer, _ body: @escaping @MainActor (UInt32, GdkModifierType) -> Bool
    ) {
        typealias Handler = SignalHandler<(UInt32, GdkModifierType), Bool>
        let callback: @convention(c) (UnsafeMutableRawPointer?, guint, guint, GdkModifierType, UnsafeMutableRawPointer?) -> gboolean = {
            _, keyval, _, state, data in
            MainActor.assumeIsolated {
                Unmanaged<SignalHandler<(UInt32, GdkModifierType), Bool>>.fromOpaque(data!).takeUnretainedValue()
                    .body((keyval, state)) ? 1 : 0
            }
        }
        connect(controller, "key-pressed", Handler { body($0.0, $0.1) }, callback: unsafeBitCast(callback, to: GCallback.self))
    }
}
