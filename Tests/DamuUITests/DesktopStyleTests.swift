import CGtk
import DamuCore
import DamuRender
import Foundation
import GtkShim
import XCTest

@testable import DamuUI

/// The pictures follow the desktop's style while Damu is open: a dark preference from the settings
/// portal or from GtkSettings, and a high-contrast theme, redraw the wheel in the matching palette.
final class DesktopStyleTests: GUITestCase, @unchecked Sendable {
    override func tearDownWithError() throws {
        MainActor.assumeIsolated { damu_shim_set_style("Default", 0) }
        try super.tearDownWithError()
    }

    @MainActor
    private func historyWindow() throws -> AppWindow {
        Theme.followDesktop()
        let window = try makeWindow(width: 1024, height: 768)
        window.chooser.demoButton.click()
        pump(milliseconds: 300)
        XCTAssertEqual(window.currentPage, "history")
        return window
    }

    /// The colour of the wheel's top-left corner, which is background only.
    @MainActor
    private func wheelBackground(_ window: AppWindow) throws -> (r: UInt8, g: UInt8, b: UInt8) {
        pump(milliseconds: 200)
        let pixel = try Snapshot.pixels(of: window.history.wheel.widget).rgba(x: 2, y: 2)
        return (pixel.r, pixel.g, pixel.b)
    }

    private func assertColour(_ pixel: (r: UInt8, g: UInt8, b: UInt8), _ colour: RGBA, _ what: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        let expected = [colour.r, colour.g, colour.b].map { Int(($0 * 255).rounded()) }
        let got = [Int(pixel.r), Int(pixel.g), Int(pixel.b)]
        XCTAssertTrue(zip(expected, got).allSatisfy { abs($0 - $1) <= 2 }, "\(what): \(got), expected \(expected)",
                      file: file, line: line)
    }

    func testThemeNamesChooseTheirPalette() {
        MainActor.assumeIsolated {
            XCTAssertEqual(Theme.palette(themeName: "Adwaita", prefersDark: false), .light)
            XCTAssertEqual(Theme.palette(themeName: "Adwaita", prefersDark: true), .dark)
            XCTAssertEqual(Theme.palette(themeName: "Adwaita-dark", prefersDark: false), .dark)
            XCTAssertEqual(Theme.palette(themeName: "HighContrast", prefersDark: false), .highContrast)
            XCTAssertEqual(Theme.palette(themeName: "HighContrastInverse", prefersDark: false), .highContrastDark)
            XCTAssertEqual(Theme.palette(themeName: "Default-hc", prefersDark: false), .highContrast)
            XCTAssertEqual(Theme.palette(themeName: "Default-hc-dark", prefersDark: false), .highContrastDark)
            XCTAssertEqual(Theme.palette(themeName: "Default-hc", prefersDark: true), .highContrastDark)
        }
    }

    func testTheWheelRedrawsWhenTheDesktopSwitchesToDarkOrHighContrast() throws {
        try MainActor.assumeIsolated {
            damu_shim_set_style("Default", 0)
            let window = try historyWindow()
            assertColour(try wheelBackground(window), Palette.light.background, "light")

            damu_shim_set_style(nil, 1)
            assertColour(try wheelBackground(window), Palette.dark.background, "dark, with nothing else touched")
            screenshot(window, "style-dark-1024")
            XCTAssertEqual(window.history.trendLines.first?.colour, Palette.dark.series[0], "the trend's lines are recoloured")

            damu_shim_set_style("HighContrastInverse", 0)
            assertColour(try wheelBackground(window), Palette.highContrastDark.background, "high contrast, white on black")
            damu_shim_set_style("HighContrast", 0)
            assertColour(try wheelBackground(window), Palette.highContrast.background, "high contrast")
            XCTAssertEqual(window.history.trendLines.first?.colour, Palette.highContrast.series[0])
            screenshot(window, "style-high-contrast-1024")
        }
    }

    func testTheSettingsPortalsDarkPreferenceIsFollowedAndItsChangesToo() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("desktop/fake-settings-portal.py")
        let portal = Process()
        // Debian's Python, which has the GObject bindings (scripts/setup installs python3-gi).
        portal.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        portal.arguments = [script.path, "1"]
        let input = Pipe(), output = Pipe()
        portal.standardInput = input
        portal.standardOutput = output
        try portal.run()
        defer {
            try? input.fileHandleForWriting.close()
            portal.terminate()
            portal.waitUntilExit()
        }
        let lines = LineReader(output.fileHandleForReading)
        XCTAssertEqual(lines.next(), "ready", "the stand-in portal owns org.freedesktop.portal.Desktop")

        try MainActor.assumeIsolated {
            damu_shim_set_style("Default", 0)
            let window = try historyWindow()
            damu_shim_follow_color_scheme()
            XCTAssertTrue(waitUntil { damu_shim_prefers_dark() != 0 }, "color-scheme 1 (prefer dark) was read")
            assertColour(try wheelBackground(window), Palette.dark.background, "dark after reading the portal")

            input.fileHandleForWriting.write(Data("2\n".utf8))
            XCTAssertEqual(lines.next(), "changed 2")
            XCTAssertTrue(waitUntil { damu_shim_prefers_dark() == 0 }, "SettingChanged to 2 (prefer light) was followed")
            assertColour(try wheelBackground(window), Palette.light.background, "light again")
        }
    }
}

/// Lines from a child's stdout, read as they come (blocking).
private final class LineReader {
    private let handle: FileHandle
    private var buffer = Data()

    init(_ handle: FileHandle) { self.handle = handle }

    func next() -> String? {
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[buffer.startIndex..<end], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...end)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
