import FolioCore

/// Arrays and dictionaries beyond the basics: the closure-taking methods (`map`, `filter`,
/// `sorted(by:)`, …), slicing, and dictionary members (CollectionVocabulary+Dictionaries). `Element`, `Key`, `Value` and `Result` are
/// type variables the checker binds from the receiver, the arguments and the closures' results.
enum CollectionVocabulary {
    static let element = FolioType.named("Element")
    static let result = FolioType.named("Result")
    static let key = FolioType.named("Key")
    static let value = FolioType.named("Value")

    static func items(_ call: Call) throws -> [Value] {
        guard case .array(let items)? = call.receiver else { throw RuntimeError("this member needs an array") }
        return items
    }

    static func dictionary(_ call: Call) throws -> DictionaryValue {
        guard case .dictionary(let d)? = call.receiver else { throw RuntimeError("this member needs a dictionary") }
        return d
    }

    static func truth(_ v: Value) throws -> Bool {
        if case .bool(let b) = v { return b }
        throw RuntimeError("the closure must return a Bool, got \(v.type)")
    }

    /// Sorts with a throwing comparison (Swift's sort cannot throw; the first error is kept).
    static func sorted(_ items: [Value], _ less: (Value, Value) throws -> Bool) throws -> [Value] {
        var failure: Error?
        let result = items.sorted { a, b in
            if failure != nil { return false }
            do { return try less(a, b) } catch { failure = error; return false }
        }
        if let failure { throw failure }
        return result
    }

    static func method(_ name: String, _ parameters: [Parameter] = [], returns: FolioType, doc: String, example: String,
                       _ body: @escaping (Call, [Value]) throws -> Value) -> Declaration {
        Declaration(.method, owner: "Array", name, parameters, returns: returns, doc: doc, example: example) { call in
            try body(call, try items(call))
        }
    }

    /// A method that changes the array where it is stored; `body` returns the call's own value.
    static func mutating(_ name: String, _ parameters: [Parameter] = [], returns: FolioType = .void, doc: String, example: String,
                         _ body: @escaping (Call, inout [Value]) throws -> Value) -> Declaration {
        var d = Declaration(.method, owner: "Array", name, parameters, returns: returns, doc: doc, example: example) { call in
            var copy = try items(call)
            return try body(call, &copy)
        }
        d.isMutating = true
        d.changeInPlace = { value, call in
            guard case .array(var items) = value else { throw RuntimeError("this member needs an array") }
            value = .void
            defer { value = .array(items) }
            return try body(call, &items)
        }
        return d
    }

    static func predicate(_ name: String = "predicate") -> Parameter {
        Parameter(nil, name: name, .function([element], .bool), doc: "a closure returning true or false for an element")
    }

