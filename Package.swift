// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "damu",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "damu", targets: ["damu"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // gettext and locale from glibc: the only C the domain core needs.
        .systemLibrary(name: "CIntl", path: "Sources/CIntl"),
        // cairo, cairo-pdf and pango for drawing without a display (CLI exports, tests).
        .systemLibrary(
            name: "CPangoCairo", path: "Sources/CPangoCairo", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(
            name: "CGtk", path: "Sources/CGtk", pkgConfig: "gtk4",
            providers: [.apt(["libgtk-4-dev"])]),
        // The few things Swift cannot call directly: macros, varargs, main-loop glue.
        .target(
            name: "GtkShim", dependencies: ["CGtk"], path: "Sources/GtkShim",
            linkerSettings: [.linkedLibrary("dispatch")]),
        .target(name: "DamuCore", dependencies: ["CIntl"]),
        .target(
            name: "DamuStore",
            dependencies: ["DamuCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "DamuRender", dependencies: ["DamuCore", "CPangoCairo"]),
        .target(
            name: "DamuUI",
            dependencies: ["DamuCore", "DamuStore", "DamuRender", "GtkShim", "CGtk"]),
        .executableTarget(
            name: "damu",
            dependencies: [
                "DamuCore", "DamuStore", "DamuRender", "DamuUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "DamuCoreTests", dependencies: ["DamuCore"]),
        .testTarget(name: "DamuStoreTests", dependencies: ["DamuStore"]),
        .testTarget(name: "DamuRenderTests", dependencies: ["DamuRender", "CPangoCairo"]),
        .testTarget(
            name: "DamuUITests",
            dependencies: ["DamuUI", "GtkShim", "CGtk", "DamuTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "DamuCLITests", dependencies: ["DamuStore"]),
        // Tests that break things on purpose: killed writers, broken files, full disks, two writers.
        .testTarget(
            name: "DamuFailureTests",
            dependencies: [
                "DamuCore", "DamuStore", "DamuRender", "DamuTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        // A full disk and a read-only folder, made for real for the process that asks (and its children).
        .target(name: "DamuTestSupport", path: "Tests/DamuTestSupport"),
        // The failure tests' child process: saves analyses in a loop until killed; writes the
        // schema fixtures under Tests/Fixtures.
        .executableTarget(
            name: "damu-test-writer", dependencies: ["DamuCore", "DamuStore"], path: "Tests/DamuTestWriter"),
        // Benchmarks (scripts/bench): figures and ratios, never a pass or a fail.
        .executableTarget(
            name: "damu-bench",
            dependencies: ["DamuCore", "DamuStore", "DamuRender", "CPangoCairo", "CGtk", "GtkShim"],
            path: "bench/damu-bench"),
        // The smallest GTK 4 window, in C: the yardstick for Damu's start.
        .target(name: "BareWindow", dependencies: ["CGtk"], path: "bench/bare-window-core"),
        .executableTarget(name: "bench-bare-window", dependencies: ["BareWindow"], path: "bench/bare-window"),
        // The same window from a Swift program linked with Damu's libraries: their share of the start.
        .executableTarget(
            name: "bench-bare-window-swift",
            dependencies: ["BareWindow", .product(name: "GRDB", package: "GRDB.swift")],
            path: "bench/bare-window-swift"),
    ],
    swiftLanguageModes: [.v6]
)
