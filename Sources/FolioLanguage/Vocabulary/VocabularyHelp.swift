import FolioCore
import Foundation

/// `folio help NAME` and the generated DSL reference, both read from the declarations.
extension Vocabulary {
    /// A declaration as a person writes it, with parameter types and defaults:
    /// `Dataset.csv(_ path: String, labelColumn: Int or String = 0) -> Dataset`.
    public func displaySignature(_ d: Declaration) -> String {
        var base: String
        switch d.kind {
        case .function: base = d.name
        case .staticFunction: base = (d.owner ?? "") + "." + d.name
        case .staticProperty: return (d.owner ?? "") + "." + d.name + ": " + d.returns.description
        case .method, .property: base = Vocabulary.placeholder(for: d.owner ?? "") + "." + d.name
        case .subscript: return Vocabulary.placeholder(for: d.owner ?? "") + "[" + d.parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + "] -> " + d.returns.description
        }
        if d.kind == .property { return base + ": " + d.returns.description }
        if !(d.parameters.isEmpty && d.builder != nil) {
            base += "(" + d.parameters.map(Vocabulary.describe).joined(separator: ", ") + ")"
        }
        if let builder = d.builder { base += " { \(builder) ... }" }
        if d.returns != .void && (!d.isMutating || d.changeInPlace != nil) { base += " -> " + d.returns.description }
        return base
    }

    static func describe(_ p: Parameter) -> String {
        var s = p.label.map { "\($0): " } ?? "_ \(p.name): "
        s += p.type.description + (p.variadic ? "..." : "")
        if let d = p.defaultValue {
            switch d {
            case .none: s += " = nil"
            case .int(let v): s += " = \(v)"
            case .double(let v): s += " = \(Value.format(v))"
            case .string(let v): s += " = \"\(v)\""
            case .bool(let v): s += " = \(v)"
            case .enumCase(let c): s += " = .\(c)"
            }
        }
        return s
    }

    /// `train` for Dataset, `xs` for Array: how member signatures name their receiver.
    static func placeholder(for owner: String) -> String {
        switch owner {
        case "Array": return "array"
        case "String": return "text"
        case "": return "value"
        default: return owner.prefix(1).lowercased() + owner.dropFirst()
        }
    }

    private func declarations(matching name: String) -> [Declaration] {
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        if parts.count == 2 {
            return declarations.filter { $0.name == parts[1] && ($0.owner.map { ownerChain(of: parts[0]).contains($0) } ?? false) }
        }
        let cleaned = name.hasPrefix(".") ? String(name.dropFirst()) : name
        return declarations.filter { $0.name == cleaned }
    }

    /// Help for a function, member (`split` or `Dataset.split`), type or enum; nil when unknown
    /// (then `suggestions(for:)` gives close names).
    public func helpText(for name: String) -> String? {
        var sections: [String] = []
        if let type = types[name] {
            var lines = ["\(name) — \(type.doc)"]
            if !type.conformsTo.isEmpty { lines.append("Also has everything of: " + type.conformsTo.joined(separator: ", ")) }
            let members = declarations.filter { d in d.owner.map { ownerChain(of: name).contains($0) } ?? false }
            if !members.isEmpty {
                lines.append("Members:")
                lines += members.map { "  \(displaySignature($0))  — \($0.doc)" }
            }
            sections.append(lines.joined(separator: "\n"))
        }
        if let e = enums[name] ?? enums.values.first(where: { $0.name.lowercased() == name.lowercased() }) {
            var lines = ["\(e.name) — \(e.doc)", "Cases:"]
            lines += e.cases.map { c in
                let params = c.parameters.isEmpty ? "" : "(" + c.parameters.map(Vocabulary.describe).joined(separator: ", ") + ")"
                return "  .\(c.name)\(params)" + (c.doc.isEmpty ? "" : "  — \(c.doc)")
            }
            sections.append(lines.joined(separator: "\n"))
        }
        for d in declarations(matching: name) {
            var lines = [displaySignature(d), "  \(d.doc)"]
            let documented = d.parameters.filter { !$0.doc.isEmpty }
            if !documented.isEmpty {
                lines.append("Parameters:")
                lines += documented.map { "  \(Vocabulary.describe($0))  — \($0.doc)" }
            }
            if let builder = d.builder { lines.append("Takes a { ... } block with one \(builder) per line.") }
            if let example = d.example {
                lines.append("Example:")
                lines += example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            }
            sections.append(lines.joined(separator: "\n"))
        }
        for e in enums.values.sorted(by: { $0.name < $1.name }) where name.hasPrefix(".") || enums[name] == nil {
            let caseName = name.hasPrefix(".") ? String(name.dropFirst()) : name
            if let c = e.cases.first(where: { $0.name == caseName }) {
                let params = c.parameters.isEmpty ? "" : "(" + c.parameters.map(Vocabulary.describe).joined(separator: ", ") + ")"
                sections.append(".\(c.name)\(params) — a case of \(e.name): \(c.doc.isEmpty ? e.doc : c.doc)")
            }
        }
        return sections.isEmpty ? nil : sections.joined(separator: "\n\n")
    }

