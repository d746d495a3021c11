import FolioML
import Foundation

/// folio-bench: trains the reference models on full MNIST and prints speed, accuracy and memory.
/// Usage: folio-bench [--data DIR] [--models cnn,mlp,resnet,profile,lr,svm,knn|gemm|conv] [--epochs N] [--seed N]

struct BenchmarkArguments {
    var data: String?
    var models = ["mlp", "cnn", "lr", "svm"]
    var epochs: Int?
    var seed: UInt64 = 42
    var limit: Int?

    init(_ arguments: [String]) throws {
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw BenchError("\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--data": data = try value()
            case "--models": models = try value().split(separator: ",").map { $0.lowercased() }
            case "--epochs": epochs = Int(try value())
            case "--seed": seed = UInt64(try value()) ?? 42
            case "--limit": limit = Int(try value())
            case "--help", "-h":
                print("usage: folio-bench [--data DIR] [--models cnn,mlp,resnet,profile,lr,svm,knn|gemm|conv] [--epochs N] [--seed N] [--limit N]")
                exit(0)
            default: throw BenchError("unknown argument \(arguments[index])")
            }
            index += 1
        }
    }
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// User + system CPU seconds of this process so far (all threads).
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func format(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

func benchmarkNetwork(name: String, model: Sequential, epochs: Int, data: MNIST, seed: UInt64) throws {
    print("== \(name): \(epochs) epochs, batch 128, Adam 1e-3")
    let started = Date()
    var cpuAtEpochEnd = [cpuSeconds()]
    let history = try model.fit(
        x: data.trainImages, y: data.trainLabels,
        options: FitOptions(epochs: epochs, batchSize: 128, optimizer: .adam(lr: 0.001), seed: seed),
        progress: { progress in
            if progress.finishedEpoch != nil {
                cpuAtEpochEnd.append(cpuSeconds())
                let cpu = cpuAtEpochEnd[cpuAtEpochEnd.count - 1] - cpuAtEpochEnd[cpuAtEpochEnd.count - 2]
                print("  [\(name)] epoch \(progress.epoch)/\(progress.epochs) done at \(format(Date().timeIntervalSince(started), 1)) s "
                      + "(CPU \(format(cpu)) s), running loss \(format(progress.loss, 4)), acc \(format(progress.accuracy, 4))")
            }
        })
    let trainSeconds = Date().timeIntervalSince(started)
    let cpuPerEpoch = zip(cpuAtEpochEnd.dropFirst(), cpuAtEpochEnd).map { $0 - $1 }
    for (index, record) in history.epochs.enumerated() {
        let cpu = index < cpuPerEpoch.count ? format(cpuPerEpoch[index]) : "?"
        print("  epoch \(record.epoch): \(format(record.seconds)) s (CPU \(cpu) s), loss \(format(record.loss, 4)), acc \(format(record.accuracy, 4))")
    }
    let perEpoch = median(history.epochs.dropFirst().map(\.seconds))
    let inferenceStart = Date()
    let score = try model.evaluate(x: data.testImages, y: data.testLabels)
    let inferenceSeconds = Date().timeIntervalSince(inferenceStart)
    let imagesPerSecond = Double(data.testLabels.count) / inferenceSeconds
    print("  \(name): s/epoch (median excl. first) \(format(history.epochs.count > 1 ? perEpoch : history.epochs[0].seconds)), "
          + "CPU s/epoch \(format(median(Array(cpuPerEpoch.dropFirst())))), total \(format(trainSeconds, 1)) s, test accuracy \(format(score.accuracy, 4)), test loss \(format(score.loss, 4)), "
          + "inference \(Int(imagesPerSecond)) img/s, peak RSS \(Int(peakMemoryMiB())) MiB")
}

func benchmarkClassic(name: String, model: Classifier, data: MNIST, seed: UInt64) throws {
    let started = Date()
    _ = try model.fit(x: data.trainImages, y: data.trainLabels, options: FitOptions(seed: seed), progress: nil)
    let fitSeconds = Date().timeIntervalSince(started)
    let inferenceStart = Date()
    let score = try model.evaluate(x: data.testImages, y: data.testLabels)
    let inferenceSeconds = Date().timeIntervalSince(inferenceStart)
    print("== \(name): fit \(format(fitSeconds)) s, test accuracy \(format(score.accuracy, 4)), "
          + "inference \(Int(Double(data.testLabels.count) / inferenceSeconds)) img/s, peak RSS \(Int(peakMemoryMiB())) MiB")
}

func run() throws {
    let arguments = try BenchmarkArguments(Array(CommandLine.arguments.dropFirst()))
    if arguments.models == ["gemm"] { return try GemmProbe.run() }
    if arguments.models == ["conv"] { return try ConvolutionProbe.run() }
    let candidates = arguments.data.map { [$0] } ?? ["data/mnist", "../shared/data/mnist"]
    guard let directory = candidates.first(where: {
        FileManager.default.fileExists(atPath: ($0 as NSString).appendingPathComponent("train-images-idx3-ubyte.gz"))
    }) else {
        throw BenchError("no MNIST IDX files in \(candidates.joined(separator: " or ")); use --data DIR")
    }
    let loadStart = Date()
    var data = try MNIST.load(directory: directory)
    if let limit = arguments.limit, limit < data.trainLabels.count {
        data = MNIST(trainImages: try data.trainImages.samples(0..<limit), trainLabels: Array(data.trainLabels[0..<limit]),
                     testImages: data.testImages, testLabels: data.testLabels)
    }
    print("IDX data from \(directory): \(data.trainLabels.count) train, \(data.testLabels.count) test, loaded in \(format(Date().timeIntervalSince(loadStart))) s")
    print("date: \(ISO8601DateFormatter().string(from: Date()))")
    print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; load \((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?")")
    for name in arguments.models {
        switch name {
        case "mlp": try benchmarkNetwork(name: "MLP", model: BenchmarkModels.mlp(), epochs: arguments.epochs ?? 10, data: data, seed: arguments.seed)
        case "cnn": try benchmarkNetwork(name: "CNN", model: BenchmarkModels.cnn(), epochs: arguments.epochs ?? 12, data: data, seed: arguments.seed)
        case "profile": try LayerProfile.run(data: data, seed: arguments.seed)
        case "resnet": try benchmarkNetwork(name: "ResNet", model: BenchmarkModels.resnet(), epochs: arguments.epochs ?? 3, data: data, seed: arguments.seed)
        case "lr": try benchmarkClassic(name: "LogisticRegression", model: LogisticRegression(l2: 1e-4), data: data, seed: arguments.seed)
        case "svm": try benchmarkClassic(name: "LinearSVM", model: LinearSVM(c: 1), data: data, seed: arguments.seed)
        case "knn":
            let knn = try KNN(k: 3)
            try benchmarkClassic(name: "KNN(k: 3)", model: knn, data: data, seed: arguments.seed)
        default: throw BenchError("unknown model \(name); choose from cnn, mlp, resnet, lr, svm, knn")
        }
    }
}

// Line-buffered output, so progress shows up when redirected to a file.
setvbuf(stdout, nil, _IOLBF, 0)
do {
    try run()
} catch {
    FileHandle.standardError.write(Data("folio-bench: \(error)\n".utf8))
    exit(1)
}
