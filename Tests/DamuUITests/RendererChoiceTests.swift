import CGtk
import Foundation
import GtkShim
import XCTest

@testable import DamuUI

/// Damu picks GTK's cairo renderer where OpenGL is drawn by the processor, unless told otherwise.
final class RendererChoiceTests: GUITestCase, @unchecked Sendable {
    func testWhatIsDecidedBeforeGTKStarts() throws {
        try MainActor.assumeIsolated {
            XCTAssertEqual(RendererChoice.decisionBeforeGTK(environment: [:], deviceNodes: []), .noGPU)
            XCTAssertNil(RendererChoice.decisionBeforeGTK(environment: [:], deviceNodes: ["/dev/dri/renderD128"]),
                         "a GPU device: only OpenGL itself can tell")
            for environment in [["GSK_RENDERER": "gl"], ["GSK_RENDERER": "cairo"], ["GDK_DEBUG": "gl-disable"], ["GDK_DEBUG": "opengl,gl-glx"]] {
                XCTAssertEqual(RendererChoice.decisionBeforeGTK(environment: environment, deviceNodes: []), .leftToUser, "\(environment)")
            }
            XCTAssertEqual(RendererChoice.decisionBeforeGTK(environment: ["GSK_RENDERER": "", "GDK_DEBUG": "misc"], deviceNodes: []), .noGPU)

            let devices = folder.appendingPathComponent("dev")
            try FileManager.default.createDirectory(at: devices.appendingPathComponent("dri"), withIntermediateDirectories: true)
            for name in ["dri/card0", "dri/renderD128", "nvidiactl", "nvidia-modeset", "nvidia", "nvidia0", "nvidia12", "null"] {
                XCTAssertTrue(FileManager.default.createFile(atPath: devices.appendingPathComponent(name).path, contents: nil))
            }
            XCTAssertEqual(
                RendererChoice.gpuDeviceNodes(dri: devices.appendingPathComponent("dri").path, dev: devices.path),
                [devices.appendingPathComponent("dri/renderD128").path, devices.appendingPathComponent("nvidia0").path,
                 devices.appendingPathComponent("nvidia12").path].sorted())
            XCTAssertEqual(RendererChoice.gpuDeviceNodes(dri: folder.appendingPathComponent("none").path, dev: folder.path), [])
        }
    }

    func testSoftwareRenderersAreRecognised() throws {
        MainActor.assumeIsolated {
            for name in ["llvmpipe (LLVM 15.0.6, 256 bits)", "softpipe", "Software Rasterizer", "Mesa X11 swrast"] {
                XCTAssertEqual(RendererChoice.judge(renderer: name), .softwareGL(name), name)
            }
            for name in ["Mesa Intel(R) HD Graphics 520 (SKL GT2)", "AMD Radeon R5 Graphics (radeonsi, stoney, LLVM 15.0.6)", "NVIDIA GeForce GT 710/PCIe/SSE2"] {
                XCTAssertEqual(RendererChoice.judge(renderer: name), .hardwareGL(name), name)
            }
            XCTAssertEqual(RendererChoice.judge(renderer: nil), .noGL)
        }
    }

    /// The probe itself, on this display: Xvfb has no GPU, so its OpenGL is always Mesa's software one.
    func testTheProbeReadsTheRendererOfThisDisplay() throws {
        try MainActor.assumeIsolated {
            let pointer = try XCTUnwrap(damu_shim_gl_renderer(), "Xvfb offers OpenGL through Mesa")
            let renderer = String(cString: pointer)
            g_free(pointer)
            XCTAssertTrue(RendererChoice.isSoftware(renderer: renderer), renderer)
        }
    }

    /// The real program on this display: cairo by its own choice, GL when the user asks for it.
    func testDamuChoosesCairoOnSoftwareGLUnlessToldOtherwise() throws {
        let database = folder.appendingPathComponent("renderer.sqlite")
        for (environment, expected) in [([String: String?](), "GskCairoRenderer"), (["GSK_RENDERER": "gl"], "GskGLRenderer")] {
            var variables: [String: String?] = [
                "GSK_RENDERER": nil, "GDK_DEBUG": nil, "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            ]
            variables.merge(environment) { $1 }
            let (status, text) = try FirstFrameLaunch.run(arguments: ["--db", database.path], environment: variables)
            XCTAssertEqual(status, 0, text)
            let report = text.split(separator: "\n").first { $0.hasPrefix("first-frame ") }.map(String.init) ?? ""
            // "first-frame <time> <memory> <renderer> <own memory> <marks>": the renderer is the fourth field.
            let fields = report.split(separator: " ").map(String.init)
            XCTAssertEqual(fields.count > 3 ? fields[3] : "", expected, "\(environment): \(text)")
            XCTAssertGreaterThan(fields.count > 4 ? Int(fields[4]) ?? 0 : 0, 0, "own memory: \(text)")
        }
    }
}
