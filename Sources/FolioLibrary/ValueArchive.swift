import Foundation
import FolioCore
import FolioData
import FolioLanguage
import FolioML

/// Turns the names a cell bound into bytes and back, so a cached cell can restore datasets,
/// models, histories and evaluations without running again.
///
/// Objects shared by several names (`let best = model`) are written once and come back shared,
/// so training one still changes the other after a restore. A value the archive does not know
/// throws `ValueArchive.Unsupported`; the runner then simply does not cache that cell.
public enum ValueArchive {
    public struct Binding {
        public var name: String
        public var value: Value
        public var mutable: Bool
        public init(name: String, value: Value, mutable: Bool) {
            self.name = name
            self.value = value
            self.mutable = mutable
        }
    }

    public struct Unsupported: Error, CustomStringConvertible {
        public var description: String
    }

    public static let formatVersion = 4

    public static func encode(_ bindings: [Binding]) throws -> Data {
        var encoder = Encoder()
        encoder.writer.int(formatVersion)
        encoder.writer.int(bindings.count)
        for binding in bindings {
            encoder.writer.string(binding.name)
            encoder.writer.bool(binding.mutable)
            try encoder.value(binding.value)
        }
        return encoder.writer.data
    }

    public static func decode(_ data: Data) throws -> [Binding] {
        var decoder = Decoder(reader: BinaryReader(data))
        let version = try decoder.reader.int()
        guard version == formatVersion else {
            throw BinaryReader.Problem(description: "value archive format \(version), expected \(formatVersion)")
        }
        let count = try decoder.reader.count(itemSize: 10)
        var bindings: [Binding] = []
        for _ in 0..<count {
            let name = try decoder.reader.string()
            let mutable = try decoder.reader.bool()
            bindings.append(Binding(name: name, value: try decoder.value(), mutable: mutable))
        }
        guard decoder.reader.isAtEnd else { throw BinaryReader.Problem(description: "unexpected bytes after the last value") }
        return bindings
    }
}

// MARK: - Tags

private enum ValueTag: UInt8 {
    case void = 0, int, double, string, bool, array, tuple, enumCase, table, rendered, newObject, objectReference
}

private enum ObjectTag: UInt8 {
    case dataset = 1, model, layer, history, evaluation, prediction, example
}

// MARK: - Encoding

private struct Encoder {
    var writer = BinaryWriter()
    private var objectIndex: [ObjectIdentifier: Int] = [:]
    private var datasetIndex: [ObjectIdentifier: Int] = [:]

    mutating func value(_ value: Value) throws {
        switch value {
        case .void: tag(.void)
        case .int(let v): tag(.int); writer.int(v)
        case .double(let v): tag(.double); writer.double(v)
        case .string(let v): tag(.string); writer.string(v)
        case .bool(let v): tag(.bool); writer.bool(v)
        case .array(let items):
            tag(.array)
            writer.int(items.count)
            for item in items { try self.value(item) }
        case .tuple(let items):
            tag(.tuple)
            writer.int(items.count)
            for item in items { try self.value(item) }
        case .enumCase(let e):
            tag(.enumCase)
            writer.string(e.typeName)
            writer.string(e.caseName)
            let arguments = e.arguments.sorted { $0.key < $1.key }
            writer.int(arguments.count)
            for (key, argument) in arguments {
                writer.string(key)
                try self.value(argument)
            }
        case .table(let table):
            tag(.table)
            writer.bytes(try JSONEncoder().encode(table))
        case .rendered(let outputs):
            tag(.rendered)
            writer.bytes(try JSONEncoder().encode(outputs))
        case .object(let object):
            let id = ObjectIdentifier(object)
            if let index = objectIndex[id] {
                tag(.objectReference)
                writer.int(index)
                return
            }
            objectIndex[id] = objectIndex.count
            tag(.newObject)
            try self.object(object)
        case .function, .dictionary, .optional:
            // Not archived yet: a cell that binds one is simply not cached.
            throw ValueArchive.Unsupported(description: "a value of type \(value.type) cannot be cached yet")
        }
    }

    private mutating func tag(_ tag: ValueTag) { writer.byte(tag.rawValue) }

