import Foundation
import XCTest

/// The package root, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A scratch project per test (its own results and cache), removed afterwards.
final class SweepProject {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-sweep-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    /// A tiny notebook on the 5k digits: load 800 of them (no swept param reaches this cell), a
    /// one-epoch MLP of `width` units trained with `lr`, and its test accuracy recorded. A width
    /// of 0 fails in the model cell.
    func writeTinyNotebook() throws -> String {
        let data = try mnist5k().path
        try write("tiny.md", """
        ---
        title: Tiny sweep
        params:
          lr: 0.05
          width: 16
          seed: 1
        ---

        ```swift
        //| label: load
        let (train, test) = Dataset.csv("\(data)", labelColumn: 784, imageShape: [28, 28]).split(test: 0.2, stratified: true, seed: 7)
        let trainX = train.prefix(800).normalized()
        let testX = test.prefix(300).normalized()
        ```

        ```swift
        //| label: fit
        let model = Sequential {
            Flatten()
            Dense(width, activation: .relu)
            Dense(10, activation: .softmax)
        }
        let history = model.fit(trainX, epochs: 1, batchSize: 64, optimizer: .sgd(lr: lr), seed: seed)
        ```

        ```swift
        //| label: evaluate
        let evaluation = model.evaluate(testX)
        record("accuracy", evaluation.accuracy)
        record("units", width)
        record("optimizer", "sgd")
        ```
        """)
        return "tiny.md"
    }

    /// The records of every finished point in sweep.json, by point name.
    func sweepRecords(_ name: String = "tiny") throws -> [String: [String: String]] {
        let data = try Data(contentsOf: url.appendingPathComponent("results/\(name)/sweep.json"))
        guard let sweep = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let points = sweep["points"] as? [[String: Any]] else { throw CancellationError() }
        var found: [String: [String: String]] = [:]
        for point in points {
            guard let name = point["point"] as? String, let records = point["records"] as? [String: Any] else { continue }
            found[name] = records.mapValues { "\($0)" }
        }
        return found
    }
}

/// `data/mnist_5k.csv.gz`, which the test command fetches; skipped without it, except in CI.
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

func folioExecutable() throws -> URL {
    for configuration in ["debug", "release"] {
        let url = packageRoot.appendingPathComponent(".build/\(configuration)/folio")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    throw XCTSkip("the folio executable is not built (run `swift build` first)")
}

struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs a program to the end and collects what it printed.
func runCommand(_ executable: URL, _ arguments: [String], in directory: URL, environment extra: [String: String] = [:]) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment.merge(extra) { $1 }
    process.environment = environment
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    var errData = Data()
    let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { usleep(1000) }
    return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}

func runFolio(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandResult {
    try runCommand(try folioExecutable(), arguments, in: directory, environment: environment)
}
