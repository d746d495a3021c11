/// Fast lookups into a vocabulary that does not change during a session: the checker and the
/// interpreter resolve names on every call, also inside loops.
final class VocabularyIndex {
    let vocabulary: Vocabulary
    private let functionsByName: [String: [Declaration]]
    private let staticByOwner: [String: [Declaration]]
    private let typeNames: Set<String>
    let globalNames: [String]
    private var memberCache: [String: [Declaration]] = [:]

    init(_ vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
        var functions: [String: [Declaration]] = [:]
        var statics: [String: [Declaration]] = [:]
        for d in vocabulary.declarations {
            if d.kind == .function { functions[d.name, default: []].append(d) }
            if d.kind == .staticFunction || d.kind == .staticProperty, let owner = d.owner { statics[owner, default: []].append(d) }
        }
        functionsByName = functions
        staticByOwner = statics
        typeNames = Set(vocabulary.types.keys).union(statics.keys)
        globalNames = vocabulary.globalNames
    }

    func functions(named name: String) -> [Declaration] { functionsByName[name] ?? [] }

    func isTypeName(_ name: String) -> Bool { typeNames.contains(name) }

    func staticFunctions(named name: String, of type: String) -> [Declaration] {
        (staticByOwner[type] ?? []).filter { $0.name == name && $0.kind == .staticFunction }
    }

    func staticProperties(named name: String, of type: String) -> [Declaration] {
        (staticByOwner[type] ?? []).filter { $0.name == name && $0.kind == .staticProperty }
    }

    func members(named name: String, of type: String, kind: Declaration.Kind) -> [Declaration] {
        let key = type + "\u{1}" + kind.rawValue + "\u{1}" + name
        if let cached = memberCache[key] { return cached }
        let found = vocabulary.members(named: name, of: type, kind: kind)
        memberCache[key] = found
        return found
    }
}