    private mutating func object(_ object: any HostObject) throws {
        switch object {
        case let value as DatasetValue:
            writer.byte(ObjectTag.dataset.rawValue)
            dataset(value.dataset)
        case let value as ModelValue:
            writer.byte(ObjectTag.model.rawValue)
            try model(value)
        case let value as LayerValue:
            writer.byte(ObjectTag.layer.rawValue)
            writer.bytes(try JSONEncoder().encode(value.layer.spec))
        case let value as HistoryValue:
            writer.byte(ObjectTag.history.rawValue)
            writer.bytes(try JSONEncoder().encode(value.history))
            writer.string(value.modelName)
        case let value as EvaluationValue:
            writer.byte(ObjectTag.evaluation.rawValue)
            let metrics = value.metrics
            writer.ints(metrics.labels)
            writer.ints(metrics.predictions)
            writer.strings(metrics.classNames)
            writer.optional(metrics.probabilities) { writer, rows in
                writer.int(rows.count)
                for row in rows { writer.doubles(row) }
            }
            writer.optional(value.loss) { $0.double($1) }
            writer.optional(value.modelName) { $0.string($1) }
            writer.bool(value.dataset != nil)
            if let dataset = value.dataset { self.dataset(dataset) }
        case let value as PredictionValue:
            writer.byte(ObjectTag.prediction.rawValue)
            writer.int(value.label)
            writer.strings(value.classNames)
            writer.doubles(value.probabilities)
            writer.floats(value.preprocessed)
            writer.ints(value.imageShape)
            writer.string(value.path)
        case let value as ExampleValue:
            writer.byte(ObjectTag.example.rawValue)
            dataset(value.dataset)
            writer.int(value.index)
        default:
            throw ValueArchive.Unsupported(description: "a \(object.typeName) value cannot be cached")
        }
    }

    /// Datasets are immutable and often shared (a test set inside an evaluation), so each is
    /// written once.
    private mutating func dataset(_ dataset: Dataset) {
        let id = ObjectIdentifier(dataset)
        if let index = datasetIndex[id] {
            writer.bool(true)
            writer.int(index)
            return
        }
        datasetIndex[id] = datasetIndex.count
        writer.bool(false)
        writer.ints(dataset.imageShape)
        writer.ints(dataset.labels)
        writer.strings(dataset.classNames)
        writer.string(dataset.source)
        writer.double(Double(dataset.pixelMaximum))
        writer.bool(dataset.isLabelled)
        writer.compactFloats(dataset.pixels)
    }

    private mutating func model(_ value: ModelValue) throws {
        writer.optional(value.inputShape) { $0.ints($1) }
        writer.optional(value.classNames) { $0.strings($1) }
        writer.double(Double(value.trainingPixelMaximum))
        writer.optional(value.name) { $0.string($1) }
        // A model with weights goes through the model-file format (checked on the way back); one
        // not yet fitted or built is only its description.
        if (try? value.model.stateDict()) == nil {
            writer.bool(false)
            writer.bytes(try JSONEncoder().encode(value.model.modelDescription))
        } else {
            // A model with weights that cannot be encoded (non-finite after a divergence) throws,
            // so its cell is not cached rather than coming back unfitted.
            writer.bool(true)
            writer.bytes(try ModelFile.encode(value.model, classNames: value.classNamesForFile, inputShape: value.inputShape))
        }
    }
}

// MARK: - Decoding

private struct Decoder {
    var reader: BinaryReader
    private var objects: [Value] = []
    private var datasets: [Dataset] = []
    private var depth = 0

    init(reader: BinaryReader) { self.reader = reader }

