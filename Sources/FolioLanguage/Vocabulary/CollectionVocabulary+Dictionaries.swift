import FolioCore

/// The members of dictionaries: `count`, `keys`, `values`, `updateValue`, `removeValue`, and the
/// closure-taking methods (`filter`, `mapValues`, `sorted(by:)`, `min(by:)`, `max(by:)`).
extension CollectionVocabulary {
    static func mutatingDictionary(_ name: String, _ parameters: [Parameter], returns: FolioType, doc: String, example: String,
                                   _ body: @escaping (Call, inout DictionaryValue) throws -> Value) -> Declaration {
        var d = Declaration(.method, owner: "Dictionary", name, parameters, returns: returns, doc: doc, example: example) { call in
            var copy = try dictionary(call)
            return try body(call, &copy)
        }
        d.isMutating = true
        d.changeInPlace = { value, call in
            guard case .dictionary(var items) = value else { throw RuntimeError("this member needs a dictionary") }
            value = .void
            defer { value = .dictionary(items) }
            return try body(call, &items)
        }
        return d
    }

    static var dictionaryMembers: [Declaration] {
        func property(_ name: String, _ returns: FolioType, doc: String, example: String, _ body: @escaping (DictionaryValue) -> Value) -> Declaration {
            Declaration(.property, owner: "Dictionary", name, returns: returns, doc: doc, example: example) { call in body(try dictionary(call)) }
        }
        let removeValue = mutatingDictionary("removeValue", [Parameter("forKey", name: "key", key)], returns: .optional(value),
                                             doc: "Removes a key; returns its old value, or nil.", example: "counts.removeValue(forKey: \"a\")") { call, d in
            let key = call["key"] ?? .void
            let old = d[key]
            d.set(key, nil)
            return .optional(old)
        }
        let updateValue = mutatingDictionary("updateValue", [Parameter(nil, name: "value", value), Parameter("forKey", name: "key", key)],
                                             returns: .optional(value), doc: "Sets a key's value; returns the old value, or nil.",
                                             example: "d.updateValue(2, forKey: \"k\")") { call, d in
            let key = call["key"] ?? .void
            let old = d[key]
            d.set(key, call["value"] ?? .void)
            return .optional(old)
        }
        return [
            updateValue,
            Declaration(.method, owner: "Dictionary", "mapValues", [Parameter(nil, name: "transform", .function([value], result))],
                        returns: .dictionary(key, result), doc: "The same keys with the closure applied to each value.",
                        example: "prices.mapValues { $0 * 2 }") { call in
                let f = try call.function("transform")
                var out = DictionaryValue()
                for (k, v) in try dictionary(call).pairs { out.set(k, try f.call([v])) }
                return .dictionary(out)
            },
            Declaration(.method, owner: "Dictionary", "filter", [Parameter(nil, name: "isIncluded", .function([.keyValuePair(key, value)], .bool))],
                        returns: .dictionary(key, value), doc: "The (key, value) pairs for which the closure returns true.",
                        example: "scores.filter { $0.value > 0.9 }") { call in
                let f = try call.function("isIncluded")
                var out = DictionaryValue()
                for (k, v) in try dictionary(call).pairs where try truth(try f.call([.keyValuePair(k, v)])) { out.set(k, v) }
                return .dictionary(out)
            },
            Declaration(.method, owner: "Dictionary", "max", [Parameter("by", name: "areInIncreasingOrder", .function([.keyValuePair(key, value), .keyValuePair(key, value)], .bool))],
                        returns: .optional(.keyValuePair(key, value)), doc: "The largest (key, value) pair by the closure, or nil when empty.",
                        example: "scores.max { $0.value < $1.value }!.key") { call in
                let f = try call.function("areInIncreasingOrder")
                let pairs = try dictionary(call).pairs.map { Value.keyValuePair($0.0, $0.1) }
                guard var best = pairs.first else { return .optional(nil) }
                for p in pairs.dropFirst() where try truth(try f.call(best, p)) { best = p }
                return .optional(best)
            },
            Declaration(.method, owner: "Dictionary", "min", [Parameter("by", name: "areInIncreasingOrder", .function([.keyValuePair(key, value), .keyValuePair(key, value)], .bool))],
                        returns: .optional(.keyValuePair(key, value)), doc: "The smallest (key, value) pair by the closure, or nil when empty.",
                        example: "losses.min { $0.value < $1.value }!.key") { call in
                let f = try call.function("areInIncreasingOrder")
                let pairs = try dictionary(call).pairs.map { Value.keyValuePair($0.0, $0.1) }
                guard var best = pairs.first else { return .optional(nil) }
                for p in pairs.dropFirst() where try truth(try f.call(p, best)) { best = p }
                return .optional(best)
            },
            property("count", .int, doc: "The number of keys.", example: "counts.count") { .int($0.count) },
            property("isEmpty", .bool, doc: "Whether the dictionary has no keys.", example: "counts.isEmpty") { .bool($0.count == 0) },
            property("keys", .array(key), doc: "The keys, in insertion order.", example: "counts.keys.sorted()") { .array($0.keys) },
            property("values", .array(value), doc: "The values, in insertion order.", example: "Array(scores.values)") { .array($0.values) },
            Declaration(.method, owner: "Dictionary", "sorted", [Parameter("by", name: "areInIncreasingOrder", .function([.keyValuePair(key, value), .keyValuePair(key, value)], .bool))],
                        returns: .array(.keyValuePair(key, value)), doc: "The (key, value) pairs ordered by the closure.",
                        example: "scores.sorted { $0.value > $1.value }") { call in
                let f = try call.function("areInIncreasingOrder")
                let pairs = try dictionary(call).pairs.map { Value.keyValuePair($0.0, $0.1) }
                return .array(try sorted(pairs) { try truth(try f.call($0, $1)) })
            },
            removeValue,
        ]
    }
}
