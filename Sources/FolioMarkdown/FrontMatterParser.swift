import FolioCore
import Yams

/// Finds and reads the YAML front matter (`---` ... `---` or `...` on the first lines).
enum FrontMatterParser {
    /// The front matter and the file lines it occupies (0-based indices into `lines`), or nil when
    /// the file does not open with a closed `---` block. As in pandoc, a `---` followed by a blank
    /// line, or never closed, is a thematic break, not front matter.
    static func parse(lines: [String], path: String) throws -> (FrontMatter, ClosedRange<Int>)? {
        guard let first = lines.first, trimmedTrailing(first) == "---" else { return nil }
        guard lines.count > 1, !trimmedTrailing(lines[1]).isEmpty else { return nil }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(trimmedTrailing(lines[$0])) }) else {
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        var matter = FrontMatter(firstLine: 1, lastLine: close + 1)
        // File line of YAML line n (1-based) is n + 1: the YAML starts on the line after `---`.
        func diagnostic(_ message: String, yamlLine: Int, yamlColumn: Int = 1, fix: String? = nil) -> Diagnostic {
            let fileLine = min(max(yamlLine + 1, 2), close + 1)
            let text = fileLine - 1 < lines.count ? lines[fileLine - 1] : nil
            return Diagnostic(.error, message, at: SourceLocation(file: path, line: fileLine, column: max(1, yamlColumn)),
                              lineText: text, fix: fix)
        }

        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            throw diagnostic("malformed front matter: \(problem)", yamlLine: mark?.line ?? 1, yamlColumn: mark?.column ?? 1,
                             fix: "front matter is YAML: 'key: value' lines between the two '---' lines")
        } catch {
            throw diagnostic("malformed front matter: \(error)", yamlLine: 1)
        }
        guard let root else { return (matter, 0...close) }  // empty front matter
        guard case .mapping(let mapping) = root else {
            throw diagnostic("front matter must be a list of 'key: value' lines", yamlLine: root.mark?.line ?? 1)
        }
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line ?? 1
            switch key {
            case "title":
                guard let text = scalarText(valueNode) else { throw diagnostic("'title' must be text", yamlLine: line) }
                matter.title = text
            case "author":
                guard let text = scalarText(valueNode) else { throw diagnostic("'author' must be text", yamlLine: line) }
                matter.author = text
            case "params":
                if case .scalar(let scalar) = valueNode, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { continue }
                guard case .mapping(let params) = valueNode else {
                    throw diagnostic("'params' must be a list of 'name: value' lines", yamlLine: line,
                                     fix: "write each param on its own indented line, e.g. '  epochs: 3'")
                }
                for (nameNode, paramNode) in params {
                    let name = nameNode.string ?? ""
                    let paramLine = nameNode.mark?.line ?? line
                    guard isIdentifier(name) else {
                        throw diagnostic("param name '\(name)' is not a valid name", yamlLine: paramLine, yamlColumn: nameNode.mark?.column ?? 1,
                                         fix: "use letters, digits and '_', starting with a letter")
                    }
                    guard let value = paramValue(paramNode) else {
                        throw diagnostic("param '\(name)' must be a number, text or true/false", yamlLine: paramLine,
                                         yamlColumn: paramNode.mark?.column ?? 1)
                    }
                    if matter.paramLines[name] != nil {
                        throw diagnostic("param '\(name)' is declared twice", yamlLine: paramLine)
                    }
                    matter.params.append((name, value))
                    matter.paramLines[name] = paramLine + 1
                }
            default:
                matter.other.append((key, scalarText(valueNode) ?? ""))
            }
        }
        return (matter, 0...close)
    }

    private static func scalarText(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    /// A plain scalar is read as Int, then Double, then true/false, else text; a quoted scalar is text.
    private static func paramValue(_ node: Node) -> ParamValue? {
        guard case .scalar(let scalar) = node else { return nil }
        let text = scalar.string
        guard scalar.style == .plain || scalar.style == .any else { return .string(text) }
        if text.isEmpty || text == "~" || text.lowercased() == "null" { return nil }
        if let int = Int(text) { return .int(int) }
        if let double = Double(text), text.contains(where: { $0.isNumber }) { return .double(double) }
        if let bool = ParamValue.parseBool(text) { return .bool(bool) }
        return .string(text)
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return (problem, mark)
        default:
            return ("\(error)", nil)
        }
    }

    static func trimmedTrailing(_ line: String) -> String {
        var line = Substring(line)
        while let last = line.last, last == " " || last == "\t" || last == "\r" { line = line.dropLast() }
        return String(line)
    }
}
