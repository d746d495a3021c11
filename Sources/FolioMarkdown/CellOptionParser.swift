import FolioCore

/// Reads the leading run of `//| key: value` lines of a cell (Quarto's rule: the prefix at the
/// start of the line, then `|` and one optional space; the first line without it ends the run).
struct CellOptionParser {
    /// Where the cell sits in the file, to turn a position in the cell into a file position.
    var path: String
    var firstLine: Int
    var column: Int
    var fileLines: [String]

    struct Result {
        var options = CellOptions()
        var optionLineCount = 0
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        /// File position of the label's value, for duplicate-label messages.
        var labelLocation: SourceLocation?
    }

    static let prefix = "//|"

    func parse(sourceLines: [Substring]) -> Result {
        var result = Result()
        var seen: Set<String> = []
        for (offset, rawLine) in sourceLines.enumerated() {
            guard rawLine.hasPrefix(Self.prefix) else { break }
            result.optionLineCount += 1
            let line = String(rawLine)
            let fileLine = firstLine + offset
            var body = line.dropFirst(Self.prefix.count)
            if body.first == " " { body = body.dropFirst() }
            let bodyStart = line.count - body.count  // characters before the body
            if body.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }  // an empty option line is fine

            guard let colon = body.firstIndex(of: ":") else {
                result.errors.append(diagnostic("expected 'key: value' after '//|'", line: fileLine, offsetInLine: bodyStart,
                                                length: body.count, fix: "write an option as '//| echo: false'"))
                continue
            }
            let key = body[..<colon].trimmingCharacters(in: " \t")
            let keyOffset = bodyStart + (body[..<colon].prefix { $0 == " " || $0 == "\t" }.count)
            let afterColon = body[body.index(after: colon)...]
            let value = afterColon.trimmingCharacters(in: " \t\r")
            let valueOffset = line.count - afterColon.count + afterColon.prefix { $0 == " " || $0 == "\t" }.count

            if key.isEmpty {
                result.errors.append(diagnostic("missing option name before ':'", line: fileLine, offsetInLine: bodyStart,
                                                fix: "write an option as '//| echo: false'"))
                continue
            }
            if seen.contains(key) {
                result.warnings.append(diagnostic("option '\(key)' is given more than once; the last one wins", severity: .warning,
                                                  line: fileLine, offsetInLine: keyOffset, length: key.count))
            }
            seen.insert(key)
            if value.isEmpty {
                result.errors.append(diagnostic("option '\(key)' has no value", line: fileLine, offsetInLine: keyOffset,
                                                length: key.count, fix: expectedValue(for: key)))
                continue
            }
            let valueLocation = (line: fileLine, offset: valueOffset, length: value.count)
            func boolValue() -> Bool? {
                if let bool = ParamValue.parseBool(ParamValue.unquoted(value)) { return bool }
                result.errors.append(diagnostic("option '\(key)' must be true or false, not '\(value)'", line: valueLocation.line,
                                                offsetInLine: valueLocation.offset, length: valueLocation.length,
                                                fix: "write '//| \(key): true' or '//| \(key): false'"))
                return nil
            }
            switch key {
            case "label":
                let label = ParamValue.unquoted(value)
                if label.isEmpty || label.contains(where: { $0 == " " || $0 == "\t" }) {
                    result.errors.append(diagnostic("label '\(label)' must be one word", line: fileLine, offsetInLine: valueOffset,
                                                    length: value.count, fix: "use letters, digits, '-' and '_', e.g. 'train-cnn'"))
                } else {
                    result.options.label = label
                    result.labelLocation = SourceLocation(file: path, line: fileLine, column: column + valueOffset)
                }
            case "echo": if let bool = boolValue() { result.options.echo = bool }
            case "eval": if let bool = boolValue() { result.options.eval = bool }
            case "output": if let bool = boolValue() { result.options.output = bool }
            case "cache": if let bool = boolValue() { result.options.cache = bool }
            case "error": if let bool = boolValue() { result.options.error = bool }
            case "timeout":
                if let seconds = Double(value), seconds > 0 {
                    result.options.timeout = seconds
                } else {
                    result.errors.append(diagnostic("option 'timeout' must be a positive number of seconds, not '\(value)'",
                                                    line: fileLine, offsetInLine: valueOffset, length: value.count,
                                                    fix: "write e.g. '//| timeout: 60'"))
                }
            case "steps":
                if let steps = Int(value.replacingOccurrences(of: "_", with: "")), steps > 0 {
                    result.options.steps = steps
                } else {
                    result.errors.append(diagnostic("option 'steps' must be a positive whole number, not '\(value)'",
                                                    line: fileLine, offsetInLine: valueOffset, length: value.count,
                                                    fix: "write e.g. '//| steps: 50_000_000'"))
                }
            default:
                result.options.other[key] = ParamValue.unquoted(value)
                let suggestion = Suggestions.closest(to: key, in: CellOptions.knownKeys, limit: 1).first
                result.warnings.append(diagnostic("unknown cell option '\(key)'", severity: .warning, line: fileLine,
                                                  offsetInLine: keyOffset, length: key.count,
                                                  fix: suggestion.map { "did you mean '\($0)'?" }
                                                      ?? "known options: \(CellOptions.knownKeys.joined(separator: ", "))"))
            }
        }
        return result
    }

    private func expectedValue(for key: String) -> String {
        switch key {
        case "echo", "eval", "output", "cache", "error": return "write '//| \(key): true' or '//| \(key): false'"
        case "label": return "write e.g. '//| label: train'"
        default: return "write '//| \(key): value'"
        }
    }

    private func diagnostic(_ message: String, severity: Diagnostic.Severity = .error, line: Int, offsetInLine: Int,
                            length: Int = 1, fix: String? = nil) -> Diagnostic {
        Diagnostic(severity, message, at: SourceLocation(file: path, line: line, column: column + offsetInLine),
                   length: length, lineText: line >= 1 && line <= fileLines.count ? fileLines[line - 1] : nil, fix: fix)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String {
        // Compare scalars: "\r\n" is one Character, so `set.contains(character)` would miss it.
        func inSet(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { set.unicodeScalars.contains($0) } }
        var s = self
        while let first = s.first, inSet(first) { s = s.dropFirst() }
        while let last = s.last, inSet(last) { s = s.dropLast() }
        return String(s)
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
