import FolioCore
import Foundation

/// One parameter of a declared function.
public struct Parameter: Sendable {
    /// The argument label as written at the call site; `nil` for an unlabeled argument (`print(x)`).
    public var label: String?
    /// The name the implementation reads the argument by (`call["path"]`); defaults to the label.
    public var name: String
    public var type: FolioType
    /// Whether the argument may be left out (then the implementation sees no value for it, or
    /// `defaultText`'s value if the declaration sets `defaultValue`).
    public var defaultValue: DefaultValue?
    public var doc: String
    /// Takes any number of unlabeled arguments (`print(a, b, c)`); the implementation gets them as one array.
    public var variadic: Bool = false

    public enum DefaultValue: Sendable {
        case none          // optional; absent means "not given"
        case int(Int)
        case double(Double)
        case string(String)
        case bool(Bool)
        case enumCase(String)   // e.g. "relu"
    }

    public init(_ label: String?, name: String? = nil, _ type: FolioType, default defaultValue: DefaultValue? = nil, doc: String = "",
                variadic: Bool = false) {
        self.label = label
        self.name = name ?? label ?? "value"
        self.type = type
        self.defaultValue = defaultValue
        self.doc = doc
        self.variadic = variadic
    }

    public var isRequired: Bool { defaultValue == nil }
}

/// A function, method, property, static function or constructor of the vocabulary. The checker,
/// the interpreter, `folio help` and `docs/language.md` all read these declarations.
public struct Declaration {
    public enum Kind: String, Sendable {
        /// `print(x)`, `compare(...)`, `Sequential { }`, `Dense(10)`: a global name that is called.
        case function
        /// `Dataset.csv(...)`, `Model.load(...)`: called on a type name.
        case staticFunction
        /// `Double.pi`, `Int.max`: read without parentheses on a type name.
        case staticProperty
        /// `train.summary()`: called on a value of type `owner`.
        case method
        /// `train.count`, `evaluation.accuracy`: read without parentheses on a value of type `owner`.
        case property
        /// `dataset[i]`: a value of type `owner` indexed with brackets; the parameters are the index
        /// arguments (usually one unlabeled Int). Declare it with the name "subscript".
        case `subscript`
    }

    public var kind: Kind
    /// The type the member belongs to ("Dataset"); nil for global functions.
    public var owner: String?
    public var name: String
    public var parameters: [Parameter]
    /// The element type of a trailing result-builder closure (`Sequential { Dense(10) }` has "Layer").
    public var builder: FolioType?
    public var returns: FolioType
    /// One line for `folio help` and the generated reference.
    public var doc: String
    /// A small example shown by `folio help NAME`.
    public var example: String?
    /// The section in the generated reference ("Basics", "Data", "Models", "Evaluation").
    public var topic: String
    public var implementation: (Call) throws -> Value
    /// A method that changes its receiver (`xs.append(4)`): the implementation returns the new
    /// receiver value, the interpreter stores it back into the variable, and the call's value is Void.
    public var isMutating: Bool = false
    /// For a mutating method: changes the receiver in place (no copy of a large array) and returns
    /// the call's own value (`removeLast()` returns the element). When set, `returns` is the type
    /// of that value, and `implementation` is not used.
    public var changeInPlace: ((inout Value, Call) throws -> Value)?

    public init(_ kind: Kind, owner: String? = nil, _ name: String, _ parameters: [Parameter] = [],
                builder: FolioType? = nil, returns: FolioType, topic: String = "Basics",
                doc: String, example: String? = nil, implementation: @escaping (Call) throws -> Value) {
        self.kind = kind
        self.owner = owner
        self.name = name
        self.parameters = parameters
        self.builder = builder
        self.returns = returns
        self.topic = topic
        self.doc = doc
        self.example = example
        self.implementation = implementation
    }

    /// How a person writes it: `Dataset.csv(_:labelColumn:imageShape:)`, `train.count`.
    public var signature: String {
        let labels = parameters.map { ($0.label ?? "_") + ":" }.joined()
        let base: String
        switch kind {
        case .function: base = name
        case .staticFunction, .method, .property, .subscript, .staticProperty: base = (owner ?? "") + "." + name
        }
        if kind == .property || kind == .staticProperty { return base }
        if kind == .subscript { return (owner ?? "") + "[" + parameters.map { $0.label.map { "\($0): " } ?? "" }.joined() + parameters.map { "\($0.type)" }.joined(separator: ", ") + "]" }
        return base + "(" + labels + ")" + (builder != nil ? " { … }" : "")
    }
}

