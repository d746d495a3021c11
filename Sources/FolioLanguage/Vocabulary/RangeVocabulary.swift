import FolioCore

/// The members of ranges (`0..<3`, `1...5`, `0.0...1.0`, `"a"..."z"`). A range of Ints is also a
/// sequence: the array methods (`map`, `filter`, `reversed()`, …) apply to it as to `Array(range)`.
enum RangeVocabulary {
    static let bound = FolioType.element

    /// Members only a range of Ints has (Swift's `CountableRange`): the checker refuses them on other ranges.
    static let intOnly: Set<String> = ["count"]

    static func range(_ call: Call) throws -> RangeValue {
        guard case .range(let r)? = call.receiver else { throw RuntimeError("this member needs a range") }
        return r
    }

    static func property(_ name: String, _ type: FolioType, doc: String, example: String, _ body: @escaping (RangeValue) throws -> Value) -> Declaration {
        Declaration(.property, owner: "Range", name, returns: type, doc: doc, example: example) { call in try body(try range(call)) }
    }

    static var declarations: [Declaration] {
        [
            property("lowerBound", bound, doc: "The first value of the range.", example: "(2..<5).lowerBound  // 2") { $0.lower },
            property("upperBound", bound, doc: "The end of the range (excluded from `a..<b`, included in `a...b`).",
                     example: "(2..<5).upperBound  // 5") { $0.upper },
            property("count", .int, doc: "The number of Ints in a range of Ints.", example: "(1...5).count  // 5") { .int(try $0.count()) },
            property("isEmpty", .bool, doc: "Whether the range holds no value (only `a..<a` does).", example: "(3..<3).isEmpty  // true") {
                .bool($0.isEmpty)
            },
            Declaration(.method, owner: "Range", "contains", [Parameter(nil, name: "element", bound)], returns: .bool,
                        doc: "Whether a value lies in the range; also written `range ~= value`.", example: "(0.0...1.0).contains(0.5)  // true") { call in
                .bool(try range(call).contains(call["element"] ?? .void))
            },
        ]
    }
}
