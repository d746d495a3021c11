import FolioCore
import Foundation

extension Vocabulary {
    /// The language's own vocabulary: `print`, conversions, math, and the members of arrays and
    /// strings, plus `Table`. The ML library merges its declarations into this one.
    public static var core: Vocabulary {
        var v = Vocabulary()
        v.add(type: TypeDeclaration("Array", doc: "An array of values, written [1, 2, 3]."))
        v.add(type: TypeDeclaration("String", doc: "Text, written \"like this\", with \\(expression) interpolation."))
        v.add(type: TypeDeclaration("Double", doc: "A floating-point number such as 0.5 or 1e-3."))
        v.add(type: TypeDeclaration("Int", doc: "A whole number such as 42 or 60_000; arithmetic is overflow-checked."))
        v.add(type: TypeDeclaration("Table", doc: "A table of formatted cells, shown as a table in the report."))
        v.add(TextVocabulary.declarations.filter { $0.kind == .function })
        v.add(CoreVocabulary.functions)
        v.add(CoreVocabulary.math)
        v.add(CoreVocabulary.arrayMembers)
        v.add(CoreVocabulary.stringMembers)
        v.add(type: TypeDeclaration("Dictionary", doc: "Values by key, written [\"a\": 1, \"b\": 2]; [:] is empty."))
        v.add(type: TypeDeclaration("Bool", doc: "true or false."))
        v.add(CollectionVocabulary.arrayMembers)
        v.add(CollectionVocabulary.dictionaryMembers)
        v.add(CollectionVocabulary.functions)
        v.add(NumberVocabulary.declarations)
        v.add(NumberVocabulary.parsing)
        v.add(TextVocabulary.declarations.filter { $0.kind != .function })
        v.add(TextVocabulary.numbers)
        v.add(enum: TextVocabulary.characterSet)
        v.add(enum: TextVocabulary.roundingRule)
        v.add(enum: TextVocabulary.floatingPointSign)
        v.add(enum: TextVocabulary.comparisonResult)
        v.add(type: TypeDeclaration("Range", doc: "A range of values, written 0..<3 (Range, upper bound excluded) or 1...5 (ClosedRange, included)."))
        v.add(RangeVocabulary.declarations)
        v.add(OverflowVocabulary.declarations)
        v.add(type: TypeDeclaration("Optional", doc: "A value or nil, written T? (Int(\"42\") is an Int?)."))
        v.add(OptionalVocabulary.declarations)
        return v
    }
}

