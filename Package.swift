// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .executable(name: "folio-bench", targets: ["folio-bench"]),
        // Folio's data, models, training, evaluation, charts and reports as a Swift API (`folio export --swift` programs use it).
        .library(name: "FolioKit", targets: ["FolioKit"]),
        // For the fuzz targets in Fuzz/ (a separate package that depends on this one by path).
        .library(name: "FolioFuzzable", targets: ["FolioMarkdown", "FolioLanguage", "FolioData", "FolioML", "FolioLibrary", "FolioRunner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // The preview's HTTP server. Chosen over Hummingbird for its build cost: see docs/architecture.md.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Exported programs keep a notebook's dictionaries in insertion order, as Folio does (FolioKit).
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // C libraries from Debian packages.
        .systemLibrary(name: "CCmarkGFM", path: "Sources/CCmarkGFM"),
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .systemLibrary(name: "CPNG", path: "Sources/CPNG"),

        // Shared values: source locations, diagnostics, outputs, tables.
        .target(name: "FolioCore"),
        // The only code that touches cmark-gfm: notebooks, front matter, prose HTML.
        .target(name: "FolioMarkdown", dependencies: ["CCmarkGFM", "FolioCore", .product(name: "Yams", package: "Yams")]),
        // Lexer, parser, checker, interpreter, and the vocabulary declaration.
        .target(name: "FolioLanguage", dependencies: ["FolioCore"],
                // The interpreter's frame and box accesses are checked by construction; the dynamic
                // exclusivity checks on them cost a large share of a loop iteration or call.
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        // Tensors on OpenBLAS, layers, optimizers, models, metrics. Knows nothing of notebooks.
        .target(name: "FolioML", dependencies: ["CBLAS", "FolioCore"], swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        // Loading and preprocessing image data sets (CSV, IDX, PNG, PGM).
        .target(name: "FolioData", dependencies: ["FolioCore", "CZlib", "CPNG"]),
        // Deterministic SVG charts. Knows nothing of training.
        .target(name: "FolioCharts"),
        // HTML, executed Markdown and ipynb writers.
        .target(name: "FolioReport", dependencies: ["FolioCore", "FolioMarkdown"]),
        // The ML vocabulary: binds FolioML, FolioData and FolioCharts into the language; its host
        // values archive themselves for the cell cache (FolioCore's Archivable).
        .target(name: "FolioLibrary", dependencies: ["FolioLanguage", "FolioML", "FolioData", "FolioCharts", "FolioCore"]),
        // Runs a notebook's cells in order: cell graph, cache, params, progress. Knows no ML: the
        // vocabulary and the archivable host values are handed to it (the `folio` target wires them).
        .target(name: "FolioRunner", dependencies: ["FolioMarkdown", "FolioLanguage", "FolioReport", "FolioCore"]),
        // `folio preview`: serves the results folder on 127.0.0.1, re-runs on change, reloads the page.
        .target(name: "FolioPreview", dependencies: ["FolioRunner", "FolioReport", "FolioCore", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]),
        // `folio sweep`: a grid of params, each point an ordinary run, on local cores or a Slurm job array; the summary.
        .target(name: "FolioSweep", dependencies: ["FolioRunner", "FolioReport", "FolioCharts", "FolioCore", .product(name: "Yams", package: "Yams")]),
        // The notebook vocabulary as a typed Swift API, and the report `folio run` writes, for programs.
        .target(name: "FolioKit", dependencies: ["FolioLibrary", "FolioLanguage", "FolioRunner", "FolioReport", "FolioMarkdown", "FolioCore",
                                                .product(name: "OrderedCollections", package: "swift-collections")]),
        // `folio export`: a notebook translated into a SwiftPM package (or one script) that uses FolioKit.
        .target(name: "FolioExport", dependencies: ["FolioLanguage", "FolioMarkdown", "FolioCore"]),
        .executableTarget(name: "folio", dependencies: ["FolioRunner", "FolioPreview", "FolioSweep", "FolioLibrary", "FolioExport", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "folio-bench", dependencies: ["FolioML", "FolioData"], swiftSettings: [.unsafeFlags(["-Ounchecked"])]),

        // Helpers shared by test targets (golden files).
        .target(name: "FolioTestSupport", path: "Tests/FolioTestSupport"),
        .testTarget(name: "FolioCoreTests", dependencies: ["FolioCore"]),
        .testTarget(name: "FolioMarkdownTests", dependencies: ["FolioMarkdown", "FolioTestSupport"]),
        .testTarget(name: "FolioLanguageTests", dependencies: ["FolioLanguage"]),
        .testTarget(name: "FolioMLTests", dependencies: ["FolioML"]),
        .testTarget(name: "FolioDataTests", dependencies: ["FolioData"]),
        .testTarget(name: "FolioChartsTests", dependencies: ["FolioCharts"]),
        .testTarget(name: "FolioReportTests", dependencies: ["FolioReport", "FolioTestSupport"]),
        .testTarget(name: "FolioLibraryTests", dependencies: ["FolioLibrary", "FolioRunner", "FolioLanguage", "FolioCore"], exclude: ["Fixtures"]),
        .testTarget(name: "FolioRunnerTests", dependencies: ["FolioRunner", "FolioLibrary", "FolioLanguage", "FolioReport", "FolioCore"]),
        .testTarget(name: "FolioSweepTests", dependencies: ["FolioSweep", "FolioRunner", "FolioLibrary", "FolioCore"]),
        .testTarget(name: "FolioPreviewTests", dependencies: ["FolioPreview", "FolioRunner", "FolioLibrary", "FolioCore"]),
        .testTarget(name: "FolioKitTests", dependencies: ["FolioKit"]),
        .testTarget(name: "FolioExportTests", dependencies: ["FolioExport", "FolioLibrary", "FolioLanguage", "FolioMarkdown", "FolioCore"]),
        // Programs in Tests/Differential run through Folio and compared with what swiftc made them print.
        .testTarget(name: "FolioDifferentialTests", dependencies: ["FolioRunner", "FolioLibrary", "FolioReport", "FolioCore"]),
    ]
)