    /// Every name `helpText(for:)` knows.
    public var helpNames: [String] {
        var names = Set(declarations.map(\.name))
        names.formUnion(declarations.compactMap { d in d.owner.map { $0 + "." + d.name } })
        names.formUnion(types.keys)
        names.formUnion(enums.keys)
        for e in enums.values { names.formUnion(e.cases.map { "." + $0.name }) }
        return names.sorted()
    }

    /// Close names for an unknown help topic (did-you-mean).
    public func suggestions(for name: String) -> [String] {
        Suggestions.closest(to: name, in: helpNames, limit: 5)
    }

    /// The DSL reference in Markdown, grouped by topic ("Basics" first).
    public func referenceMarkdown() -> String {
        var topics: [String] = ["Basics"]
        func note(_ topic: String) { if !topics.contains(topic) { topics.append(topic) } }
        for d in declarations { note(d.topic) }
        for t in types.values.sorted(by: { $0.name < $1.name }) { note(t.topic) }
        for e in enums.values.sorted(by: { $0.name < $1.name }) { note(e.topic) }

        var out = "# The Folio language\n\n"
        out += Vocabulary.syntaxOverview
        for topic in topics {
            let functions = declarations.filter { $0.kind == .function && $0.topic == topic }
            let typeNames = Set(types.values.filter { $0.topic == topic }.map(\.name))
                .union(declarations.filter { $0.kind != .function && $0.topic == topic && types[$0.owner ?? ""] == nil }.compactMap(\.owner))
            let topicEnums = enums.values.filter { $0.topic == topic }.sorted { $0.name < $1.name }
            if functions.isEmpty && typeNames.isEmpty && topicEnums.isEmpty { continue }
            out += "\n## \(topic)\n"
            if !functions.isEmpty {
                out += "\n### Functions\n\n"
                for d in functions { out += entry(d) }
            }
            for typeName in typeNames.sorted() {
                let members = declarations.filter { $0.kind != .function && $0.owner == typeName }
                let type = types[typeName]
                if members.isEmpty && type == nil { continue }
                out += "\n### \(typeName)\n\n"
                if let type {
                    out += type.doc + "\n"
                    if !type.conformsTo.isEmpty { out += "Also has every member of " + type.conformsTo.map { "`\($0)`" }.joined(separator: ", ") + ".\n" }
                    out += "\n"
                }
                for d in members { out += entry(d) }
            }
            for e in topicEnums {
                let example = e.cases.first.map { " (`.\($0.name)`)" } ?? ""
                out += "\n### \(e.name)\n\n\(e.doc) Written with a leading dot\(example) where the parameter's type is \(e.name).\n\n"
                for c in e.cases {
                    let params = c.parameters.isEmpty ? "" : "(" + c.parameters.map(Vocabulary.describe).joined(separator: ", ") + ")"
                    out += "- `.\(c.name)\(params)`" + (c.doc.isEmpty ? "" : " — \(c.doc)") + "\n"
                }
            }
        }
        return out
    }

