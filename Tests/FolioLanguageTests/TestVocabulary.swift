import FolioCore
@testable import FolioLanguage
import Foundation

/// A fake dataset, declared the way the ML library declares its real types.
final class FakeDataset: HostObject {
    let name: String
    let rows: Int
    init(name: String, rows: Int) {
        self.name = name
        self.rows = rows
    }
    var typeName: String { "Dataset" }
    var textDescription: String { "Dataset(\(name), \(rows) rows)" }
    func display() -> [Output] { [.text("dataset \(name): \(rows) rows")] }
}

final class FakeLayer: HostObject {
    let units: Int
    let activation: String
    init(units: Int, activation: String) {
        self.units = units
        self.activation = activation
    }
    var typeName: String { "Layer" }
    var textDescription: String { "Dense(\(units), \(activation))" }
}

final class FakeModel: HostObject {
    let layers: [FakeLayer]
    init(layers: [FakeLayer]) { self.layers = layers }
    var typeName: String { "Sequential" }
    var textDescription: String { "Sequential(" + layers.map(\.textDescription).joined(separator: ", ") + ")" }
}

enum TestVocabulary {
    static var ml: Vocabulary {
        var v = Vocabulary()
        v.add(type: TypeDeclaration("Dataset", topic: "Data", doc: "Labelled images."))
        v.add(type: TypeDeclaration("Layer", topic: "Models", doc: "A network layer."))
        v.add(type: TypeDeclaration("Model", topic: "Models", doc: "A trainable model."))
        v.add(type: TypeDeclaration("Sequential", conformsTo: ["Model"], topic: "Models", doc: "A stack of layers."))
        v.add(enum: EnumDeclaration("Activation", cases: [.init("relu"), .init("sigmoid"), .init("softmax"), .init("tanh")], topic: "Models",
                                    doc: "A layer's activation function."))
        v.add(enum: EnumDeclaration("Optimizer", cases: [
            .init("sgd", [Parameter("lr", .double), Parameter("momentum", .double, default: .double(0))]),
            .init("adam", [Parameter("lr", .double, default: .double(0.001))]),
        ], topic: "Models", doc: "How weights are updated."))
        v.add(Declaration(.staticFunction, owner: "Dataset", "load", [
            Parameter(nil, name: "name", .string, doc: "the data set's name"),
            Parameter("rows", .int, default: .int(100), doc: "how many rows"),
        ], returns: .named("Dataset"), topic: "Data", doc: "Loads a named data set.", example: "let d = Dataset.load(\"digits\")") { call in
            let rows = try call.int("rows")
            guard rows > 0 else { throw RuntimeError("a data set needs at least one row, got \(rows)", fix: "pass rows: 1 or more") }
            return .object(FakeDataset(name: try call.string("name"), rows: rows))
        })
        v.add(Declaration(.property, owner: "Dataset", "count", returns: .int, topic: "Data", doc: "The number of rows.") { call in
            .int(try call.receiver(as: FakeDataset.self).rows)
        })
        v.add(Declaration(.method, owner: "Dataset", "split", [
            Parameter("test", .double, doc: "the test fraction"),
            Parameter("seed", .int, default: .int(0)),
        ], returns: .tuple([.named("Dataset"), .named("Dataset")]), topic: "Data", doc: "Splits into (train, test).") { call in
            let d = try call.receiver(as: FakeDataset.self)
            let fraction = try call.double("test")
            guard fraction > 0 && fraction < 1 else { throw RuntimeError("test must be between 0 and 1, got \(Value.format(fraction))") }
            let testRows = Int((Double(d.rows) * fraction).rounded())
            return .tuple([.object(FakeDataset(name: d.name + "-train", rows: d.rows - testRows)),
                           .object(FakeDataset(name: d.name + "-test", rows: testRows))])
        })
        v.add(Declaration(.subscript, owner: "Dataset", "subscript", [Parameter(nil, name: "index", .int)], returns: .string,
                          topic: "Data", doc: "Row i, as text.") { call in
            let d = try call.receiver(as: FakeDataset.self)
            let i = try call.int("index")
            guard i >= 0 && i < d.rows else { throw RuntimeError("row \(i) is out of range for \(d.rows) rows") }
            return .string("\(d.name)#\(i)")
        })
        v.add(Declaration(.method, owner: "Dataset", "summary", returns: .named("Table"), topic: "Data", doc: "A summary table.") { call in
            let d = try call.receiver(as: FakeDataset.self)
            return .table(Table(columns: ["name", "rows"], rows: [[d.name, String(d.rows)]]))
        })
        v.add(Declaration(.method, owner: "Dataset", "normalized", returns: .named("Dataset"), topic: "Data", doc: "Scaled to [0, 1].") { call in
            .object(try call.receiver(as: FakeDataset.self))
        })
        v.add(Declaration(.function, "Dense", [
            Parameter(nil, name: "units", .int),
            Parameter("activation", .named("Activation"), default: .absent),
        ], returns: .named("Layer"), topic: "Models", doc: "A fully connected layer.") { call in
            let activation = call.has("activation") ? try call.enumCase("activation").caseName : "none"
            return .object(FakeLayer(units: try call.int("units"), activation: activation))
        })
        v.add(Declaration(.function, "Sequential", builder: .named("Layer"), returns: .named("Sequential"), topic: "Models",
                          doc: "Layers applied in order.", example: "Sequential {\n    Dense(10, activation: .softmax)\n}") { call in
            var layers: [FakeLayer] = []
            for item in call.builderItems {
                guard case .object(let o) = item, let layer = o as? FakeLayer else { throw RuntimeError("not a layer") }
                layers.append(layer)
            }
            return .object(FakeModel(layers: layers))
        })
        v.add(Declaration(.method, owner: "Model", "fit", [
            Parameter(nil, name: "data", .named("Dataset")),
            Parameter("epochs", .int, default: .int(1)),
            Parameter("optimizer", .named("Optimizer"), default: .enumCase("adam")),
        ], returns: .string, topic: "Models", doc: "Trains the model.") { call in
            let optimizer = try call.enumCase("optimizer")
            let data = try call.object("data", as: FakeDataset.self)
            return .string("fit \(data.rows) rows for \(try call.int("epochs")) epochs with \(optimizer)")
        })
        v.add(Declaration(.function, "layerCount", [Parameter(nil, name: "models", .array(.named("Model")))], returns: .array(.int),
                          topic: "Models", doc: "How many layers each model has.") { call in
            guard case .array(let models)? = call["models"] else { throw RuntimeError("needs models") }
            return .array(try models.map { m -> Value in
                guard case .object(let o) = m, let model = o as? FakeModel else { throw RuntimeError("not a model") }
                return .int(model.layers.count)
            })
        })
        return v
    }

    static var all: Vocabulary { Vocabulary.core.merging(ml) }
}

/// Runs cells through one session, as the runner does.
final class Harness {
    let session: Session
    var printed: [Output] = []
    init(vocabulary: Vocabulary = TestVocabulary.all) {
        let context = RunContext(rootDirectory: URL(fileURLWithPath: "/tmp"))
        session = Session(vocabulary: vocabulary, context: context)
    }

    /// Parses, checks and runs a cell that starts on `line` of "nb.md"; returns diagnostics or the run.
    @discardableResult
    func run(_ code: String, line: Int = 10) -> (diagnostics: [Diagnostic], run: CellRun?) {
        let cell = session.parse(code, file: "nb.md", firstLine: line)
        let problems = cell.diagnostics + session.check(cell)
        if !problems.isEmpty { return (problems, nil) }
        return ([], session.run(cell))
    }

    func texts(_ code: String) -> [String] {
        let result = run(code)
        return (result.run?.outputs ?? []).map { output in
            if case .text(let t) = output { return t }
            return "\(output)"
        } + result.diagnostics.map { $0.rendered() } + (result.run?.error.map { [$0.rendered()] } ?? [])
    }
}