    mutating func value() throws -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw BinaryReader.Problem(description: "values nested too deeply") }
        guard let tag = ValueTag(rawValue: try reader.byte()) else { throw BinaryReader.Problem(description: "unknown value tag") }
        switch tag {
        case .void: return .void
        case .int: return .int(try reader.int())
        case .double: return .double(try reader.double())
        case .string: return .string(try reader.string())
        case .bool: return .bool(try reader.bool())
        case .array: return .array(try (0..<reader.count()).map { _ in try value() })
        case .tuple: return .tuple(try (0..<reader.count()).map { _ in try value() })
        case .enumCase:
            let typeName = try reader.string()
            let caseName = try reader.string()
            var arguments: [String: Value] = [:]
            for _ in 0..<(try reader.count()) {
                let key = try reader.string()
                arguments[key] = try value()
            }
            return .enumCase(EnumValue(typeName: typeName, caseName: caseName, arguments: arguments))
        case .table: return .table(try JSONDecoder().decode(Table.self, from: reader.bytes()))
        case .rendered: return .rendered(try JSONDecoder().decode([Output].self, from: reader.bytes()))
        case .newObject:
            let object = Value.object(try self.object())
            objects.append(object)
            return object
        case .objectReference:
            let index = try reader.int()
            guard objects.indices.contains(index) else { throw BinaryReader.Problem(description: "object reference \(index) out of range") }
            return objects[index]
        }
    }

    private mutating func object() throws -> any HostObject {
        guard let tag = ObjectTag(rawValue: try reader.byte()) else { throw BinaryReader.Problem(description: "unknown object tag") }
        switch tag {
        case .dataset:
            return DatasetValue(try dataset())
        case .model:
            return try model()
        case .layer:
            let spec = try JSONDecoder().decode(LayerSpec.self, from: reader.bytes())
            return LayerValue(try spec.makeLayer())
        case .history:
            let history = try JSONDecoder().decode(History.self, from: reader.bytes())
            return HistoryValue(history, modelName: try reader.string())
        case .evaluation:
            let labels = try reader.ints()
            let predictions = try reader.ints()
            let classNames = try reader.strings()
            let probabilities = try reader.optional { reader in
                try (0..<reader.count(itemSize: 8)).map { _ in try reader.doubles() }
            }
            let loss = try reader.optional { try $0.double() }
            let modelName = try reader.optional { try $0.string() }
            let dataset = try reader.bool() ? try self.dataset() : nil
            let metrics = try ClassificationMetrics(labels: labels, predictions: predictions, classNames: classNames,
                                                    probabilities: probabilities)
            return EvaluationValue(metrics: metrics, loss: loss, dataset: dataset, modelName: modelName)
        case .example:
            return try ExampleValue(try dataset(), index: try reader.int())
        case .prediction:
            return PredictionValue(label: try reader.int(), classNames: try reader.strings(), probabilities: try reader.doubles(),
                                   preprocessed: try reader.floats(), imageShape: try reader.ints(), path: try reader.string())
        }
    }

    private mutating func dataset() throws -> Dataset {
        if try reader.bool() {
            let index = try reader.int()
            guard datasets.indices.contains(index) else { throw BinaryReader.Problem(description: "dataset reference \(index) out of range") }
            return datasets[index]
        }
        let imageShape = try reader.ints()
        let labels = try reader.ints()
        let classNames = try reader.strings()
        let source = try reader.string()
        let pixelMaximum = Float(try reader.double())
        let isLabelled = try reader.bool()
        let pixels = try reader.compactFloats()
        let dataset = try Dataset(pixels: pixels, labels: labels, imageShape: imageShape, classNames: classNames,
                                  source: source, pixelMaximum: pixelMaximum, isLabelled: isLabelled)
        datasets.append(dataset)
        return dataset
    }

    private mutating func model() throws -> ModelValue {
        let inputShape = try reader.optional { try $0.ints() }
        let classNames = try reader.optional { try $0.strings() }
        let pixelMaximum = Float(try reader.double())
        let name = try reader.optional { try $0.string() }
        let model: Classifier
        if try reader.bool() {
            model = try ModelFile.decode(reader.bytes()).model
        } else {
            let description = try JSONDecoder().decode(ModelDescription.self, from: reader.bytes())
            model = try description.makeUnfittedModel()
        }
        let value = ModelValue(model, inputShape: inputShape)
        value.classNames = classNames
        value.trainingPixelMaximum = pixelMaximum
        value.name = name
        return value
    }
}

extension ModelDescription {
    /// A model as its constructor made it, before any fit: linear models and KNN of a description
    /// with no data yet have zero features, which `makeModel` would refuse.
    func makeUnfittedModel() throws -> Classifier {
        switch self {
        case .sequential: return try makeModel()
        case .logisticRegression(let l2, _, _): return try LogisticRegression(l2: l2)
        case .linearSVM(let c, _, _): return try LinearSVM(c: c)
        case .knn(let k, _, _, _): return try KNN(k: k)
        }
    }
}