    private func entry(_ d: Declaration) -> String {
        var s = "- `\(displaySignature(d))` — \(d.doc)\n"
        for p in d.parameters where !p.doc.isEmpty {
            s += "  - `\(p.label ?? p.name)`: \(p.doc)\n"
        }
        if let example = d.example {
            s += "\n  ```swift\n" + example.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n  ```\n\n"
        }
        return s
    }

    static let syntaxOverview = """
    Cells are fenced `swift` blocks written in Swift, run top to bottom in one shared environment. A
    construct Folio accepts means what Swift means by it, down to what `print` writes; the Swift that
    Folio does not support gets an error saying so and what to write instead. A cell shows the value of
    each of its top-level calls whose value is not bound, and of its last top-level expression (never
    of statements inside loops, functions or closures).

    ```swift
    let rate = 0.5                      // constants; `var` for variables
    var total = 0
    total += 60_000                     // Int arithmetic is overflow-checked
    let name = "MNIST \\(total)"         // string interpolation
    let sizes = [32, 64]                // arrays; sizes[0], sizes.count
    let (train, test) = data.split(test: 0.2)   // tuples and destructuring
    for size in sizes where size > 16 { print(size) }   // for-in over arrays, ranges, dictionaries
    if rate > 0.1 { print("high") } else { print("low") }
    let model = Sequential {            // a builder block: one item per line
        Dense(10, activation: .softmax) // leading-dot cases: .relu, .adam(lr: 0.001)
    }
    func square(_ v: Int) -> Int { v * v }          // functions: labels, _, defaults, recursion
    let doubled = sizes.map { $0 * 2 }              // closures: { x in ... }, $0, trailing closures
    let total2 = sizes.reduce(0, +)                 // operators as functions
    var accuracy: [String: Double] = [:]            // dictionaries; accuracy["mlp"] is a Double?
    if let a = accuracy["mlp"] { print(a) }         // optionals: if let, guard let, ??, !, ?.
    switch total { case 0: print("none"); case 1...9: print("few"); default: print("many") }
    ```

    Statements: `let`/`var`, assignment and `+= -= *= /= %=`, `if`/`else`, `guard ... else`, `for ... in ... where`,
    `while`, `repeat { } while`, `switch` (values, ranges such as `1...9`, `"a"..."z"` and `0.99...`,
    `let x`, `_`, tuples `(0, let y)`, optionals `let x?`, `.some(let x)` and `nil`, a `where` condition,
    several patterns per case, `fallthrough`, `default`; the same patterns in `if case`, `guard case`,
    `while case` and `for case ... in`), `break`, `continue`, labelled loops and
    statements (`outer: for ...` with `break outer`, `continue outer`), `func` (with `inout` parameters
    passed as `&x`), `return`. Types: `Int`,
    `Double`, `String`, `Bool`, `[T]`, `[K: V]`, `T?`, tuples, `Range<T>`, `ClosedRange<T>`, function types
    `(Int) -> Int`. Operators: `+ - * / %`, `== != < <= > >=`, `&& || !`, `??`, `? :`, ranges `..<` and
    `...` (values: `let r = 1...5`), `~=`, `as`; `/* */` and `//` comments. Multi-line string literals
    `\"""` work as in Swift (the closing delimiter's indentation is removed from every line).

    ## Differences from Swift

    Folio is Swift, with these known differences:

    - `array.first`, `array.last`, `array.min()` and `array.max()` are the element, not an optional
      (an empty array is an error, not `nil`), as in earlier Folio notebooks; so `xs.max()!`,
      `xs.first ?? 0` and `if let m = xs.max()` are accepted and mean the element. `first(where:)`,
      `firstIndex(of:)`, `min(by:)`, `max(by:)`, `popLast()` and a dictionary's subscript are optionals, as in Swift.
    - Dictionaries keep their keys in insertion order, so printing and iterating one is deterministic;
      Swift's order is unspecified.
    - Ranges are values as in Swift (`print(0..<3)` writes `0..<3`; `lowerBound`, `upperBound`,
      `count`, `contains`, `~=`), but the array methods of a range of Ints (`map`, `filter`,
      `reversed()`, `first`, …) are those of `Array(range)`: `(1...3).reversed()` is the array
      `[3, 2, 1]`, where Swift's is a `ReversedCollection` that prints as
      `ReversedCollection<ClosedRange<Int>>(...)`, and `(0..<3).first` is the element (see above).
    - Labelled tuples `(name: "mlp", acc: 0.97)` work as in Swift.
    - `Int` and `Double` mix in arithmetic (`n * 0.5` is a Double); Swift needs `Double(n) * 0.5`.
      Swift programs never rely on this, since Swift rejects them.
    - A String is indexed through `Array(text)[i]`, `prefix`, `suffix`, `dropFirst`, `dropLast`; its
      characters are one-character Strings (Swift's `Character`).
    - `String(format:)` takes `%s` for a String (Swift's `%s` expects a C string; `%@` works in both).
    - Calls nest at most 10,000 deep (and never deeper than the thread's stack allows): deeper recursion
      is an error at the call, where Swift would crash.
    - Not supported, each with an error saying what to write instead: `struct`, `class`, `enum`,
      `protocol`, `extension`, `actor`, `import`, `typealias`, generic functions, `async`/`await`,
      `throws`/`try`, type-casting patterns (`case is Int`, `case let n as Int`), and Swift's other
      number types (`Float`, `CGFloat`, `Int32`, `UInt8`, …): Folio's numbers are Int and Double.
    - `fatalError(...)` and a failed `precondition(...)` stop the cell with a located error that shows
      the message (the report is still written), where Swift stops the whole program.

    """
}