/// An enum whose cases are written with a leading dot (`.relu`, `.adam(lr: 0.001)`).
public struct EnumDeclaration: Sendable {
    public struct Case: Sendable {
        public var name: String
        public var parameters: [Parameter]
        public var doc: String
        public init(_ name: String, _ parameters: [Parameter] = [], doc: String = "") {
            self.name = name
            self.parameters = parameters
            self.doc = doc
        }
    }

    public var name: String
    public var cases: [Case]
    public var doc: String
    public var topic: String

    public init(_ name: String, cases: [Case], topic: String = "Basics", doc: String) {
        self.name = name
        self.cases = cases
        self.topic = topic
        self.doc = doc
    }
}

/// A host type the vocabulary knows ("Dataset", "Model"), for did-you-mean and the reference.
public struct TypeDeclaration: Sendable {
    public var name: String
    public var doc: String
    public var topic: String
    /// A type whose values also have every member of these types ("Model" for "Sequential").
    public var conformsTo: [String]
    public init(_ name: String, conformsTo: [String] = [], topic: String = "Basics", doc: String) {
        self.name = name
        self.conformsTo = conformsTo
        self.topic = topic
        self.doc = doc
    }
}

/// The whole language vocabulary: declared once, read by the checker, the interpreter,
/// `folio help` and the generated DSL reference.
public struct Vocabulary {
    public private(set) var declarations: [Declaration] = []
    public private(set) var enums: [String: EnumDeclaration] = [:]
    public private(set) var types: [String: TypeDeclaration] = [:]

    public init() {}

    public mutating func add(_ declaration: Declaration) { declarations.append(declaration) }
    public mutating func add(_ declarations: [Declaration]) { self.declarations += declarations }
    public mutating func add(enum declaration: EnumDeclaration) { enums[declaration.name] = declaration }
    public mutating func add(type declaration: TypeDeclaration) { types[declaration.name] = declaration }

    /// Every other vocabulary's declarations added to this one.
    public func merging(_ other: Vocabulary) -> Vocabulary {
        var merged = self
        merged.declarations += other.declarations
        merged.enums.merge(other.enums) { _, new in new }
        merged.types.merge(other.types) { _, new in new }
        return merged
    }

    /// Global functions named `name` (overloads differ by labels).
    public func functions(named name: String) -> [Declaration] {
        declarations.filter { $0.kind == .function && $0.name == name }
    }

    /// Members (methods, properties, static functions) named `name` on `type` and the types it conforms to.
    public func members(named name: String, of type: String, kind: Declaration.Kind) -> [Declaration] {
        let owners = ownerChain(of: type)
        return declarations.filter { $0.kind == kind && $0.name == name && owners.contains($0.owner ?? "") }
    }

    /// All member names on a type (for did-you-mean).
    public func memberNames(of type: String) -> [String] {
        let owners = ownerChain(of: type)
        return declarations.filter { owners.contains($0.owner ?? "") }.map(\.name)
    }

    /// `type` followed by everything it conforms to, transitively.
    public func ownerChain(of type: String) -> [String] {
        var chain = [type]
        var i = 0
        while i < chain.count {
            for parent in types[chain[i]]?.conformsTo ?? [] where !chain.contains(parent) { chain.append(parent) }
            i += 1
        }
        return chain
    }
}

/// The arguments of one call, as the implementation sees them.
public struct Call {
    /// The value the method is called on (nil for global and static functions).
    public var receiver: Value?
    /// Arguments by parameter name, with declared defaults filled in.
    public var arguments: [String: Value]
    /// The values produced by a trailing builder closure, in order.
    public var builderItems: [Value]
    public var context: RunContext
    public var location: SourceLocation?

    public init(receiver: Value?, arguments: [String: Value], builderItems: [Value] = [], context: RunContext, location: SourceLocation?) {
        self.receiver = receiver
        self.arguments = arguments
        self.builderItems = builderItems
        self.context = context
        self.location = location
    }

    public subscript(_ name: String) -> Value? { arguments[name] }

