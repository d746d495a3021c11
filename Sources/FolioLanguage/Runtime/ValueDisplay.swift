import FolioCore

extension Value {
    /// What a cell shows for this value: text for scalars, strings, arrays and tuples; a table
    /// output for tables; the outputs of a rendered value; an object's own display.
    public var outputs: [Output] {
        switch self {
        case .void: return []
        case .table(let t): return [.table(t)]
        case .rendered(let outputs): return outputs
        case .object(let o): return o.display()
        default: return [.text(description)]
        }
    }

    /// Converts a value to the representation a parameter of `type` expects (Int literals to Double,
    /// element-wise through arrays and tuples).
    public func coerced(to type: FolioType) -> Value {
        switch (type, self) {
        case (.double, .int(let v)): return .double(Double(v))
        case (.array(let t), .array(let vs)): return .array(vs.map { $0.coerced(to: t) })
        case (.tuple(let ts), .tuple(let vs)) where ts.count == vs.count: return .tuple(zip(vs, ts).map { $0.coerced(to: $1) })
        case (.labelled(let label, let t), _): return .labelled(label, unlabelled.coerced(to: t))
        case (.optional(let t), _): return coerced(to: t)
        case (.array(let t), .string(let text)): return .array(text.map { Value.string(String($0)).coerced(to: t) })
        case (.array, .dictionary(let d)): return .array(d.pairs.map { .keyValuePair($0.0, $0.1) })
        case (.oneOf(let ts), _):
            if ts.contains(self.type) { return self }
            if let t = ts.first(where: { $0.accepts(self.type) }) { return coerced(to: t) }
            return self
        default: return self
        }
    }
}
