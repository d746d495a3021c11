import FolioLanguage

/// The names of one run and the cells behind them: for every name, the key of whatever last set
/// it (a param's value or a cell's result) and which param or cell that was; the names a cell
/// that failed or was skipped should have bound; and the names whose values still sit, not yet
/// restored, in a reused cache entry. The runner's skip / reuse / run decisions, the cache keys
/// and `--explain` all read this one object (as marimo keeps definitions and staleness in one
/// graph).
final class CellGraph {
    /// What last set a name.
    enum Origin: Equatable {
        /// A front-matter param (after `-p` overrides), with its value as the report shows it.
        case param(value: String)
        /// A cell, by its display name ("3 (fit)").
        case cell(String)
    }

    /// A name's current key (what later cells' keys fold in) and where it came from.
    struct Source: Equatable {
        var key: String
        var origin: Origin
    }

    let paramNames: Set<String>
    private var sources: [String: Source] = [:]
    /// Name → file line of the cell that should have bound it but did not run or failed.
    private var unavailable: [String: Int] = [:]
    /// Name → the reused entry whose values hold it, until they are restored into the session.
    private var pending: [String: PendingValues] = [:]

    init(params: [(name: String, value: Value)]) {
        for (name, value) in params {
            sources[name] = Source(key: CellKey.param(name: name, type: "\(value.type)", value: value.debugText),
                                   origin: .param(value: value.description))
        }
        paramNames = Set(params.map(\.name))
    }

    /// The sources of the names a cell reads (vocabulary names and unknown names have none).
    func inputs(of parsed: ParsedCell) -> [String: Source] {
        var found: [String: Source] = [:]
        for name in parsed.usedNames { found[name] = sources[name] }
        return found
    }

    /// The names a cell reads that an earlier cell should have bound but did not, with the line
    /// of the first such cell; nil when the cell can run.
    func missingInputs(of parsed: ParsedCell) -> (names: [String], line: Int)? {
        let missing = parsed.usedNames.filter { unavailable[$0] != nil }.sorted()
        guard let first = missing.first, let line = unavailable[first] else { return nil }
        return (missing, line)
    }

    /// `names` were set by `cell` (bound, used or aliased), and now have `key`.
    func set(_ names: [String], key: String, by cell: String) {
        for name in names {
            sources[name] = Source(key: key, origin: .cell(cell))
            unavailable[name] = nil
            pending[name] = nil
        }
    }

    /// A cell that failed or was skipped leaves its names without a value: later cells that read
    /// them are skipped, naming `line`. A name already missing keeps the line of the first cause.
    func markUnavailable(_ names: [String], line: Int, keepingFirstCause: Bool) {
        for name in names {
            sources[name] = nil
            pending[name] = nil
            unavailable[name] = keepingFirstCause ? (unavailable[name] ?? line) : line
        }
    }

    // MARK: - Values waiting in reused entries

    /// The names of a reused entry: their values are restored only when a running cell needs one.
    func await(_ names: [String], in values: PendingValues) {
        for name in names { pending[name] = values }
    }

    /// The reused entries holding any of `names`, each once, in name order.
    func pendingValues(among names: Set<String>) -> [PendingValues] {
        var groups: [PendingValues] = []
        for name in names.sorted() {
            if let group = pending[name], !groups.contains(where: { $0 === group }) { groups.append(group) }
        }
        return groups
    }

    /// Whether `name` still waits for `values` (a later cell may have bound it anew meanwhile).
    func isWaiting(_ name: String, for values: PendingValues) -> Bool { pending[name] === values }

    func restored(_ name: String) { pending[name] = nil }

    // MARK: - What a cell set

    /// The session names (params aside) a cell may have changed: those it bound, the `var`s and
    /// objects that change in place (models) it read, and every other name that shares such an
    /// object with one of them, since changing the object through one name changes the other.
    /// Using counts because objects change in place (`model.fit(...)` trains the model bound
    /// earlier), so the last cell to touch a name is the one its current value depends on.
    func touchedNames(_ parsed: ParsedCell, session: Session) -> [String] {
        let changeable = parsed.usedNames.filter { name in
            session.isMutable(name) == true || Self.objects(in: session.value(of: name)).contains { $0.changesInPlace }
        }
        var names = Set(changeable).union(parsed.boundNames)
            .filter { !paramNames.contains($0) && session.value(of: $0) != nil }
        let shared = Set(names.flatMap { Self.objects(in: session.value(of: $0)).filter(\.changesInPlace).map(ObjectIdentifier.init) })
        if !shared.isEmpty {
            for other in session.boundNames where !names.contains(other) && !paramNames.contains(other) {
                if !shared.isDisjoint(with: Self.objects(in: session.value(of: other)).map(ObjectIdentifier.init)) { names.insert(other) }
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
