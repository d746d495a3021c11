import Foundation

/// `Tests/Differential/pending.txt`: the programs Folio does not run like Swift yet, one name a
/// line, optionally followed by `# why`. The differential test fails when a listed program
/// passes, so the list only shrinks.
struct PendingList {
    var names: [String]
    /// The `# ...` note after a name, kept when the list is rewritten.
    var notes: [String: String]

    static func load(_ url: URL) throws -> PendingList {
        guard FileManager.default.fileExists(atPath: url.path) else { return PendingList(names: [], notes: [:]) }
        var names: [String] = []
        var notes: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let parts = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let name = parts[0].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            names.append(name)
            if parts.count > 1 { notes[name] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return PendingList(names: names, notes: notes)
    }

    /// The list for the programs that fail now (written when `DIFFERENTIAL_WRITE_PENDING=1`),
    /// keeping the notes of names that stay.
    func text(for failing: [String]) -> String {
        """
        # Differential programs that Folio does not yet run exactly as swiftc does.
        # FolioDifferentialTests requires every program NOT listed here to match its .expected file,
        # and fails when a listed program passes: delete its line then. Regenerate with
        #   DIFFERENTIAL_WRITE_PENDING=1 swift test --filter FolioDifferentialTests
        # A note after '#' says why a program waits (kept when the list is regenerated).

        """ + failing.map { name in notes[name].map { "\(name)  # \($0)\n" } ?? "\(name)\n" }.joined()
    }
}
