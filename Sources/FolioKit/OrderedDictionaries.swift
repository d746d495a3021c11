// A notebook's dictionaries keep their insertion order; Swift's `Dictionary` has none. Programs
// (and `folio export`) use swift-collections' `OrderedDictionary`, which keeps it and prints as
// Swift prints a dictionary: FolioKit re-exports it so `import FolioKit` is enough.
@_exported import OrderedCollections

extension OrderedDictionary {
    /// The pairs of a dictionary literal in the order written (`folio export` writes a notebook's
    /// `["b": 1, "a": 2]` as `OrderedDictionary(inOrder: ["b": 1, "a": 2])`); a repeated key keeps
    /// its last value.
    public init(inOrder pairs: KeyValuePairs<Key, Value>) {
        self.init()
        for (key, value) in pairs { self[key] = value }
    }
}

extension LineChart {
    /// Several named lines over the same `x` values, with a legend, in the dictionary's order.
    public init(x: [Double], series: OrderedDictionary<String, [Double]>, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil) throws {
        try self.init(x: x, series: series.map { ($0.key, $0.value) }, title: title, xLabel: xLabel, yLabel: yLabel)
    }
}

extension OrderedDictionary where Value: Equatable {
    /// Whether both have the same keys with equal values, in any order: what `==` means for a
    /// notebook's dictionaries, as for Swift's (an `OrderedDictionary`'s `==` compares the order
    /// too, so `folio export` writes a notebook's `a == b` as `(a).hasSameEntries(as: b)`).
    public func hasSameEntries(as other: Self) -> Bool {
        count == other.count && allSatisfy { other[$0.key] == $0.value }
    }
}
