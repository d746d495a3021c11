import FolioCore

/// The executed notebook as a Jupyter notebook (nbformat 4.5): prose as markdown cells, cells as
/// code cells with their outputs — text as `text/plain`, tables as `text/html` (plus a plain-text
/// copy), charts and image grids as `image/svg+xml`, failures as `error` outputs.
public enum NotebookJSON {
    public static func render(_ doc: ReportDocument) -> String {
        var cells: [JSONValue] = []
        var header = "# \(doc.title)\n"
        if let author = doc.author { header += "\n\(author)\n" }
        if !doc.params.isEmpty {
            header += "\nParameters: " + doc.params.map { "`\($0.0) = \($0.1)`" }.joined(separator: ", ") + "\n"
        }
        cells.append(markdownCell(header, id: "folio-title"))
        var proseCount = 0
        for block in doc.blocks {
            switch block {
            case .prose(let markdown):
                proseCount += 1
                // Jupyter resolves reference links per cell, so each cell that may use one gets the definitions.
                let needsDefinitions = !doc.linkDefinitions.isEmpty && markdown.contains("]") && !markdown.contains(doc.linkDefinitions)
                cells.append(markdownCell(needsDefinitions ? markdown + "\n\n" + doc.linkDefinitions : markdown, id: "prose-\(proseCount)"))
            case .cell(let cell):
                cells.append(codeCell(cell))
            }
        }
        var metadata: [String: JSONValue] = [
            "kernelspec": .object(["display_name": .string("Folio"), "language": .string("swift"), "name": .string("folio")]),
            "language_info": .object(["name": .string("swift"), "file_extension": .string(".swift"), "mimetype": .string("text/x-swift")]),
            "title": .string(doc.title),
            "folio": .object([
                "source": .string(doc.sourcePath),
                "version": .string(doc.facts.folioVersion),
                "duration": .number(doc.facts.duration),
                "parameters": .object(Dictionary(doc.params.map { ($0.0, JSONValue.string($0.1)) }, uniquingKeysWith: { _, last in last })),
                "data_files": .array(doc.facts.dataFiles.map {
                    .object(["path": .string($0.path), "bytes": .int($0.bytes), "sha256": .string($0.sha256)])
                }),
            ]),
        ]
        if let author = doc.author { metadata["authors"] = .array([.object(["name": .string(author)])]) }
        let notebook: JSONValue = .object([
            "cells": .array(cells),
            "metadata": .object(metadata),
            "nbformat": .int(4),
            "nbformat_minor": .int(5),
        ])
        return notebook.serialized() + "\n"
    }

    /// Jupyter stores multi-line text as a list of lines, each but the last ending in "\n".
    static func lines(_ text: String) -> JSONValue {
        var result: [JSONValue] = []
        var current = ""
        for ch in text.unicodeScalars {
            current.unicodeScalars.append(ch)
            if ch == "\n" { result.append(.string(current)); current = "" }
        }
        if !current.isEmpty { result.append(.string(current)) }
        return .array(result)
    }

    private static func markdownCell(_ markdown: String, id: String) -> JSONValue {
        .object(["cell_type": .string("markdown"), "id": .string(id), "metadata": .object([:]), "source": lines(markdown)])
    }

    private static func codeCell(_ cell: CellReport) -> JSONValue {
        var folio: [String: JSONValue] = ["status": .string(cell.status.word), "line": .int(cell.firstLine)]
        if let label = cell.label { folio["label"] = .string(label) }
        if let duration = cell.duration { folio["duration"] = .number((duration * 1e6).rounded() / 1e6) }
        if case .skipped(let reason) = cell.status { folio["skipped_because"] = .string(reason) }
        var metadata: [String: JSONValue] = ["folio": .object(folio)]
        var jupyter: [String: JSONValue] = [:]
        if !cell.echo { jupyter["source_hidden"] = .bool(true) }
        if !cell.showOutput { jupyter["outputs_hidden"] = .bool(true) }
        if !jupyter.isEmpty { metadata["jupyter"] = .object(jupyter) }
        let ran: Bool
        switch cell.status {
        case .ok, .failed: ran = true
        case .skipped, .notEvaluated: ran = false
        }
        return .object([
            "cell_type": .string("code"),
            "execution_count": ran ? .int(cell.number) : .null,
            "id": .string(cellID(cell)),
            "metadata": .object(metadata),
            "outputs": .array(cell.outputs.map(output)),
            "source": lines(cell.source ?? MarkdownReport.reconstructedSource(cell)),
        ])
    }

    /// Ids must match `^[a-zA-Z0-9-_]+$` and be unique: the cell number makes them unique, the
    /// label (cleaned) makes them readable.
    private static func cellID(_ cell: CellReport) -> String {
        var id = "cell-\(cell.number)"
        if let label = cell.label {
            let clean = String(label.unicodeScalars.filter { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "-" || $0 == "_" }.map(Character.init))
            if !clean.isEmpty { id += "-" + clean }
        }
        return String(id.prefix(64))
    }

    /// The one switch over `Output` for ipynb.
    private static func output(_ output: Output) -> JSONValue {
        switch output {
        case .text(let text):
            return displayData(["text/plain": lines(text)])
        case .table(let table):
            return displayData(["text/html": lines(HTMLOutputRenderer.portableTable(table)), "text/plain": lines(table.plainText())])
        case .chart(let figure), .images(let figure):
            return displayData(["image/svg+xml": lines(MarkdownReport.standaloneSVG(figure.svg)), "text/plain": lines(figure.title)])
        case .playground(let panel):
            let sentence = PlaygroundRenderer.fallbackSentence(panel)
            guard let figure = panel.fallback else { return displayData(["text/plain": lines(sentence)]) }
            return displayData(["image/svg+xml": lines(MarkdownReport.standaloneSVG(figure.svg)), "text/plain": lines(sentence)])
        case .error(let diagnostic):
            return .object([
                "output_type": .string("error"),
                "ename": .string(diagnostic.severity == .error ? "FolioError" : "FolioWarning"),
                "evalue": .string(diagnostic.message),
                "traceback": .array(diagnostic.rendered().split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) }),
            ])
        case .record(let record):
            return displayData(["text/plain": lines("recorded \(record.name): \(record.value.text)")])
        }
    }

    private static func displayData(_ data: [String: JSONValue]) -> JSONValue {
        .object(["output_type": .string("display_data"), "data": .object(data), "metadata": .object([:])])
    }
}
