/// Why a cell that found no cache entry runs, in the words `folio run --explain` prints and the
/// report's tooltip shows: what differs between its key now and at its last run.
enum RerunReason {
    /// `changedFile` says how a file of the last run differs now (nil when it does not).
    static func reasons(now: CellKeyParts, sources: [String: RunRecord.Input], before: RunRecord.CellFacts?,
                        changedFile: (RunRecord.File) -> String?) -> [String] {
        guard let before else { return ["no cache entry (first run)"] }
        var reasons: [String] = []
        if now.version != before.parts.version { reasons.append("the Folio build changed") }
        if now.archive != before.parts.archive { reasons.append("the cache format changed") }
        if now.code != before.parts.code { reasons.append("its code changed") }
        if now.options != before.parts.options { reasons.append("its options changed") }
        let names = Set(now.inputs.keys).union(before.parts.inputs.keys).sorted()
        for name in names where now.inputs[name] != before.parts.inputs[name] {
            if let value = sources[name]?.param {
                let old = before.sources[name]?.param.map { " (\($0) → \(value))" } ?? ""
                reasons.append("param '\(name)' changed\(old)")
            } else if let cell = sources[name]?.cell {
                reasons.append("name '\(name)' was set again by cell \(cell)")
            } else {
                reasons.append("name '\(name)' is no longer set by an earlier cell")
            }
        }
        guard reasons.isEmpty else { return reasons }
        reasons = before.files.compactMap(changedFile)
        guard reasons.isEmpty else { return reasons }
        switch before.outcome {
        case .failed: return ["it failed last time"]
        case .notStored: return ["its result could not be cached last time"]
        case .stored: return ["no cache entry (deleted by 'folio cache prune' or the size limit)"]
        }
    }
}