    // Typed accessors. The checker has already checked types, so these fail only on a
    // vocabulary bug; they throw rather than trap so a bug still yields a report.
    public func int(_ name: String) throws -> Int {
        if case .int(let v)? = arguments[name] { return v }
        throw RuntimeError("argument '\(name)' must be an Int")
    }
    public func double(_ name: String) throws -> Double {
        switch arguments[name] {
        case .double(let v)?: return v
        case .int(let v)?: return Double(v)
        default: throw RuntimeError("argument '\(name)' must be a number")
        }
    }
    public func string(_ name: String) throws -> String {
        if case .string(let v)? = arguments[name] { return v }
        throw RuntimeError("argument '\(name)' must be a String")
    }
    public func bool(_ name: String) throws -> Bool {
        if case .bool(let v)? = arguments[name] { return v }
        throw RuntimeError("argument '\(name)' must be a Bool")
    }
    public func object<T>(_ name: String, as type: T.Type) throws -> T {
        if case .object(let o)? = arguments[name], let t = o as? T { return t }
        throw RuntimeError("argument '\(name)' has the wrong type")
    }
    public func receiver<T>(as type: T.Type) throws -> T {
        if case .object(let o)? = receiver, let t = o as? T { return t }
        throw RuntimeError("this member cannot be used on \(receiver?.type.description ?? "nothing")")
    }
    /// A closure argument (a parameter of function type), to call back: `try f.call([element])`.
    public func function(_ name: String) throws -> FunctionValue {
        if case .function(let f)? = arguments[name] { return f }
        throw RuntimeError("argument '\(name)' must be a function or closure")
    }
    public func enumCase(_ name: String) throws -> EnumValue {
        if case .enumCase(let e)? = arguments[name] { return e }
        throw RuntimeError("argument '\(name)' must be a leading-dot case")
    }
    /// Whether an optional argument was given.
    public func has(_ name: String) -> Bool {
        if let v = arguments[name], case .void = v { return false }
        return arguments[name] != nil
    }

    /// A path argument resolved against the run's root folder; the file is recorded as an input.
    public func path(_ name: String) throws -> URL {
        context.resolve(try string(name))
    }
}

/// A failure inside a vocabulary implementation ("file not found", "shape mismatch"). The
/// interpreter adds the location of the call.
public struct RuntimeError: Error, CustomStringConvertible {
    public var message: String
    public var fix: String?
    public init(_ message: String, fix: String? = nil) {
        self.message = message
        self.fix = fix
    }
    public var description: String { message }
}

/// What an implementation may use of the run: the root folder for paths, a sink for `print`
/// and progress, the input files it read (for the cache key).
public final class RunContext {
    /// Relative paths in a notebook resolve against this folder.
    public var rootDirectory: URL
    /// Receives text written by `print` and other outputs emitted during a call.
    public var emit: (Output) -> Void
    /// Receives progress lines (epochs, batches); the runner decides how to show them.
    public var progress: (Progress) -> Void
    /// Files read during the current cell, with their resolved paths.
    public private(set) var filesRead: [URL] = []
    /// Files written during the current cell.
    public private(set) var filesWritten: [URL] = []
    /// Paths whose existence (only) the current cell asked about.
    public private(set) var pathsProbed: [URL] = []
    /// Loop-iteration budget for one cell (a user can raise it with a cell option).
    public var stepBudget: Int = 10_000_000

    public struct Progress: Sendable {
        public var label: String
        public var fraction: Double
        public var detail: String
        public var finished: Bool
        public init(label: String, fraction: Double, detail: String, finished: Bool) {
            self.label = label
            self.fraction = fraction
            self.detail = detail
            self.finished = finished
        }
    }

    public init(rootDirectory: URL, emit: @escaping (Output) -> Void = { _ in }, progress: @escaping (Progress) -> Void = { _ in }) {
        self.rootDirectory = rootDirectory
        self.emit = emit
        self.progress = progress
    }

    public func resolve(_ path: String) -> URL {
        if path.hasPrefix("/") { return URL(fileURLWithPath: path).standardizedFileURL }
        return rootDirectory.appendingPathComponent(path).standardizedFileURL
    }

    /// Text `print` wrote after the last line end (`print(x, terminator: "")`), emitted when the line ends.
    public private(set) var unfinishedLine = ""

    /// Writes printed text; each finished line becomes a text output.
    public func write(_ text: String) {
        let all = unfinishedLine + text
        guard let lastBreak = all.lastIndex(of: "\n") else {
            unfinishedLine = all
            return
        }
        unfinishedLine = String(all[all.index(after: lastBreak)...])
        emit(.text(String(all[..<lastBreak])))
    }

    /// Emits a line `print` left unfinished (at the end of a cell).
    public func finishLine() {
        if !unfinishedLine.isEmpty { emit(.text(unfinishedLine)) }
        unfinishedLine = ""
    }

    public func recordRead(_ url: URL) { if !filesRead.contains(url) { filesRead.append(url) } }
    public func recordWrite(_ url: URL) { if !filesWritten.contains(url) { filesWritten.append(url) } }
    public func recordProbe(_ url: URL) { if !pathsProbed.contains(url) { pathsProbed.append(url) } }
    public func resetFileRecords() {
        filesRead = []
        filesWritten = []
        pathsProbed = []
    }
}