    static var arrayMembers: [Declaration] {
        [
            method("map", [Parameter(nil, name: "transform", .function([element], result), doc: "the new value for each element")],
                   returns: .array(result), doc: "A new array with the closure applied to every element.", example: "xs.map { $0 * 2 }") { call, items in
                let f = try call.function("transform")
                var results: [Value] = []
                results.reserveCapacity(items.count)
                try f.callEach(items) { _, result in results.append(result) }
                return .array(results)
            },
            method("filter", [predicate("isIncluded")], returns: .array(element), doc: "The elements for which the closure returns true.",
                   example: "xs.filter { $0 > 0.5 }") { call, items in
                let f = try call.function("isIncluded")
                var kept: [Value] = []
                try f.callEach(items) { item, result in if try truth(result) { kept.append(item) } }
                return .array(kept)
            },
            method("reduce", [Parameter(nil, name: "initial", result), Parameter(nil, name: "next", .function([result, element], result))],
                   returns: result, doc: "Combines the elements into one value, starting from the initial one.",
                   example: "xs.reduce(0, +)") { call, items in
                let f = try call.function("next")
                var accumulated = call["initial"] ?? .void
                for item in items { accumulated = try f.call(accumulated, item) }
                return accumulated
            },
            method("forEach", [Parameter(nil, name: "body", .function([element], .void))], returns: .void,
                   doc: "Calls the closure on every element in order.", example: "xs.forEach { print($0) }") { call, items in
                let f = try call.function("body")
                for item in items { _ = try f.call(item) }
                return .void
            },
            method("sorted", [Parameter("by", name: "areInIncreasingOrder", .function([element, element], .bool))], returns: .array(element),
                   doc: "The elements ordered by the closure (true when the first goes before the second).",
                   example: "scores.sorted(by: >)") { call, items in
                let f = try call.function("areInIncreasingOrder")
                return .array(try sorted(items) { try truth(try f.call($0, $1)) })
            },
            method("min", [Parameter("by", name: "areInIncreasingOrder", .function([element, element], .bool))], returns: .optional(element),
                   doc: "The smallest element by the closure, or nil when empty.", example: "pairs.min { $0.1 < $1.1 }") { call, items in
                let f = try call.function("areInIncreasingOrder")
                guard var best = items.first else { return .optional(nil) }
                for item in items.dropFirst() where try truth(try f.call(item, best)) { best = item }
                return .optional(best)
            },
            method("max", [Parameter("by", name: "areInIncreasingOrder", .function([element, element], .bool))], returns: .optional(element),
                   doc: "The largest element by the closure, or nil when empty.", example: "pairs.max { $0.1 < $1.1 }") { call, items in
                let f = try call.function("areInIncreasingOrder")
                guard var best = items.first else { return .optional(nil) }
                for item in items.dropFirst() where try truth(try f.call(best, item)) { best = item }
                return .optional(best)
            },
            method("first", [Parameter("where", name: "predicate", .function([element], .bool))], returns: .optional(element),
                   doc: "The first element for which the closure returns true, or nil.", example: "xs.first { $0 > 0 }") { call, items in
                let f = try call.function("predicate")
                for item in items where try truth(try f.call(item)) { return .optional(item) }
                return .optional(nil)
            },
            method("firstIndex", [Parameter("of", name: "element", element)], returns: .optional(.int),
                   doc: "The index of the first element equal to the value, or nil.", example: "names.firstIndex(of: \"cnn\")") { call, items in
                let target = call["element"] ?? .void
                return .optional(items.firstIndex { RuntimeOperators.equal($0, target) }.map { .int($0) })
            },
            method("firstIndex", [Parameter("where", name: "predicate", .function([element], .bool))], returns: .optional(.int),
                   doc: "The index of the first element for which the closure returns true, or nil.", example: "xs.firstIndex { $0 > 0 }") { call, items in
                let f = try call.function("predicate")
                for (i, item) in items.enumerated() where try truth(try f.call(item)) { return .optional(.int(i)) }
                return .optional(nil)
            },
            method("contains", [Parameter("where", name: "predicate", .function([element], .bool))], returns: .bool,
                   doc: "Whether the closure returns true for some element.", example: "xs.contains { $0 < 0 }") { call, items in
                let f = try call.function("predicate")
                for item in items where try truth(try f.call(item)) { return .bool(true) }
                return .bool(false)
            },
            method("allSatisfy", [predicate()], returns: .bool, doc: "Whether the closure returns true for every element.",
                   example: "xs.allSatisfy { $0 >= 0 }") { call, items in
                let f = try call.function("predicate")
                for item in items where !(try truth(try f.call(item))) { return .bool(false) }
                return .bool(true)
            },
            method("suffix", [Parameter(nil, name: "n", .int)], returns: .array(element), doc: "The last n elements (fewer if the array is shorter).",
                   example: "xs.suffix(3)") { call, items in
                let n = try call.int("n")
                guard n >= 0 else { throw RuntimeError("suffix needs a count of 0 or more, got \(n)") }
                return .array(Array(items.suffix(n)))
            },
            method("dropFirst", [Parameter(nil, name: "k", .int, default: .int(1))], returns: .array(element),
                   doc: "The array without its first k elements (1 when not given).", example: "xs.dropFirst()") { call, items in
                let k = try call.int("k")
                guard k >= 0 else { throw RuntimeError("dropFirst needs a count of 0 or more, got \(k)") }
                return .array(Array(items.dropFirst(k)))
            },
            method("dropLast", [Parameter(nil, name: "k", .int, default: .int(1))], returns: .array(element),
                   doc: "The array without its last k elements (1 when not given).", example: "xs.dropLast()") { call, items in
                let k = try call.int("k")
                guard k >= 0 else { throw RuntimeError("dropLast needs a count of 0 or more, got \(k)") }
                return .array(Array(items.dropLast(k)))
            },
            Declaration(.property, owner: "Array", "indices", returns: .array(.int), doc: "The valid indices, 0..<count.",
                        example: "for i in xs.indices { ... }") { call in
                .array(try items(call).indices.map { .int($0) })
            },
            mutating("append", [Parameter("contentsOf", name: "elements", .array(element))], doc: "Adds the elements at the end (the array must be a var).",
                     example: "xs.append(contentsOf: [4, 5])") { call, items in
                guard case .array(let more)? = call["elements"] else { throw RuntimeError("append(contentsOf:) needs an array") }
                items += more
                return .void
            },
            mutating("insert", [Parameter(nil, name: "element", element), Parameter("at", name: "index", .int)],
                     doc: "Inserts an element before the index (the array must be a var).", example: "xs.insert(0, at: 0)") { call, items in
                let i = try call.int("index")
                guard i >= 0 && i <= items.count else { throw RuntimeError("index \(i) is out of range for inserting into \(items.count) elements") }
                items.insert(call["element"] ?? .void, at: i)
                return .void
            },
            mutating("remove", [Parameter("at", name: "index", .int)], returns: element, doc: "Removes and returns the element at the index (the array must be a var).",
                     example: "xs.remove(at: 0)") { call, items in
                let i = try call.int("index")
                guard i >= 0 && i < items.count else { throw RuntimeError("index \(i) is out of range for an array of \(items.count) elements") }
                return items.remove(at: i)
            },
            mutating("removeLast", returns: element, doc: "Removes and returns the last element (the array must be a var).", example: "xs.removeLast()") { _, items in
                guard let last = items.popLast() else { throw RuntimeError("removeLast() of an empty array", fix: "check isEmpty first") }
                return last
            },
            mutating("removeFirst", returns: element, doc: "Removes and returns the first element (the array must be a var).", example: "xs.removeFirst()") { _, items in
                guard !items.isEmpty else { throw RuntimeError("removeFirst() of an empty array", fix: "check isEmpty first") }
                return items.removeFirst()
            },
            mutating("popLast", returns: .optional(element), doc: "Removes and returns the last element, or nil when empty.", example: "while let x = stack.popLast() { ... }") { _, items in
                .optional(items.popLast())
            },
            mutating("removeAll", doc: "Removes every element (the array must be a var).", example: "xs.removeAll()") { _, items in
                items.removeAll()
                return .void
            },
            mutating("removeAll", [Parameter("where", name: "shouldBeRemoved", .function([element], .bool))],
                     doc: "Removes the elements for which the closure returns true.", example: "xs.removeAll { $0 < 0 }") { call, items in
                let f = try call.function("shouldBeRemoved")
                items = try items.filter { !(try truth(try f.call($0))) }
                return .void
            },
            mutating("swapAt", [Parameter(nil, name: "i", .int), Parameter(nil, name: "j", .int)], doc: "Swaps two elements (the array must be a var).",
                     example: "xs.swapAt(0, 1)") { call, items in
                let i = try call.int("i"), j = try call.int("j")
                guard items.indices.contains(i), items.indices.contains(j) else { throw RuntimeError("swapAt(\(i), \(j)) is out of range for \(items.count) elements") }
                items.swapAt(i, j)
                return .void
            },
            mutating("sort", doc: "Sorts the array in increasing order, in place.", example: "xs.sort()") { _, items in
                items = try sortedAscending(items)
                return .void
            },
            mutating("sort", [Parameter("by", name: "areInIncreasingOrder", .function([element, element], .bool))],
                     doc: "Sorts the array in place by the closure.", example: "xs.sort(by: >)") { call, items in
                let f = try call.function("areInIncreasingOrder")
                items = try sorted(items) { try truth(try f.call($0, $1)) }
                return .void
            },
            mutating("reverse", doc: "Reverses the array in place.", example: "xs.reverse()") { _, items in
                items.reverse()
                return .void
            },
            method("compactMap", [Parameter(nil, name: "transform", .function([element], .optional(result)))], returns: .array(result),
                   doc: "The non-nil results of the closure.", example: "words.compactMap { Int($0) }") { call, items in
                let f = try call.function("transform")
                var out: [Value] = []
                for item in items {
                    switch try f.call(item) {
                    case .optional(let v?): out.append(v)
                    case .optional(nil), .void: break
                    case let v: out.append(v)
                    }
                }
                return .array(out)
            },
            method("flatMap", [Parameter(nil, name: "transform", .function([element], .array(result)))], returns: .array(result),
                   doc: "The arrays the closure returns, joined into one.", example: "rows.flatMap { $0 }") { call, items in
                let f = try call.function("transform")
                var out: [Value] = []
                for item in items {
                    guard case .array(let part) = try f.call(item) else { throw RuntimeError("flatMap's closure must return an array") }
                    out += part
                }
                return .array(out)
            },
            method("lastIndex", [Parameter("of", name: "element", element)], returns: .optional(.int),
                   doc: "The index of the last element equal to the value, or nil.", example: "xs.lastIndex(of: 0)") { call, items in
                let target = call["element"] ?? .void
                return .optional(items.lastIndex { RuntimeOperators.equal($0, target) }.map { .int($0) })
            },
        ]
    }

