import Foundation
import FolioCore
import FolioMarkdown

/// What a cell's base key covers, known before it runs: the Folio build, the archive format, the
/// options that change what it computes, for every name it reads the key of whatever last set
/// that name (a param's value, or the effective key of the cell that last touched it), and its
/// code. Kept apart (not only hashed) so `--explain` can say which of them changed since the
/// cell's last run.
struct CellKeyParts: Codable, Equatable {
    var version: String
    var archive: String
    var options: [String]
    /// Name → key of what set it.
    var inputs: [String: String]
    /// SHA-256 of the code.
    var code: String

    init(cell: Cell, inputs: [String: String], version: String, archive: String) {
        self.version = version
        self.archive = archive
        var options = ["steps \(cell.options.steps.map(String.init) ?? "-")", "timeout \(cell.options.timeout.map { "\($0)" } ?? "-")"]
        for (key, value) in cell.options.other.sorted(by: { $0.key < $1.key }) { options.append("option \(key)=\(value)") }
        self.options = options
        self.inputs = inputs
        code = SHA256.hex(cell.code)
    }

    var baseKey: String {
        var text = "folio-cell-key 2\nversion \(version)\narchive \(archive)\n"
        for option in options { text += option + "\n" }
        for (name, key) in inputs.sorted(by: { $0.key < $1.key }) { text += "input \(name) \(key)\n" }
        return SHA256.hex(text + "code \(code)\n")
    }
}

/// Cache keys. Files are only known once a cell has run, so they are checked against the entry
/// instead of going into the base key, and folded into the effective key that later cells see.
enum CellKey {
    static func effective(base: String, filesRead: [CacheEntry.FileStamp]) -> String {
        guard !filesRead.isEmpty else { return base }
        let files = filesRead.map { "file \($0.path) \($0.digest)\n" }.joined()
        return SHA256.hex("folio-effective-key 1\n\(base)\n" + files)
    }

    /// What a param contributes: its name, type and value.
    static func param(name: String, type: String, value: String) -> String {
        SHA256.hex("folio-param 1\n\(name)\n\(type)\n\(value)")
    }
}
