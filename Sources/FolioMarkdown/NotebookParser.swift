import FolioCore

/// Turns a notebook file's text into a ``Notebook``.
///
/// The front matter is read with Yams and replaced by blank lines before cmark-gfm sees the text,
/// so every line number cmark reports is the file's own. Only top-level fenced blocks whose info
/// string's first word is `swift` are cells; everything between them is prose, kept as the source
/// slice. Regions the executed Markdown writer marked as outputs
/// (`<!-- folio:output -->` ... `<!-- folio:end-output -->`) are dropped, so parsing an executed
/// notebook gives back the original one.
public enum NotebookParser {
    public static let outputStartMarker = "<!-- folio:output -->"
    public static let outputEndMarker = "<!-- folio:end-output -->"

    /// Throws a ``DiagnosticList`` (errors first, then warnings) when the notebook has errors.
    public static func parse(_ text: String, path: String) throws -> Notebook {
        let lines = splitLines(text)
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []

        var frontMatter = FrontMatter()
        var bodyLines = lines
        do {
            if let (matter, range) = try FrontMatterParser.parse(lines: lines, path: path) {
                frontMatter = matter
                for i in range { bodyLines[i] = "" }
            }
        } catch let diagnostic as Diagnostic {
            errors.append(diagnostic)
            // Keep going without the front matter so cell errors are reported too.
            if let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(FrontMatterParser.trimmedTrailing(lines[$0])) }) {
                for i in 0...close { bodyLines[i] = "" }
            }
        }

        let outline = Cmark.outline(bodyLines.joined(separator: "\n") + "\n")
        var blocks: [NotebookBlock] = []
        var labels: [String: SourceLocation] = [:]
        var proseStart = 1
        var cellCount = 0

        func addProse(upTo end: Int) {
            guard end >= proseStart else { return }
            var first = proseStart, last = min(end, bodyLines.count)
            while first <= last, isBlank(bodyLines[first - 1]) { first += 1 }
            while last >= first, isBlank(bodyLines[last - 1]) { last -= 1 }
            guard first <= last else { return }
            blocks.append(.prose(Prose(markdown: bodyLines[(first - 1)...(last - 1)].joined(separator: "\n"),
                                       firstLine: first, lastLine: last)))
        }

        warnings += nestedCellWarnings(outline.nestedCode, path: path, lines: lines)
        let outputRegions = outputRegions(outline.topLevel, path: path, lines: lines, warnings: &warnings)
        for (position, node) in outline.topLevel.enumerated() {
            if let region = outputRegions.first(where: { $0.contains(position) }) {
                if position == region.lowerBound { addProse(upTo: node.startLine - 1) }
                if position == region.upperBound { proseStart = node.endLine + 1 }
                continue
            }
            guard node.kind == "code_block", node.isFenced, let info = node.fenceInfo, isCellInfo(info) else { continue }

            addProse(upTo: node.startLine - 1)
            let index = cellCount
            cellCount += 1
            let source = node.literal ?? ""
            let column = characterColumn(byteColumn: node.startColumn, line: lineText(lines, node.startLine))
            let firstLine = node.startLine + 1
            let closed = isClosingFence(node, lines: bodyLines)
            let optionParser = CellOptionParser(path: path, firstLine: firstLine, column: column, fileLines: lines)
            let sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let parsed = optionParser.parse(sourceLines: Array(sourceLines))
            errors += parsed.errors
            warnings += parsed.warnings
            if !closed {
                warnings.append(Diagnostic(.warning, "this cell's fence is never closed; the cell runs to the end of the file",
                                           at: SourceLocation(file: path, line: node.startLine, column: column),
                                           length: node.fenceLength, lineText: lineText(lines, node.startLine),
                                           fix: "close it with a line of \(max(3, node.fenceLength)) '\(node.fenceCharacter ?? "`")'"))
            }
            if let label = parsed.options.label, let location = parsed.labelLocation {
                if let earlier = labels[label] {
                    errors.append(Diagnostic(.error, "label '\(label)' is already used by the cell at line \(earlier.line)",
                                             at: location, length: label.count, lineText: lineText(lines, location.line),
                                             fix: "give each cell its own label"))
                } else {
                    labels[label] = location
                }
            }
            let code = sourceLines.dropFirst(parsed.optionLineCount).joined(separator: "\n").trimmingTrailingNewlines()
            blocks.append(.cell(Cell(index: index, info: info, source: source, code: code, options: parsed.options,
                                     firstLine: firstLine, column: column, fenceLine: node.startLine,
                                     closingFenceLine: closed ? node.endLine : max(node.endLine, lines.count),
                                     optionLineCount: parsed.optionLineCount)))
            proseStart = node.endLine + 1
        }
        addProse(upTo: bodyLines.count)

        if !errors.isEmpty {
            throw DiagnosticList(errors + warnings)
        }
        return Notebook(path: path, frontMatter: frontMatter, blocks: blocks, lines: lines, warnings: warnings,
                        linkDefinitions: linkDefinitions(outline.topLevel, bodyLines: bodyLines))
    }

    /// Positions (in `topLevel`) of output regions written by the executed-Markdown writer: a start
    /// marker through the next end marker. A start marker without an end is left alone (and
    /// warned about), so deleting one marker never makes the rest of a notebook disappear.
    private static func outputRegions(_ topLevel: [MarkdownNode], path: String, lines: [String],
                                      warnings: inout [Diagnostic]) -> [ClosedRange<Int>] {
        func marker(_ node: MarkdownNode) -> String? {
            guard node.kind == "html_block", let literal = node.literal else { return nil }
            return literal.trimmingCharacters(in: " \t\r\n")
        }
        var regions: [ClosedRange<Int>] = []
        var position = 0
        while position < topLevel.count {
            guard marker(topLevel[position]) == outputStartMarker else { position += 1; continue }
            if let end = topLevel[(position + 1)...].firstIndex(where: { marker($0) == outputEndMarker }) {
                regions.append(position...end)
                position = end + 1
            } else {
                let line = topLevel[position].startLine
                warnings.append(Diagnostic(.warning, "this output marker has no '\(outputEndMarker)' after it, so it is kept as prose",
                                           at: SourceLocation(file: path, line: line, column: 1), length: outputStartMarker.count,
                                           lineText: lineText(lines, line), fix: "delete the marker, or re-run the notebook to rewrite the outputs"))
                position += 1
            }
        }
        return regions
    }

    /// Lines that look like link reference definitions (`[name]: destination`), outside code and
    /// HTML blocks. cmark keeps the definitions out of the tree, so they are found in the text.
    private static func linkDefinitions(_ topLevel: [MarkdownNode], bodyLines: [String]) -> String {
        var excluded = Set<Int>()
        for node in topLevel where node.kind == "code_block" || node.kind == "html_block" {
            if node.startLine <= node.endLine { excluded.formUnion(node.startLine...node.endLine) }
        }
        var definitions: [String] = []
        for (offset, line) in bodyLines.enumerated() where !excluded.contains(offset + 1) {
            let trimmed = line.drop { $0 == " " }
            guard line.count - trimmed.count <= 3, trimmed.first == "[", !trimmed.hasPrefix("[^"),
                  let close = trimmed.range(of: "]:"), trimmed.distance(from: trimmed.startIndex, to: close.lowerBound) > 1 else { continue }
            definitions.append(String(trimmed))
        }
        return definitions.joined(separator: "\n")
    }

    /// A `swift` fence inside a list or block quote is not a cell (only top-level blocks run);
    /// say so instead of silently showing it as prose.
    private static func nestedCellWarnings(_ nestedCode: [MarkdownNode], path: String, lines: [String]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for node in nestedCode {
            if node.kind == "code_block", node.isFenced, let info = node.fenceInfo, isCellInfo(info) {
                warnings.append(Diagnostic(.warning, "this swift block is inside a list or quote, so it is shown but not run",
                                           at: SourceLocation(file: path, line: node.startLine,
                                                              column: characterColumn(byteColumn: node.startColumn, line: lineText(lines, node.startLine))),
                                           length: max(1, node.fenceLength), lineText: lineText(lines, node.startLine),
                                           fix: "start the fence at the beginning of a line, outside lists and quotes"))
            }
        }
        return warnings.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }

    /// The info string's first word is `swift` (or Quarto's `{swift}`).
    static func isCellInfo(_ info: String) -> Bool {
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? ""
        return word == "swift" || word == "{swift}"
    }

    /// The file's lines without terminators (LF, CRLF or CR, as cmark counts them); a final
    /// line terminator does not start an extra line.
    public static func splitLines(_ text: String) -> [String] {
        // Split on UTF-8 bytes: much faster than Characters, and "\r\n" is one terminator.
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var start = 0, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == 10 || byte == 13 {
                lines.append(String(decoding: bytes[start..<i], as: UTF8.self))
                if byte == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start..<bytes.count], as: UTF8.self)) }
        return lines
    }

    /// cmark counts columns in UTF-8 bytes; diagnostics count characters, so carets line up.
    public static func characterColumn(byteColumn: Int, line: String?) -> Int {
        guard let line, byteColumn > 1 else { return max(1, byteColumn) }
        let utf8 = line.utf8
        guard let end = utf8.index(utf8.startIndex, offsetBy: byteColumn - 1, limitedBy: utf8.endIndex) else { return byteColumn }
        return line[..<end].count + 1
    }

    private static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    private static func lineText(_ lines: [String], _ line: Int) -> String? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    /// Whether the block's last line is a closing fence (cmark runs an unclosed fence to the end).
    private static func isClosingFence(_ node: MarkdownNode, lines: [String]) -> Bool {
        guard node.endLine > node.startLine, node.endLine <= lines.count, let fence = node.fenceCharacter else { return false }
        let line = lines[node.endLine - 1].drop { $0 == " " }
        let run = line.prefix { $0 == fence }
        return run.count >= node.fenceLength && line.dropFirst(run.count).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }
}
