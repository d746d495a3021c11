/// Did-you-mean: the candidates closest to a misspelt name, by edit distance (with transpositions
/// counted as one edit, so `trian` finds `train`), in the spirit of swift-argument-parser.
public enum Suggestions {
    /// Optimal-string-alignment distance between two strings, compared case-insensitively.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, previous2[j - 2] + 1)
                }
                current[j] = best
            }
            previous2 = previous
            previous = current
        }
        return previous[y.count]
    }

    /// The closest candidates (best first), only those near enough to be a plausible typo.
    public static func closest(to name: String, in candidates: [String], limit: Int = 3) -> [String] {
        // One-letter names are not typos of other one-letter names.
        let threshold = min(3, (name.count + 1) / 3)
        var seen = Set<String>()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            guard candidate != name, seen.insert(candidate).inserted else { return nil }
            let d = distance(name, candidate)
            let caseOnly = candidate.lowercased() == name.lowercased()
            let prefix = candidate.count > 3 && name.count >= 3 && candidate.lowercased().hasPrefix(name.lowercased())
            if caseOnly { return (candidate, 0) }
            if d <= threshold { return (candidate, d) }
            if prefix { return (candidate, threshold + 1) }
            return nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// "did you mean 'train'?" or nil.
    public static func didYouMean(_ name: String, in candidates: [String], prefix: String = "", suffix: String = "") -> String? {
        let best = closest(to: name, in: candidates)
        guard !best.isEmpty else { return nil }
        return "did you mean " + best.map { "'\(prefix)\($0)\(suffix)'" }.joined(separator: " or ") + "?"
    }
}
