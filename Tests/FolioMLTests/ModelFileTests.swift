import FolioCore
import Foundation
import XCTest
@testable import FolioML

/// Saving and loading models as safetensors files: round trips for every model kind, the byte
/// layout, every kind of bad file, and compatibility with Python's `safetensors`.
final class ModelFileTests: XCTestCase {
    private let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("folio-model-file-tests-\(UUID().uuidString)")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    // MARK: Tiny synthetic data

    /// Three classes of 6×6 one-channel images: a bright top row band, left column band, or
    /// centre blob, plus deterministic noise. Easy enough that a few epochs learn something.
    private func syntheticImages(count: Int, seed: UInt64) throws -> (x: Tensor, y: [Int]) {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        func noise() -> Float {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 24) * 0.3
        }
        var values: [Float] = []
        var labels: [Int] = []
        for index in 0..<count {
            let label = index % 3
            for row in 0..<6 {
                for column in 0..<6 {
                    let on: Bool
                    switch label {
                    case 0: on = row < 2
                    case 1: on = column < 2
                    default: on = (2...3).contains(row) && (2...3).contains(column)
                    }
                    values.append((on ? 0.8 : 0.1) + noise())
                }
            }
            labels.append(label)
        }
        return (try Tensor(shape: [count, 6, 6, 1], storage: values), labels)
    }

    private func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    private func fittedSequential() throws -> (Sequential, Tensor) {
        let data = try syntheticImages(count: 30, seed: 1)
        let model = try Sequential([
            Conv2D(3, kernel: 3, activation: .relu),
            BatchNorm(momentum: 0.5),
            MaxPool2D(2),
            Flatten(),
            Dense(3, activation: .softmax),
        ])
        _ = try model.fit(x: data.x, y: data.y, options: FitOptions(epochs: 2, batchSize: 10, seed: 3))
        return (model, data.x)
    }

    private func fittedLogisticRegression() throws -> (LogisticRegression, Tensor) {
        let data = try syntheticImages(count: 30, seed: 2)
        let model = try LogisticRegression(l2: 0.001)
        _ = try model.fit(x: data.x, y: data.y, options: FitOptions(epochs: 2, batchSize: 10))
        return (model, data.x)
    }

    // MARK: Round trips

    private func assertRoundTrip(_ model: Classifier, inputs: Tensor, inputShape: [Int]?,
                                 file: StaticString = #filePath, line: UInt = #line) throws -> LoadedModel {
        let target = url("nested/folder/\(model.displayName).safetensors")
        let names = ["top", "left", "centre"]
        try ModelFile.save(model, classNames: names, inputShape: inputShape, extra: ["notebook": "mnist.md"], to: target)
        let loaded = try ModelFile.load(from: target)
        XCTAssertEqual(try loaded.model.predictProbabilities(inputs), try model.predictProbabilities(inputs),
                       "probabilities differ after loading", file: file, line: line)
        XCTAssertEqual(try loaded.model.predict(inputs), try model.predict(inputs), file: file, line: line)
        XCTAssertEqual(try loaded.model.stateDict().sorted { $0.name < $1.name },
                       try model.stateDict().sorted { $0.name < $1.name }, file: file, line: line)
        XCTAssertEqual(loaded.model.modelDescription, model.modelDescription, file: file, line: line)
        XCTAssertEqual(loaded.classNames, names, file: file, line: line)
        XCTAssertEqual(loaded.inputShape, inputShape, file: file, line: line)
        XCTAssertEqual(loaded.metadata["notebook"], "mnist.md", file: file, line: line)
        XCTAssertEqual(loaded.metadata["format"], "folio-model", file: file, line: line)
        XCTAssertEqual(loaded.metadata["folio_version"], FolioVersion.current, file: file, line: line)
        return loaded
    }

    func testSequentialWithConvolutionBatchNormAndDenseRoundTrips() throws {
        let (model, inputs) = try fittedSequential()
        let movingMean = try XCTUnwrap(try model.stateDict().first { $0.name == "batch_normalization/moving_mean" })
        XCTAssertFalse(movingMean.values.allSatisfy { $0 == 0 }, "training should have moved the running mean")
        let loaded = try assertRoundTrip(model, inputs: inputs, inputShape: [6, 6, 1])
        let state = try loaded.model.stateDict()
        XCTAssertEqual(state.first { $0.name == "batch_normalization/moving_mean" }, movingMean)
        XCTAssertEqual(state.first { $0.name == "batch_normalization/moving_variance" },
                       try model.stateDict().first { $0.name == "batch_normalization/moving_variance" })
        XCTAssertEqual((loaded.model as? Sequential)?.inputShape, [6, 6, 1])
    }

    func testLogisticRegressionRoundTrips() throws {
        let (model, inputs) = try fittedLogisticRegression()
        _ = try assertRoundTrip(model, inputs: inputs, inputShape: [6, 6, 1])
    }

    func testLinearSVMRoundTrips() throws {
        let data = try syntheticImages(count: 30, seed: 4)
        let model = try LinearSVM(c: 0.5)
        _ = try model.fit(x: data.x, y: data.y, options: FitOptions(epochs: 2, batchSize: 10))
        _ = try assertRoundTrip(model, inputs: data.x, inputShape: nil)
    }

    func testKNNRoundTrips() throws {
        let data = try syntheticImages(count: 24, seed: 5)
        let queries = try syntheticImages(count: 9, seed: 6)
        let model = try KNN(k: 3)
        _ = try model.fit(x: data.x, y: data.y)
        let loaded = try assertRoundTrip(model, inputs: queries.x, inputShape: [6, 6, 1])
        XCTAssertEqual((loaded.model as? KNN)?.k, 3)
    }

    func testEmptyClassNamesBecomeLabelNumbersAndTheVersionIsRecorded() throws {
        let (model, _) = try fittedLogisticRegression()
        try ModelFile.save(model, classNames: [], inputShape: nil, folioVersion: "9.8.7", to: url("numbers.safetensors"))
        let loaded = try ModelFile.load(from: url("numbers.safetensors"))
        XCTAssertEqual(loaded.classNames, ["0", "1", "2"])
        XCTAssertEqual(loaded.metadata["folio_version"], "9.8.7")
        XCTAssertNil(loaded.inputShape)
    }

    // MARK: Layout and atomic writing

    func testFileLayoutFollowsTheSafetensorsFormat() throws {
        let tensors = [NamedArray(name: "b", shape: [2], values: [1.5, -2]),
                       NamedArray(name: "a", shape: [1, 1], values: [0.25])]
        let bytes = [UInt8](try SafeTensors.encode(tensors, metadata: ["k": "v"]))
        let headerLength = bytes[0..<8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        XCTAssertEqual(headerLength % 8, 0, "header padded to a multiple of 8")
        let header = try XCTUnwrap(String(bytes: bytes[8..<(8 + headerLength)], encoding: .utf8))
        XCTAssertEqual(header.trimmingCharacters(in: .whitespaces),
                       #"{"__metadata__":{"k":"v"},"a":{"data_offsets":[0,4],"dtype":"F32","shape":[1,1]},"b":{"data_offsets":[4,12],"dtype":"F32","shape":[2]}}"#)
        // Tensors sorted by name: a (0.25) then b (1.5, -2), little-endian F32.
        XCTAssertEqual(Array(bytes[(8 + headerLength)...]),
                       [0x00, 0x00, 0x80, 0x3E, 0x00, 0x00, 0xC0, 0x3F, 0x00, 0x00, 0x00, 0xC0])
        let decoded = try SafeTensors.decode(Data(bytes))
        XCTAssertEqual(decoded.metadata, ["k": "v"])
        XCTAssertEqual(decoded.tensors, tensors.reversed())
        // A slice of a larger buffer (non-zero start index) decodes the same.
        let slice = (Data([9, 9, 9]) + Data(bytes)).dropFirst(3)
        XCTAssertEqual(try SafeTensors.decode(slice), decoded)
    }

    func testSavingIsDeterministicAndOverwritesWithoutLeftovers() throws {
        let (model, _) = try fittedLogisticRegression()
        let target = url("out/model.safetensors")
        try ModelFile.save(model, classNames: [], inputShape: [36], to: target)
        let first = try Data(contentsOf: target)
        try ModelFile.save(model, classNames: [], inputShape: [36], to: target)
        XCTAssertEqual(try Data(contentsOf: target), first)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url("out").path), ["model.safetensors"])
    }

    func testReadsF16F64AndI64Tensors() throws {
        let header = #"{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"d":{"dtype":"F64","shape":[1],"data_offsets":[4,12]},"i":{"dtype":"I64","shape":[1],"data_offsets":[12,20]}}"#
        var data: [UInt8] = [0x00, 0x3C, 0x00, 0xC1]                       // 1.0, -2.5 as F16
        data += withUnsafeBytes(of: (0.125 as Double).bitPattern.littleEndian, Array.init)
        data += withUnsafeBytes(of: Int64(-7).littleEndian, Array.init)
        let contents = try SafeTensors.decode(fileBytes(header: header, data: data))
        XCTAssertEqual(contents.tensor(named: "h")?.values, [1, -2.5])
        XCTAssertEqual(contents.tensor(named: "d")?.values, [0.125])
        XCTAssertEqual(contents.tensor(named: "i")?.values, [-7])
    }

    // MARK: Bad files

    private func fileBytes(header: String, data: [UInt8], declaredLength: UInt64? = nil) -> Data {
        let json = Array(header.utf8)
        let length = declaredLength ?? UInt64(json.count)
        return Data(withUnsafeBytes(of: length.littleEndian, Array.init) + json + data)
    }

    private func assertDecodeFails(_ data: Data, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try SafeTensors.decode(data, file: "bad.safetensors"), file: file, line: line) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("bad.safetensors: "), message, file: file, line: line)
            XCTAssertTrue(message.contains(expected), "\(message)\n does not contain: \(expected)", file: file, line: line)
        }
    }

    private func assertLoadFails(_ target: URL, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ModelFile.load(from: target), file: file, line: line) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix(target.path + ": "), message, file: file, line: line)
            XCTAssertTrue(message.contains(expected), "\(message)\n does not contain: \(expected)", file: file, line: line)
        }
    }

    private let oneTensor = #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#

    func testTruncatedFiles() throws {
        assertDecodeFails(Data([1, 0, 0]), "the file is too short (3 bytes) to be a safetensors file")
        assertDecodeFails(fileBytes(header: oneTensor, data: [0, 0, 0]),
                          "tensor 'w' has data_offsets [0, 8] beyond the 3 bytes of data; the file is truncated or corrupt")
        let (model, _) = try fittedLogisticRegression()
        let target = url("truncated.safetensors")
        try ModelFile.save(model, classNames: [], inputShape: nil, to: target)
        let whole = try Data(contentsOf: target)
        try whole.prefix(40).write(to: target)
        assertLoadFails(target, "only 32 follow it; the file is truncated or not a safetensors file")
    }

    func testHeaderLengthLargerThanTheFileOrAbsurd() {
        assertDecodeFails(fileBytes(header: oneTensor, data: [], declaredLength: 500),
                          "the header length says 500 bytes but only \(oneTensor.utf8.count) follow it")
        assertDecodeFails(fileBytes(header: oneTensor, data: [], declaredLength: UInt64.max),
                          "the header length 18446744073709551615 is absurd (more than 100000000 bytes)")
    }

    func testGarbageAndNonObjectHeaders() {
        assertDecodeFails(fileBytes(header: "{\"w\": [1, 2", data: []), "the header is not valid JSON")
        assertDecodeFails(fileBytes(header: "[1, 2]", data: []), "the header is not a JSON object")
        assertDecodeFails(fileBytes(header: #"{"w": 3}"#, data: []), "the header entry for tensor 'w' is not a JSON object")
        assertDecodeFails(fileBytes(header: #"{"__metadata__": {"a": 1}}"#, data: []),
                          "__metadata__ must be a JSON object whose values are all strings")
    }

    func testUnknownDtype() {
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"Q4","shape":[2],"data_offsets":[0,1]}}"#, data: [0]),
                          "tensor 'w' has dtype 'Q4', which Folio cannot read (it reads F32, F16, F64, I64)")
        assertDecodeFails(fileBytes(header: #"{"w":{"shape":[2],"data_offsets":[0,8]}}"#, data: []), "tensor 'w' has no dtype string")
    }

    func testBadShapes() {
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[2,-1],"data_offsets":[0,8]}}"#, data: Array(repeating: 0, count: 8)),
                          "tensor 'w' has a negative size in its shape [2, -1]")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[9223372036854775807,4],"data_offsets":[0,8]}}"#, data: Array(repeating: 0, count: 8)),
                          "tensor 'w' has a shape [9223372036854775807, 4] too large to count")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[2305843009213693952],"data_offsets":[0,8]}}"#, data: Array(repeating: 0, count: 8)),
                          "tensor 'w' of shape [2305843009213693952] is too large")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[2.5],"data_offsets":[0,8]}}"#, data: Array(repeating: 0, count: 8)),
                          "tensor 'w' has no shape, or its shape is not a list of whole numbers")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, data: Array(repeating: 0, count: 8)),
                          "tensor 'w' has data_offsets [0, 8] (8 bytes) but its shape [3] of F32 needs 12 bytes")
    }

    func testOffsetsOutOfRangeOverlappingOrLeavingGaps() {
        let eight = [UInt8](repeating: 0, count: 8)
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}"#, data: eight),
                          "tensor 'w' has data_offsets [8, 16] beyond the 8 bytes of data")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}}"#, data: []),
                          "tensor 'w' has data_offsets [4, 0], which do not make a range")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[2],"data_offsets":[0]}}"#, data: eight),
                          "tensor 'w' needs data_offsets [begin, end] of two whole numbers")
        assertDecodeFails(fileBytes(header: #"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: eight),
                          "tensor 'b' (bytes 4..<8) overlaps the tensor before it")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}"#, data: eight),
                          "bytes 0..<4 of the data belong to no tensor")
        assertDecodeFails(fileBytes(header: #"{"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}"#, data: eight),
                          "bytes 4..<8 at the end of the data belong to no tensor")
    }

    /// Writes a model file for the fitted logistic regression, with its state changed by `edit`.
    private func saveEdited(_ name: String, _ edit: (inout [NamedArray]) -> Void) throws -> URL {
        let (model, _) = try fittedLogisticRegression()
        let original = url("original-\(name)")
        try ModelFile.save(model, classNames: [], inputShape: nil, to: original)
        let contents = try SafeTensors.read(from: original)
        var tensors = contents.tensors
        edit(&tensors)
        let target = url(name)
        try SafeTensors.write(tensors, metadata: contents.metadata, to: target)
        return target
    }

    func testWrongShapeMissingExtraAndNonFiniteTensors() throws {
        let transposed = try saveEdited("wrong-shape.safetensors") { tensors in
            if let index = tensors.firstIndex(where: { $0.name == "linear/kernel" }) { tensors[index].shape = [3, 36] }
        }
        assertLoadFails(transposed, "tensor 'linear/kernel' has shape [3, 36] but the architecture needs [36, 3]")
        let missing = try saveEdited("missing.safetensors") { $0.removeAll { $0.name == "linear/bias" } }
        assertLoadFails(missing, "the file lacks tensor 'linear/bias' [3] that the architecture needs")
        let extra = try saveEdited("extra.safetensors") { $0.append(NamedArray(name: "surprise", shape: [1], values: [1])) }
        assertLoadFails(extra, "the file has tensor 'surprise' that the architecture does not have")
        let diverged = try saveEdited("nan.safetensors") { tensors in
            if let index = tensors.firstIndex(where: { $0.name == "linear/bias" }) { tensors[index].values[1] = .nan }
        }
        assertLoadFails(diverged, "tensor 'linear/bias' holds a non-finite value (nan) at position 1")
    }

    func testSequentialFileWithMissingBatchNormStatistics() throws {
        let (model, _) = try fittedSequential()
        let target = url("cnn.safetensors")
        try ModelFile.save(model, classNames: [], inputShape: [6, 6, 1], to: target)
        let contents = try SafeTensors.read(from: target)
        try SafeTensors.write(contents.tensors.filter { $0.name != "batch_normalization/moving_variance" },
                              metadata: contents.metadata, to: target)
        assertLoadFails(target, "the file lacks tensor 'batch_normalization/moving_variance' [3] that the architecture needs")
    }

    func testPlainSafetensorsFileIsNotAFolioModel() throws {
        let target = url("plain.safetensors")
        try SafeTensors.write([NamedArray(name: "w", shape: [1], values: [1])], metadata: ["format": "pt"], to: target)
        assertLoadFails(target, "not a Folio model file: its format is \"pt\", expected \"folio-model\"")
        try SafeTensors.write([NamedArray(name: "w", shape: [1], values: [1])], to: target)
        assertLoadFails(target, "not a Folio model file: it is a safetensors file, but its __metadata__ has no \"format\": \"folio-model\"")
    }

    func testBadMetadata() throws {
        let (model, _) = try fittedLogisticRegression()
        let target = url("meta.safetensors")
        try ModelFile.save(model, classNames: [], inputShape: nil, to: target)
        let contents = try SafeTensors.read(from: target)
        func rewrite(_ key: String, _ value: String) throws {
            var metadata = contents.metadata
            metadata[key] = value
            try SafeTensors.write(contents.tensors, metadata: metadata, to: target)
        }
        try rewrite("architecture", #"{"transformer":{}}"#)
        assertLoadFails(target, #"the architecture in the metadata is not a model description Folio knows: '{"transformer":{}}'"#)
        func architecture(_ description: ModelDescription) throws -> String {
            String(decoding: try JSONEncoder().encode(description), as: UTF8.self)
        }
        try rewrite("architecture", try architecture(.logisticRegression(l2: 0, features: 1 << 40, classes: 1 << 40)))
        assertLoadFails(target, "tensor 'linear/kernel' has a shape [1099511627776, 1099511627776] too large to count")
        try rewrite("architecture", try architecture(.linearSVM(c: 1, features: 4, classes: 3)))
        assertLoadFails(target, "tensor 'linear/kernel' has shape [36, 3] but the architecture needs [4, 3]")
        try rewrite("architecture", try architecture(.sequential(ModelArchitecture(inputShape: nil, layers: [.flatten, .dense(units: 3, activation: .softmax)]))))
        assertLoadFails(target, "the saved Sequential architecture has no input shape, so its weights cannot be placed")
        try rewrite("architecture", try architecture(.sequential(ModelArchitecture(inputShape: [36], layers: [.dense(units: 0, activation: .linear)]))))
        assertLoadFails(target, "the saved architecture cannot be built: Dense needs a positive number of units, got 0")
        try rewrite("architecture", contents.metadata["architecture"] ?? "")
        try rewrite("class_names", #"["a","b"]"#)
        assertLoadFails(target, "there are 2 class names but the model has 3 classes")
        try rewrite("class_names", "a, b, c")
        assertLoadFails(target, "class_names must be a JSON list of strings, got 'a, b, c'")
        try rewrite("class_names", #"["a","b","c"]"#)
        try rewrite("input_shape", "[5, 5]")
        assertLoadFails(target, "the input shape [5, 5] has 25 values per sample but the model takes 36 features")
        try rewrite("input_shape", "null")
        try rewrite("format_version", "2")
        assertLoadFails(target, "model file format version 2 (written by Folio \(FolioVersion.current)) is not supported")
    }

    func testSavingRefusesUnfittedModelsAndInconsistentArguments() throws {
        let target = url("refused.safetensors")
        XCTAssertThrowsError(try ModelFile.save(try KNN(k: 1), classNames: [], inputShape: nil, to: target)) { error in
            XCTAssertEqual("\(error)", target.path + ": cannot save KNN(k: 1): KNN(k: 1) has not been fitted yet")
        }
        let (model, _) = try fittedLogisticRegression()
        XCTAssertThrowsError(try ModelFile.save(model, classNames: ["a"], inputShape: nil, to: target)) { error in
            XCTAssertEqual("\(error)", target.path + ": there are 1 class names but the model has 3 classes")
        }
        XCTAssertThrowsError(try ModelFile.save(model, classNames: [], inputShape: nil, extra: ["format": "x"], to: target)) { error in
            XCTAssertEqual("\(error)", target.path + ": the extra metadata entry 'format' is reserved for Folio's own entries")
        }
        var state = try model.stateDict()
        state[0].values[0] = .infinity
        try model.load(state: state)
        XCTAssertThrowsError(try ModelFile.save(model, classNames: [], inputShape: nil, to: target)) { error in
            XCTAssertEqual("\(error)", target.path + ": cannot save LogisticRegression(l2: 0.001): tensor '\(state[0].name)' holds a non-finite value (inf) at position 0; training diverged")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    // MARK: Python's safetensors

    /// Runs `python3 -c script args...`; nil when python3 cannot be started.
    private func runPython(_ script: String, _ arguments: [String]) throws -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func testPythonSafetensorsReadsOurFilesAndWeReadTheirs() throws {
        let script = """
        import sys, json
        try:
            import numpy as np
            from safetensors.numpy import load_file, save_file
            from safetensors import safe_open
        except ImportError as error:
            print("unavailable:", error); sys.exit(3)
        ours = load_file(sys.argv[1])
        with safe_open(sys.argv[1], framework="numpy") as f:
            metadata = f.metadata()
        print(json.dumps({"tensors": {k: {"dtype": str(v.dtype), "shape": list(v.shape), "values": v.ravel().tolist()} for k, v in ours.items()}, "metadata": metadata}))
        save_file({"weights": np.array([[1.5, -2.0, 3.25]], dtype=np.float32), "scale": np.array([0.5], dtype=np.float64)}, sys.argv[2], metadata={"from": "python"})
        """
        let (model, _) = try fittedSequential()
        let ours = url("for-python.safetensors")
        let theirs = url("from-python.safetensors")
        try ModelFile.save(model, classNames: ["a", "b", "c"], inputShape: [6, 6, 1], to: ours)
        guard let result = try runPython(script, [ours.path, theirs.path]) else {
            throw XCTSkip("python3 is not available; cannot check compatibility with Python's safetensors")
        }
        if result.status == 3 { throw XCTSkip("Python's safetensors/numpy are not installed (pip install safetensors numpy): \(result.output)") }
        XCTAssertEqual(result.status, 0, result.output)

        struct PythonTensor: Decodable { let dtype: String; let shape: [Int]; let values: [Float] }
        struct PythonView: Decodable { let tensors: [String: PythonTensor]; let metadata: [String: String] }
        let view = try JSONDecoder().decode(PythonView.self, from: Data(result.output.utf8))
        let state = try model.stateDict()
        XCTAssertEqual(Set(view.tensors.keys), Set(state.map(\.name)))
        for tensor in state {
            let seen = try XCTUnwrap(view.tensors[tensor.name], tensor.name)
            XCTAssertEqual(seen.dtype, "float32")
            XCTAssertEqual(seen.shape, tensor.shape, tensor.name)
            XCTAssertEqual(seen.values, tensor.values, tensor.name)
        }
        XCTAssertEqual(view.metadata["format"], "folio-model")
        XCTAssertEqual(view.metadata["class_names"], #"["a","b","c"]"#)
        XCTAssertEqual(view.metadata["input_shape"], "[6,6,1]")

        let fromPython = try SafeTensors.read(from: theirs)
        XCTAssertEqual(fromPython.metadata, ["from": "python"])
        XCTAssertEqual(fromPython.tensor(named: "weights"), NamedArray(name: "weights", shape: [1, 3], values: [1.5, -2, 3.25]))
        XCTAssertEqual(fromPython.tensor(named: "scale")?.values, [0.5])
    }
}
