import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown

/// For every name of the session, the key of whatever last set it: a param's value, or the
/// effective key of the last cell that bound, used or aliased it. Using counts because objects
/// change in place (`model.fit(...)` trains the model bound earlier), so the last cell to touch a
/// name is the one its current value depends on.
struct CacheKeys {
    private var keys: [String: String] = [:]
    let paramNames: Set<String>

    init(params: [(name: String, value: Value)]) {
        for (name, value) in params {
            keys[name] = CellKey.param(name: name, type: "\(value.type)", value: value.debugText)
        }
        paramNames = Set(params.map(\.name))
    }

    func baseKey(for cell: Cell, parsed: ParsedCell, version: String) -> String {
        let inputs = parsed.usedNames.compactMap { name in keys[name].map { (name: name, key: $0) } }
        return CellKey.base(code: cell.code, options: cell.options, inputs: inputs, version: version)
    }

    mutating func record(_ names: [String], key: String) {
        for name in names { keys[name] = key }
    }

    mutating func forget(_ names: [String]) {
        for name in names { keys[name] = nil }
    }

    /// A key nothing else has: later cells that read these names never match an old entry.
    static func unique() -> String { "unique-" + UUID().uuidString }

    /// The session names (params aside) a cell may have changed: those it bound, the `var`s and
    /// objects that change in place (models) it read, and every other name that shares such an
    /// object with one of them, since changing the object through one name changes the other.
    static func touchedNames(_ parsed: ParsedCell, session: Session, params: Set<String>) -> [String] {
        let changeable = parsed.usedNames.filter { name in
            session.isMutable(name) == true || objects(in: session.value(of: name)).contains { $0.changesInPlace }
        }
        var names = Set(changeable).union(parsed.boundNames)
            .filter { !params.contains($0) && session.value(of: $0) != nil }
        let shared = Set(names.flatMap { objects(in: session.value(of: $0)).filter(\.changesInPlace).map(ObjectIdentifier.init) })
        if !shared.isEmpty {
            for other in session.boundNames where !names.contains(other) && !params.contains(other) {
                if !shared.isDisjoint(with: objects(in: session.value(of: other)).map(ObjectIdentifier.init)) { names.insert(other) }
            }
        }
        return names.sorted()
    }

    private static func objects(in value: Value?) -> [any HostObject] {
        switch value {
        case .object(let object)?: return [object]
        case .array(let items)?, .tuple(let items)?: return items.flatMap { objects(in: $0) }
        case .enumCase(let e)?: return e.arguments.values.flatMap { objects(in: $0) }
        default: return []
        }
    }
}