/// The declarations of `Vocabulary.core`, grouped by what they act on.
enum CoreVocabulary {
    static func number(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: throw RuntimeError("expected a number, got \(v.type)")
        }
    }

    static func items(_ call: Call) throws -> [Value] {
        guard case .array(let items)? = call.receiver else { throw RuntimeError("this member needs an array") }
        return items
    }

    static func text(_ call: Call) throws -> String {
        guard case .string(let s)? = call.receiver else { throw RuntimeError("this member needs a String") }
        return s
    }

    /// How a number appears in a table cell: at most four decimals, trailing zeros trimmed.
    static func tableCell(_ v: Value) -> String {
        guard case .double(let d) = v else { return v.description }
        if d.isNaN || d.isInfinite { return Value.format(d) }
        if d != 0 && abs(d) < 1e-4 { return String(format: "%.3e", d) }
        var s = String(format: "%.4f", d)
        while s.hasSuffix("0") && !s.hasSuffix(".0") { s.removeLast() }
        return s
    }

    static var functions: [Declaration] {
        [
            Declaration(.function, "print", [Parameter(nil, name: "items", .any, doc: "values to print, separated by spaces", variadic: true)],
                        returns: .void, doc: "Writes values as a line of text in the cell's output, as Swift's print writes them.",
                        example: "print(\"accuracy:\", 0.97)") { call in
                guard case .array(let items)? = call["items"] else { throw RuntimeError("print needs values") }
                call.context.write(items.map(\.description).joined(separator: " ") + "\n")
                return .void
            },
            Declaration(.function, "print", [Parameter(nil, name: "items", .any, doc: "values to print", variadic: true),
                                             Parameter("separator", .string, default: .string(" "), doc: "written between the values"),
                                             Parameter("terminator", .string, default: .string("\n"), doc: "written after the last value")],
                        returns: .void, doc: "print with a separator between the values or another line end (\"\" continues the line).",
                        example: "print(\"a\", \"b\", separator: \", \")") { call in
                guard case .array(let items)? = call["items"] else { throw RuntimeError("print needs values") }
                call.context.write(items.map(\.description).joined(separator: try call.string("separator")) + (try call.string("terminator")))
                return .void
            },
            // Swift stops the program here; a cell stops with a located error instead, so a top-level
            // `guard ... else { fatalError("...") }` reads as it does in Swift.
            Declaration(.function, "fatalError", [Parameter(nil, name: "message", .string, default: .string(""), doc: "why the cell stops")],
                        returns: .void, doc: "Stops the cell with an error that shows the message, as Swift's fatalError stops a program.",
                        example: "guard let n = Int(text) else { fatalError(\"not a number: \\(text)\") }") { call in
                let message = try call.string("message")
                throw RuntimeError(message.isEmpty ? "Fatal error" : "Fatal error: \(message)")
            },
            Declaration(.function, "precondition", [Parameter(nil, name: "condition", .bool, doc: "what must hold"),
                                                    Parameter(nil, name: "message", .string, default: .string(""), doc: "why it must hold")],
                        returns: .void, doc: "Stops the cell with an error when the condition is false, as Swift's precondition does.",
                        example: "precondition(rate > 0, \"the learning rate must be positive\")") { call in
                guard case .bool(false)? = call["condition"] else { return .void }
                let message = try call.string("message")
                throw RuntimeError(message.isEmpty ? "Precondition failed" : "Precondition failed: \(message)")
            },
            Declaration(.function, "String", [Parameter("describing", name: "value", .any)], returns: .string,
                        doc: "The text of any value, as print shows it.", example: "String(describing: maybe)") { call in
                .string(call["value"]?.description ?? "")
            },
            Declaration(.function, "Int", [Parameter(nil, name: "value", .oneOf([.int, .double, .bool]))], returns: .int,
                        doc: "Converts a number (rounding toward zero) or a Bool to an Int.", example: "Int(3.9)  // 3") { call in
                switch call["value"] {
                case .int(let i)?: return .int(i)
                case .double(let d)?:
                    guard d.isFinite, let i = Int(exactly: d.rounded(.towardZero)) else { throw RuntimeError("\(Value.format(d)) does not fit in an Int") }
                    return .int(i)
                case .string(let s)?:
                    guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else { throw RuntimeError("\"\(s)\" is not a whole number", fix: "Int(...) accepts text such as \"42\"") }
                    return .int(i)
                case .bool(let b)?: return .int(b ? 1 : 0)
                default: throw RuntimeError("Int(...) needs a number, a String or a Bool")
                }
            },
            Declaration(.function, "Double", [Parameter(nil, name: "value", .double)], returns: .double,
                        doc: "Converts an Int to a Double.", example: "Double(correct) / Double(total)") { call in
                switch call["value"] {
                case .double(let d)?: return .double(d)
                case .int(let i)?: return .double(Double(i))
                case .string(let s)?:
                    guard let d = Double(s.trimmingCharacters(in: .whitespaces)) else { throw RuntimeError("\"\(s)\" is not a number", fix: "Double(...) accepts text such as \"0.5\"") }
                    return .double(d)
                default: throw RuntimeError("Double(...) needs a number or a String")
                }
            },
            Declaration(.function, "String", [Parameter(nil, name: "value", .any)], returns: .string,
                        doc: "The text of any value, as print shows it.", example: "String(42) + \" digits\"") { call in
                .string(call["value"]?.description ?? "")
            },
            Declaration(.function, "Table", [
                Parameter("columns", .array(.string), doc: "the column headings"),
                Parameter("rows", .array(.array(.any)), doc: "one array per row, as many values as columns"),
                Parameter("title", .optional(.string), default: .absent, doc: "a caption"),
            ], returns: .named("Table"), doc: "A table output; numbers are right-aligned and doubles shown with at most 4 decimals.",
                        example: "Table(columns: [\"model\", \"accuracy\"], rows: [[\"MLP\", 0.97], [\"CNN\", 0.99]])") { call in
                guard case .array(let columnValues)? = call["columns"], case .array(let rowValues)? = call["rows"] else {
                    throw RuntimeError("Table needs columns and rows")
                }
                let columns = columnValues.map(\.description)
                var rows: [[String]] = []
                for (i, row) in rowValues.enumerated() {
                    guard case .array(let cells) = row else { throw RuntimeError("row \(i) of the table is not an array") }
                    guard cells.count == columns.count else {
                        throw RuntimeError("row \(i) has \(cells.count) value\(cells.count == 1 ? "" : "s") but the table has \(columns.count) columns",
                                           fix: "give every row one value per column")
                    }
                    rows.append(cells.map(tableCell))
                }
                var title: String?
                if case .string(let t)? = call["title"] { title = t }
                return .table(Table.autoAligned(title: title, columns: columns, rows: rows))
            },
        ]
    }

    static func unary(_ name: String, _ doc: String, _ example: String, _ f: @escaping (Double) -> Double) -> Declaration {
        Declaration(.function, name, [Parameter(nil, name: "x", .double)], returns: .double, doc: doc, example: example) { call in
            .double(f(try call.double("x")))
        }
    }

    static var math: [Declaration] {
        var ds: [Declaration] = []
        ds.append(Declaration(.function, "abs", [Parameter(nil, name: "x", .int)], returns: .int, doc: "The absolute value.", example: "abs(-3)") { call in
            let x = try call.int("x")
            guard x != Int.min else { throw RuntimeError("integer overflow: abs(\(x)) does not fit in an Int") }
            return .int(abs(x))
        })
        ds.append(unary("abs", "The absolute value.", "abs(-0.5)") { abs($0) })
        for name in ["min", "max"] {
            let pickMin = name == "min"
            ds.append(Declaration(.function, name, [Parameter(nil, name: "a", .int), Parameter(nil, name: "b", .int)], returns: .int,
                                  doc: "The \(pickMin ? "smaller" : "larger") of two numbers.", example: "\(name)(3, 7)") { call in
                let a = try call.int("a"), b = try call.int("b")
                return .int(pickMin ? min(a, b) : max(a, b))
            })
            ds.append(Declaration(.function, name, [Parameter(nil, name: "a", .double), Parameter(nil, name: "b", .double)], returns: .double,
                                  doc: "The \(pickMin ? "smaller" : "larger") of two numbers.", example: "\(name)(0.5, x)") { call in
                let a = try call.double("a"), b = try call.double("b")
                return .double(pickMin ? min(a, b) : max(a, b))
            })
        }
        ds.append(Declaration(.function, "round", [Parameter(nil, name: "x", .double), Parameter("decimals", .int, default: .int(0), doc: "digits after the point")],
                              returns: .double, doc: "Rounds to the nearest value with this many decimals (halfway cases away from zero).",
                              example: "round(0.98765, decimals: 3)  // 0.988") { call in
            let x = try call.double("x"), decimals = try call.int("decimals")
            guard (0...15).contains(decimals) else { throw RuntimeError("decimals must be between 0 and 15, got \(decimals)") }
            let scale = pow(10.0, Double(decimals))
            return .double((x * scale).rounded() / scale)
        })
        ds.append(unary("sqrt", "The square root.", "sqrt(2.0)") { $0.squareRoot() })
        ds.append(unary("exp", "e raised to the power x.", "exp(1.0)") { Foundation.exp($0) })
        ds.append(unary("log", "The natural logarithm.", "log(10.0)") { Foundation.log($0) })
        ds.append(unary("floor", "Rounds down to a whole number.", "floor(2.7)") { $0.rounded(.down) })
        ds.append(unary("ceil", "Rounds up to a whole number.", "ceil(2.1)") { $0.rounded(.up) })
        ds.append(Declaration(.function, "pow", [Parameter(nil, name: "x", .double), Parameter(nil, name: "y", .double)], returns: .double,
                              doc: "x raised to the power y.", example: "pow(2.0, 10.0)") { call in
            .double(Foundation.pow(try call.double("x"), try call.double("y")))
        })
        ds.append(Declaration(.method, owner: "Double", "rounded", [], returns: .double, doc: "Rounds to the nearest whole number.",
                              example: "(2.5).rounded()") { call in
            .double(try number(call.receiver ?? .void).rounded())
        })
        return ds
    }

    static var arrayMembers: [Declaration] {
        let element = FolioType.element
        func method(_ name: String, _ parameters: [Parameter] = [], returns: FolioType, doc: String, example: String,
                    _ body: @escaping (Call, [Value]) throws -> Value) -> Declaration {
            Declaration(.method, owner: "Array", name, parameters, returns: returns, doc: doc, example: example) { call in
                try body(call, try items(call))
            }
        }
        func numbers(_ items: [Value]) throws -> [Double] { try items.map(number) }
        func extreme(_ items: [Value], _ name: String, _ better: (Value, Value) throws -> Bool) throws -> Value {
            guard var best = items.first else { throw RuntimeError("\(name)() of an empty array", fix: "check isEmpty first") }
            for item in items.dropFirst() where try better(item, best) { best = item }
            return best
        }
        func less(_ a: Value, _ b: Value) throws -> Bool {
            if case .bool(let r) = try RuntimeOperators.binary("<", a, b) { return r }
            return false
        }
        return [
            Declaration(.property, owner: "Array", "count", returns: .int, doc: "The number of elements.", example: "[1, 2, 3].count") { call in
                .int(try items(call).count)
            },
            Declaration(.property, owner: "Array", "isEmpty", returns: .bool, doc: "Whether the array has no elements.", example: "xs.isEmpty") { call in
                .bool(try items(call).isEmpty)
            },
            Declaration(.property, owner: "Array", "first", returns: element, doc: "The first element (an error when empty).", example: "xs.first") { call in
                guard let first = try items(call).first else { throw RuntimeError("'first' of an empty array", fix: "check isEmpty first") }
                return first
            },
            Declaration(.property, owner: "Array", "last", returns: element, doc: "The last element (an error when empty).", example: "xs.last") { call in
                guard let last = try items(call).last else { throw RuntimeError("'last' of an empty array", fix: "check isEmpty first") }
                return last
            },
            method("sum", returns: element, doc: "The sum of the numbers.", example: "[1, 2, 3].sum()  // 6") { _, items in
                if items.allSatisfy({ if case .int = $0 { return true }; return false }) {
                    var total = Value.int(0)
                    for item in items { total = try RuntimeOperators.binary("+", total, item) }
                    return total
                }
                return .double(try numbers(items).reduce(0, +))
            },
            method("mean", returns: .double, doc: "The average of the numbers.", example: "[1, 2, 3, 4].mean()  // 2.5") { _, items in
                guard !items.isEmpty else { throw RuntimeError("mean() of an empty array", fix: "check isEmpty first") }
                return .double(try numbers(items).reduce(0, +) / Double(items.count))
            },
            method("max", returns: element, doc: "The largest element.", example: "[3, 9, 4].max()") { _, items in
                try extreme(items, "max") { try less($1, $0) }
            },
            method("min", returns: element, doc: "The smallest element.", example: "[3, 9, 4].min()") { _, items in
                try extreme(items, "min") { try less($0, $1) }
            },
            method("sorted", returns: .array(element), doc: "The elements in increasing order.", example: "[3, 1, 2].sorted()") { _, items in
                .array(try CollectionVocabulary.sortedAscending(items))
            },
            method("reversed", returns: .array(element), doc: "The elements in reverse order.", example: "[1, 2, 3].reversed()") { _, items in
                .array(items.reversed())
            },
            method("prefix", [Parameter(nil, name: "n", .int)], returns: .array(element), doc: "The first n elements (fewer if the array is shorter).",
                   example: "xs.prefix(5)") { call, items in
                let n = try call.int("n")
                guard n >= 0 else { throw RuntimeError("prefix needs a count of 0 or more, got \(n)") }
                return .array(Array(items.prefix(n)))
            },
            method("contains", [Parameter(nil, name: "element", element)], returns: .bool, doc: "Whether an element equals this value.",
                   example: "[1, 2, 3].contains(2)") { call, items in
                let target = call["element"] ?? .void
                return .bool(items.contains { RuntimeOperators.equal($0, target) })
            },
            method("enumerated", returns: .array(.tuple([.labelled("offset", .int), .labelled("element", element)])), doc: "Pairs of (index, element), for for (i, x) in xs.enumerated().",
                   example: "for (i, x) in xs.enumerated() { print(i, x) }") { _, items in
                .array(items.enumerated().map { .tuple([.labelled("offset", .int($0.offset)), .labelled("element", $0.element)]) })
            },
            method("joined", [Parameter("separator", .string, default: .string(""))], returns: .string,
                   doc: "The elements as text, joined by the separator.", example: "[\"a\", \"b\"].joined(separator: \", \")") { call, items in
                .string(items.map(\.description).joined(separator: try call.string("separator")))
            },
            CollectionVocabulary.mutating("append", [Parameter(nil, name: "element", element)], doc: "Adds an element at the end (the array must be a var).",
                                          example: "var xs = [1]\nxs.append(2)") { call, items in
                items.append(call["element"] ?? .void)
                return .void
            },
        ]
    }

    static var stringMembers: [Declaration] {
        func method(_ name: String, _ parameters: [Parameter] = [], returns: FolioType, doc: String, example: String,
                    _ body: @escaping (Call, String) throws -> Value) -> Declaration {
            Declaration(.method, owner: "String", name, parameters, returns: returns, doc: doc, example: example) { call in
                try body(call, try text(call))
            }
        }
        return [
            Declaration(.property, owner: "String", "count", returns: .int, doc: "The number of characters.", example: "\"digit\".count") { call in
                .int(try text(call).count)
            },
            Declaration(.property, owner: "String", "isEmpty", returns: .bool, doc: "Whether the text is empty.", example: "name.isEmpty") { call in
                .bool(try text(call).isEmpty)
            },
            method("uppercased", returns: .string, doc: "The text in upper case.", example: "\"cnn\".uppercased()") { _, s in .string(s.uppercased()) },
            method("lowercased", returns: .string, doc: "The text in lower case.", example: "\"CNN\".lowercased()") { _, s in .string(s.lowercased()) },
            method("hasPrefix", [Parameter(nil, name: "prefix", .string)], returns: .bool, doc: "Whether the text starts with the prefix.",
                   example: "path.hasPrefix(\"data/\")") { call, s in .bool(s.hasPrefix(try call.string("prefix"))) },
            method("hasSuffix", [Parameter(nil, name: "suffix", .string)], returns: .bool, doc: "Whether the text ends with the suffix.",
                   example: "path.hasSuffix(\".gz\")") { call, s in .bool(s.hasSuffix(try call.string("suffix"))) },
            method("contains", [Parameter(nil, name: "text", .string)], returns: .bool, doc: "Whether the text contains another text.",
                   example: "name.contains(\"mnist\")") { call, s in .bool(s.contains(try call.string("text"))) },
            method("split", [Parameter("separator", .string)], returns: .array(.string), doc: "The non-empty pieces between separators, as Swift's split.",
                   example: "\"a,b,c\".split(separator: \",\")") { call, s in
                let separator = try call.string("separator")
                guard !separator.isEmpty else { throw RuntimeError("the separator must not be empty") }
                return .array(s.components(separatedBy: separator).filter { !$0.isEmpty }.map { .string($0) })
            },
            method("replacingOccurrences", [Parameter("of", name: "target", .string), Parameter("with", name: "replacement", .string)],
                   returns: .string, doc: "The text with every occurrence of one text replaced by another.",
                   example: "name.replacingOccurrences(of: \"_\", with: \" \")") { call, s in
                let target = try call.string("target")
                guard !target.isEmpty else { return .string(s) }
                return .string(s.replacingOccurrences(of: target, with: try call.string("replacement")))
            },
        ]
    }
}
