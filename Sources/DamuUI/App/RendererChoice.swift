import CGtk
import DamuCore
import Foundation
import GtkShim

/// Chooses GTK's renderer on PCs whose OpenGL is drawn by the processor (llvmpipe, softpipe,
/// swrast): there GTK's GL renderer costs about three times the start-up time and memory of its
/// cairo renderer (measured in bench/: ≈ 270 ms and 195 MB against ≈ 90 ms and 55 MB under Xvfb),
/// and school PCs rarely have a graphics card. A teacher's or an admin's `GSK_RENDERER` (or a
/// `GDK_DEBUG` that already mentions GL) always wins.
///
/// GTK 4.8 sets up OpenGL when it opens the display, whichever renderer is chosen later; that set-up
/// alone costs most of the difference. So the choice is made in two steps:
/// - before GTK starts: without a GPU device node no OpenGL can be anything but software, so GL is
///   switched off altogether (`GDK_DEBUG=gl-disable`) and nothing GL is ever loaded;
/// - once the display is open (GL then loaded anyway): a context is made and its GL_RENDERER read;
///   a software one gets `GSK_RENDERER=cairo` before the first window chooses its renderer.
@MainActor
enum RendererChoice {
    enum Decision: Equatable {
        /// Someone set the renderer or GL debugging already; Damu does not second-guess them.
        case leftToUser
        /// No GPU on this PC: GL switched off before GTK starts.
        case noGPU
        /// OpenGL answered with a software renderer: cairo.
        case softwareGL(String)
        /// OpenGL on a GPU: GTK's own choice stands.
        case hardwareGL(String)
        /// No OpenGL context could be made: GTK will use cairo by itself.
        case noGL
    }

    private(set) static var decision: Decision?

    /// Step one, before `gtk_init` (GtkApplication calls it at startup).
    static func applyBeforeGTK() {
        guard decision == nil else { return }
        let environment = ["GSK_RENDERER", "GDK_DEBUG"].reduce(into: [String: String]()) { $0[$1] = Environment.value($1) }
        decision = decisionBeforeGTK(environment: environment, deviceNodes: gpuDeviceNodes())
        if decision == .noGPU {
            let debug = environment["GDK_DEBUG"].map { $0.isEmpty ? "" : $0 + "," } ?? ""
            setenv("GDK_DEBUG", debug + "gl-disable", 1)
            // Said outright, GTK does not try GL first and log its failure.
            setenv("GSK_RENDERER", "cairo", 1)
        }
    }

    /// Step two, after the display is open and before the first window is shown.
    static func applyAfterDisplayOpened() {
        guard decision == nil else { return }
        let pointer = damu_shim_gl_renderer()
        let renderer = pointer.map { String(cString: $0) }
        g_free(pointer)
        decision = judge(renderer: renderer)
        if case .softwareGL = decision { setenv("GSK_RENDERER", "cairo", 1) }
    }

    /// What can be decided before GTK starts; nil when it takes OpenGL itself to know.
    /// The device nodes are listed only when the user has not chosen.
    static func decisionBeforeGTK(environment: [String: String], deviceNodes: @autoclosure () -> [String]) -> Decision? {
        if userChose(environment) { return .leftToUser }
        return deviceNodes().isEmpty ? .noGPU : nil
    }

    /// What OpenGL's renderer string (nil: no context) means for the choice.
    static func judge(renderer: String?) -> Decision {
        guard let renderer else { return .noGL }
        return isSoftware(renderer: renderer) ? .softwareGL(renderer) : .hardwareGL(renderer)
    }

    static func userChose(_ environment: [String: String]) -> Bool {
        if let renderer = environment["GSK_RENDERER"], !renderer.isEmpty { return true }
        let debug = environment["GDK_DEBUG"]?.lowercased() ?? ""
        return debug.contains("gl-") || debug.contains("opengl")
    }

    /// Mesa's names for drawing OpenGL with the processor.
    static func isSoftware(renderer: String) -> Bool {
        let name = renderer.lowercased()
        return ["llvmpipe", "softpipe", "swrast", "software rasterizer", "lavapipe"].contains { name.contains($0) }
    }

    /// Device nodes through which OpenGL can reach a GPU: DRM render nodes, and NVIDIA's own driver.
    static func gpuDeviceNodes(dri: String = "/dev/dri", dev: String = "/dev") -> [String] {
        let fileManager = FileManager.default
        let render = ((try? fileManager.contentsOfDirectory(atPath: dri)) ?? []).filter { $0.hasPrefix("renderD") }
        let nvidia = ((try? fileManager.contentsOfDirectory(atPath: dev)) ?? []).filter(isNVIDIADevice)
        return (render.map { "\(dri)/\($0)" } + nvidia.map { "\(dev)/\($0)" }).sorted()
    }

    /// `nvidia0`, `nvidia1`…, not `nvidiactl` or `nvidia-modeset`. Matched by hand: a regular
    /// expression would load ICU at start-up, about 2 ms and its pages of memory.
    private static func isNVIDIADevice(_ name: String) -> Bool {
        let number = name.utf8.dropFirst(6)
        return name.hasPrefix("nvidia") && !number.isEmpty && number.allSatisfy { (0x30...0x39).contains($0) }
    }
}
