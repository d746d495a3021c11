import Foundation
import FolioCore

/// Saving and loading trained models as safetensors files. The weights are ordinary F32 tensors
/// (readable by Python's `safetensors`); `__metadata__` holds what is needed to rebuild the model:
/// `format` "folio-model", `format_version`, `folio_version`, `architecture` (the JSON of its
/// ModelDescription), `class_names` (a JSON list) and `input_shape` (a JSON list or null), plus any
/// extra entries of the caller.
public enum ModelFile {
    /// Writes `model` to `url` atomically, creating missing folders. `classNames` gives one name per
    /// class in label order (empty: "0", "1", ...); `inputShape` is the per-sample shape the model
    /// takes (e.g. [28, 28, 1]); `extra` adds metadata entries (they cannot replace ours);
    /// `folioVersion` is recorded as `folio_version`.
    public static func save(_ model: Classifier, classNames: [String], inputShape: [Int]?,
                            extra: [String: String] = [:], folioVersion: String = FolioVersion.current,
                            to url: URL) throws {
        let data = try encode(model, classNames: classNames, inputShape: inputShape, extra: extra,
                              folioVersion: folioVersion, file: url.path)
        try ModelFileError.writing(data, to: url)
    }

    /// The bytes `save` writes; `file` names the destination in error messages.
    public static func encode(_ model: Classifier, classNames: [String], inputShape: [Int]?,
                              extra: [String: String] = [:], folioVersion: String = FolioVersion.current,
                              file: String = "<memory>") throws -> Data {
        let fail = { (problem: String) in ModelFileError(file: file, problem: problem) }
        if let clash = extra.keys.sorted().first(where: { ModelFileMetadata.reservedKeys.contains($0) || $0.isEmpty }) {
            throw fail("the extra metadata entry '\(clash)' is reserved for Folio's own entries")
        }
        let state: [NamedArray]
        do {
            state = try model.stateDict()
        } catch {
            throw fail("cannot save \(model.displayName): \(describe(error))")
        }
        // load refuses non-finite weights, so saving them would only make a file that cannot be read.
        for tensor in state {
            if let index = tensor.values.firstIndex(where: { !$0.isFinite }) {
                throw fail("cannot save \(model.displayName): tensor '\(tensor.name)' holds a non-finite value (\(tensor.values[index])) at position \(index); training diverged")
            }
        }
        let description = model.modelDescription
        let classes = model.classCount ?? classNames.count
        let names = classNames.isEmpty ? (0..<classes).map(String.init) : classNames
        let metadata = ModelFileMetadata(description: description, classNames: names, inputShape: inputShape)
        try checkConsistency(metadata, classCount: model.classCount, fail: fail)
        let entries = try metadata.encoded(extra: extra, folioVersion: folioVersion)
        return try SafeTensors.encode(state, metadata: entries, file: file)
    }

    /// Reads a model file written by `save`, checking its metadata, that every tensor the
    /// architecture needs is present with the right shape and finite values, and nothing else is.
    public static func load(from url: URL) throws -> LoadedModel {
        try decode(SafeTensors.read(from: url), file: url.path)
    }

    /// Reads model bytes produced by `encode`; `file` names the source in error messages.
    public static func decode(_ data: Data, file: String = "<memory>") throws -> LoadedModel {
        try decode(SafeTensors.decode(data, file: file), file: file)
    }

    private static func decode(_ contents: SafeTensorsContents, file: String) throws -> LoadedModel {
        let fail = { (problem: String) in ModelFileError(file: file, problem: problem) }
        let metadata = try ModelFileMetadata.decode(contents.metadata, fail: fail)
        // Models whose tensors follow from the description alone are checked before anything is
        // allocated, so a corrupt description cannot ask for gigabytes of weights.
        let described = try describedTensors(metadata.description, fail: fail)
        if let described { try checkTensors(contents.tensors, expected: described, fail: fail) }
        let model: Classifier
        do {
            model = try metadata.description.makeModel()
        } catch {
            throw fail("the saved architecture cannot be built: \(describe(error))")
        }
        if described == nil {
            try checkTensors(contents.tensors, expected: try builtTensors(metadata.description, model: model, fail: fail), fail: fail)
        }
        do {
            try model.load(state: contents.tensors)
        } catch {
            throw fail("the saved weights do not fit the model: \(describe(error))")
        }
        try checkConsistency(metadata, classCount: model.classCount, fail: fail)
        return LoadedModel(model: model, classNames: metadata.classNames, inputShape: metadata.inputShape,
                           metadata: contents.metadata)
    }

