import Foundation

/// `Tests/Differential/pending.txt`: the programs Folio does not run like Swift yet, one name a
/// line (`#` starts a comment). The differential test fails when a listed program passes, so the
/// list only shrinks.
struct PendingList {
    var names: [String]

    static func load(_ url: URL) throws -> PendingList {
        guard FileManager.default.fileExists(atPath: url.path) else { return PendingList(names: []) }
        let text = try String(contentsOf: url, encoding: .utf8)
        let names = text.split(separator: "\n").map { line in
            String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                .trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        return PendingList(names: names)
    }

    /// The list for the programs that fail now (written when `DIFFERENTIAL_WRITE_PENDING=1`).
    static func text(for failing: [String]) -> String {
        """
        # Differential programs that Folio does not yet run exactly as swiftc does.
        # FolioDifferentialTests requires every program NOT listed here to match its .expected file,
        # and fails when a listed program passes: delete its line then. Regenerate with
        #   DIFFERENTIAL_WRITE_PENDING=1 swift test --filter FolioDifferentialTests

        """ + failing.map { $0 + "\n" }.joined()
    }
}
