// swift-tools-version:5.9
// libFuzzer targets for Folio's parsers and readers. Build and run them with scripts/fuzz.sh
// (it passes -sanitize=fuzzer,address and -parse-as-library: libFuzzer supplies `main`).
import Foundation
import PackageDescription

// A path dependency's identity is its folder name, which differs between checkouts.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent
let folio: [Target.Dependency] = [.product(name: "FolioFuzzable", package: root), "FuzzSupport"]

let package = Package(
    name: "FolioFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzNotebook", dependencies: folio),
        .executableTarget(name: "FuzzLanguage", dependencies: folio),
        .executableTarget(name: "FuzzCSV", dependencies: folio),
        .executableTarget(name: "FuzzIDX", dependencies: folio),
        .executableTarget(name: "FuzzImage", dependencies: folio),
        .executableTarget(name: "FuzzGzip", dependencies: folio),
        .executableTarget(name: "FuzzSafeTensors", dependencies: folio),
        .executableTarget(name: "FuzzValueArchive", dependencies: folio),
    ]
)
