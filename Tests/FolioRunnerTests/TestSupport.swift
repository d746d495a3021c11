import Foundation
import XCTest

/// A scratch folder per test, removed afterwards.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) }
}

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// `data/mnist_5k.csv.gz`, which the test command fetches: a test that needs it is skipped without
/// it, except in CI, where it fails.
func mnist5k() throws -> URL {
    let data = packageRoot.appendingPathComponent("data/mnist_5k.csv.gz")
    guard FileManager.default.fileExists(atPath: data.path) else {
        let problem = "data/mnist_5k.csv.gz is missing: run scripts/fetch-data.sh"
        if ProcessInfo.processInfo.environment["CI"] != nil {
            XCTFail(problem)
            throw CancellationError()
        }
        throw XCTSkip(problem)
    }
    return data
}

/// The built `folio` executable next to the test bundle.
func folioExecutable() throws -> URL {
    for configuration in ["debug", "release"] {
        let url = packageRoot.appendingPathComponent(".build/\(configuration)/folio")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    throw XCTSkip("the folio executable is not built (run `swift build` first)")
}

struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the process ended by a signal (a crash), not by exit().
    var crashed: Bool
}

/// Runs the folio command in `directory` and collects what it printed.
func runFolio(_ arguments: [String], in directory: URL, executable: URL? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = try executable ?? folioExecutable()
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus,
                         stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self),
                         crashed: process.terminationReason == .uncaughtSignal)
}
