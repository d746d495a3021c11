import Foundation
import FolioCore
import FolioMarkdown

/// Cache keys. A cell's base key covers what is known before it runs: the Folio version, its code,
/// the options that change what it computes, and for every name it reads, the key of whatever
/// last set that name (a param's value, or the effective key of the cell that last touched it).
/// Files are only known once the cell has run, so they are checked against the entry instead, and
/// folded into the effective key that later cells see.
enum CellKey {
    static func base(code: String, options: CellOptions, inputs: [(name: String, key: String)], version: String,
                     archive: String) -> String {
        var text = "folio-cell-key 1\nversion \(version)\narchive \(archive)\n"
        text += "steps \(options.steps.map(String.init) ?? "-")\n"
        text += "timeout \(options.timeout.map { "\($0)" } ?? "-")\n"
        for (key, value) in options.other.sorted(by: { $0.key < $1.key }) { text += "option \(key)=\(value)\n" }
        for input in inputs.sorted(by: { $0.name < $1.name }) { text += "input \(input.name) \(input.key)\n" }
        text += "code \(code.utf8.count)\n" + code
        return SHA256.hex(text)
    }

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