    // MARK: Checks

    /// The names and shapes of the tensors of a linear model or KNN of `description`; nil for
    /// Sequential, whose weight shapes come from building its layers.
    static func describedTensors(_ description: ModelDescription,
                                 fail: (String) -> ModelFileError) throws -> [(name: String, shape: [Int])]? {
        switch description {
        case .sequential:
            return nil
        case .knn(_, let features, _, let samples):
            guard features > 0, samples > 0 else {
                throw fail("the saved KNN has \(samples) samples of \(features) features; both must be positive")
            }
            _ = try SafeTensors.elementCount([samples, features], name: "knn/samples", fail: fail)
            return [("knn/labels", [samples]), ("knn/samples", [samples, features])]
        case .logisticRegression(_, let features, let classes), .linearSVM(_, let features, let classes):
            guard features > 0, classes >= 2 else {
                throw fail("the saved linear model has \(features) features and \(classes) classes; it needs at least 1 and 2")
            }
            _ = try SafeTensors.elementCount([features, classes], name: "linear/kernel", fail: fail)
            return [("linear/bias", [classes]), ("linear/kernel", [features, classes])]
        }
    }

    /// The names and shapes of the weights of a built Sequential model.
    static func builtTensors(_ description: ModelDescription, model: Classifier,
                             fail: (String) -> ModelFileError) throws -> [(name: String, shape: [Int])] {
        if case .sequential(let architecture) = description, architecture.inputShape == nil {
            throw fail("the saved Sequential architecture has no input shape, so its weights cannot be placed")
        }
        do {
            return try model.stateDict().map { ($0.name, $0.shape) }
        } catch {
            throw fail("the saved architecture has no weights to load: \(describe(error))")
        }
    }

    static func checkTensors(_ tensors: [NamedArray], expected: [(name: String, shape: [Int])],
                             fail: (String) -> ModelFileError) throws {
        let found = Dictionary(tensors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let expectedNames = Set(expected.map(\.name))
        let missing = expected.filter { found[$0.name] == nil }
        if !missing.isEmpty {
            let list = missing.map { "'\($0.name)' \(formatShape($0.shape))" }.joined(separator: ", ")
            throw fail("the file lacks \(missing.count == 1 ? "tensor" : "tensors") \(list) that the architecture needs")
        }
        let unexpected = tensors.map(\.name).filter { !expectedNames.contains($0) }.sorted()
        if !unexpected.isEmpty {
            let list = unexpected.map { "'\($0)'" }.joined(separator: ", ")
            throw fail("the file has \(unexpected.count == 1 ? "tensor" : "tensors") \(list) that the architecture does not have")
        }
        for (name, shape) in expected {
            guard let tensor = found[name] else { continue }
            guard tensor.shape == shape else {
                throw fail("tensor '\(name)' has shape \(formatShape(tensor.shape)) but the architecture needs \(formatShape(shape))")
            }
            if let index = tensor.values.firstIndex(where: { !$0.isFinite }) {
                throw fail("tensor '\(name)' holds a non-finite value (\(tensor.values[index])) at position \(index); the model was saved after training diverged or the file is corrupt")
            }
        }
    }

    /// Class names and input shape must agree with the model itself.
    static func checkConsistency(_ metadata: ModelFileMetadata, classCount: Int?,
                                 fail: (String) -> ModelFileError) throws {
        if let classCount, metadata.classNames.count != classCount {
            throw fail("there are \(metadata.classNames.count) class names but the model has \(classCount) classes")
        }
        guard let inputShape = metadata.inputShape else { return }
        guard !inputShape.isEmpty, inputShape.allSatisfy({ $0 > 0 }) else {
            throw fail("the input shape \(formatShape(inputShape)) must be a non-empty list of positive sizes")
        }
        switch metadata.description {
        case .sequential(let architecture):
            if let built = architecture.inputShape, built != inputShape {
                throw fail("the input shape \(formatShape(inputShape)) differs from the \(formatShape(built)) the model was built for")
            }
        case .logisticRegression(_, let features, _), .linearSVM(_, let features, _), .knn(_, let features, _, _):
            var product = 1
            for size in inputShape {
                let (next, overflow) = product.multipliedReportingOverflow(by: size)
                guard !overflow else { throw fail("the input shape \(formatShape(inputShape)) is too large") }
                product = next
            }
            if product != features {
                throw fail("the input shape \(formatShape(inputShape)) has \(product) values per sample but the model takes \(features) features")
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        if let error = error as? MLError { return error.description }
        return String(describing: error)
    }
}