    /// The elements in increasing order; numbers and texts are compared natively (no per-pair dispatch).
    static func sortedAscending(_ items: [Value]) throws -> [Value] {
        var ints: [Int] = [], doubles: [Double] = [], texts: [String] = []
        ints.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .int(let v): ints.append(v)
            case .double(let v): doubles.append(v)
            case .string(let v): texts.append(v)
            default: return try sorted(items) { try less($0, $1) }
            }
        }
        if ints.count == items.count { return ints.sorted().map { .int($0) } }
        if doubles.count == items.count { return doubles.sorted().map { .double($0) } }
        if texts.count == items.count { return texts.sorted().map { .string($0) } }
        return try sorted(items) { try less($0, $1) }
    }

    static func less(_ a: Value, _ b: Value) throws -> Bool {
        if case .bool(let r) = try RuntimeOperators.binary("<", a, b) { return r }
        return false
    }

    static var functions: [Declaration] {
        [
            Declaration(.function, "Array", [Parameter("repeating", name: "value", element), Parameter("count", .int)], returns: .array(element),
                        doc: "An array holding the value count times.", example: "Array(repeating: 0.0, count: 10)") { call in
                let count = try call.int("count")
                guard count >= 0 else { throw RuntimeError("count must be 0 or more, got \(count)") }
                return .array(Array(repeating: call["value"] ?? .void, count: count))
            },
            Declaration(.function, "Array", [Parameter(nil, name: "elements", .array(element))], returns: .array(element),
                        doc: "An array of the elements (of a range, of a dictionary's keys).", example: "Array(0..<5)") { call in
                call["elements"] ?? .array([])
            },
            Declaration(.function, "Array", [Parameter(nil, name: "text", .string)], returns: .array(.string),
                        doc: "The characters of a text.", example: "Array(\"abc\")") { call in
                .array(try call.string("text").map { .string(String($0)) })
            },
            Declaration(.function, "zip", [Parameter(nil, name: "first", .array(element)), Parameter(nil, name: "second", .array(result))],
                        returns: .array(.tuple([element, result])), doc: "Pairs of elements at the same index, as long as the shorter array.",
                        example: "for (x, y) in zip(xs, ys) { ... }") { call in
                guard case .array(let a)? = call["first"], case .array(let b)? = call["second"] else { throw RuntimeError("zip needs two arrays") }
                return .array(zip(a, b).map { .tuple([$0, $1]) })
            },
            Declaration(.function, "Optional", [Parameter(nil, name: "value", element)], returns: .optional(element),
                        doc: "The value as an optional: Optional(\"ok\") prints Optional(\"ok\").", example: "let note: String? = Optional(\"ok\")") { call in
                .optional(call["value"] ?? .void)
            },
            stride(to: "to", closed: false, .int), stride(to: "through", closed: true, .int),
            stride(to: "to", closed: false, .double), stride(to: "through", closed: true, .double),
        ]
    }

    private static func stride(to label: String, closed: Bool, _ type: FolioType) -> Declaration {
        Declaration(.function, "stride", [Parameter("from", name: "start", type), Parameter(label, name: "end", type), Parameter("by", name: "step", type)],
                    returns: .array(type), doc: "The values from start \(closed ? "through" : "up to (not including)") end, step apart.",
                    example: "stride(from: 0, \(label): 10, by: 2)") { call in
            if type == .int {
                let a = try call.int("start"), b = try call.int("end"), s = try call.int("step")
                guard s != 0 else { throw RuntimeError("stride needs a step other than 0") }
                let values = closed ? Array(Swift.stride(from: a, through: b, by: s)) : Array(Swift.stride(from: a, to: b, by: s))
                guard values.count <= 5_000_000 else { throw RuntimeError("this stride has too many values to hold as an array") }
                return .array(values.map { .int($0) })
            }
            let a = try call.double("start"), b = try call.double("end"), s = try call.double("step")
            guard s != 0 else { throw RuntimeError("stride needs a step other than 0") }
            let values = closed ? Array(Swift.stride(from: a, through: b, by: s)) : Array(Swift.stride(from: a, to: b, by: s))
            return .array(values.map { .double($0) })
        }
    }
}
