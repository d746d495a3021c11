import FolioCore

/// Whether the patterns of a switch cover every value of its subject, as Swift requires: the
/// standard check by constructors (Maranget's), over Bools, optionals, enum cases and tuples. A
/// pattern with a `where` condition covers nothing; values of other types (Int, String, …) are
/// covered only by a pattern that matches anything.
struct SwitchExhaustiveness {
    let vocabulary: Vocabulary

    func covers(_ patterns: [CasePattern], _ type: FolioType) -> Bool {
        exhaustive(patterns.map { [$0] }, [type])
    }

    private enum Constructor: Hashable {
        case bool(Bool), none, some, enumCase(String), tuple
    }

    private func exhaustive(_ rows: [[CasePattern]], _ types: [FolioType]) -> Bool {
        guard let type = types.first else { return !rows.isEmpty }
        let rest = Array(types.dropFirst())
        guard let constructors = constructors(of: type) else {
            // Infinitely many values: only the rows matching anything in this column count.
            return exhaustive(rows.filter { $0[0].matchesAnything }.map { Array($0.dropFirst()) }, rest)
        }
        return constructors.allSatisfy { constructor in
            let fields = fieldTypes(constructor, of: type)
            let specialised = rows.compactMap { row -> [CasePattern]? in
                guard let inner = specialise(row[0], constructor, fields: fields.count) else { return nil }
                return inner + row.dropFirst()
            }
            return exhaustive(specialised, fields + rest)
        }
    }

    private func constructors(of type: FolioType) -> [Constructor]? {
        switch type {
        case .bool: return [.bool(true), .bool(false)]
        case .optional: return [.none, .some]
        case .tuple: return [.tuple]
        default:
            guard let declaration = vocabulary.enumDeclaration(for: type) else { return nil }
            return declaration.cases.map { .enumCase($0.name) }
        }
    }

    private func fieldTypes(_ constructor: Constructor, of type: FolioType) -> [FolioType] {
        switch (constructor, type) {
        case (.some, .optional(let wrapped)): return [wrapped]
        case (.tuple, .tuple(let types)): return types.map(\.unlabelled)
        default: return []
        }
    }

    /// The sub-patterns of `pattern` for the fields of `constructor`, or nil when it cannot match it.
    private func specialise(_ pattern: CasePattern, _ constructor: Constructor, fields: Int) -> [CasePattern]? {
        let anything = CasePattern.wildcard(pattern.range)
        switch pattern {
        case .binding, .wildcard:
            return Array(repeating: anything, count: fields)
        case .tuple(let elements, _):
            return constructor == .tuple && elements.count == fields ? elements : nil
        case .some(let inner, _):
            return constructor == .some ? [inner] : nil
        case .value(let e):
            switch (e.kind, constructor) {
            case (.bool(let b), .bool(let c)): return b == c ? [] : nil
            case (.nilLiteral, .none), (.implicitMember("none"), .none): return []
            case (.implicitMember(let n), .enumCase(let c)): return n == c ? [] : nil
            // `case 3:` on an Int? matches some values of `.some`: it covers none of them fully.
            case (_, .some): return [.value(e)]
            default: return nil
            }
        }
    }
}
