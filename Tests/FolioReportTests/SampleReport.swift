import FolioCore
import FolioMarkdown
import FolioReport
import Foundation

/// A small report with every output kind and every cell status, built from a real notebook so the
/// executed Markdown can be checked by parsing it again.
enum SampleReport {
    static let notebookText = """
    ---
    title: MNIST — a first look
    author: Ada Lovelace
    params:
      epochs: 3
      seed: 42
    ---

    # Explore the data

    We load **5,000** digits, look at the classes and a few samples. Tables, charts and image
    grids appear right after the cell that made them.

    ```swift
    //| label: load
    let digits = Dataset.csv("data/mnist_5k.csv.gz", labelColumn: 784, imageShape: [28, 28])
    print("loaded \\(digits.count) images")
    digits.classCounts()
    ```

    ```swift
    digits.samples(12, seed: seed)
    ```

    ## Train

    A linear model first; the CNN comes later.

    ```swift
    //| label: train
    //| cache: true
    let model = LogisticRegression(l2: 0.01)
    let history = model.fit(digits.normalized(), epochs: epochs, seed: seed)
    history.plot()
    ```

    ## Evaluate

    ```swift
    //| label: evaluate
    let evaluation = model.evaluate(tset)
    ```

    ```swift
    evaluation.report()
    ```

    ```swift
    //| eval: false
    model.save("models/logistic.safetensors")
    ```

    ```swift
    //| echo: false
    print("a cell without its code: <script>alert('x')</script>")
    ```

    ### Notes

    The `evaluate` cell refers to a misspelled name, so the run fails there and the cell after
    it is skipped.
    """

    static var notebook: Notebook {
        get throws { try NotebookParser.parse(notebookText, path: "notebooks/first-look.md") }
    }

    static func classCountsTable() -> Table {
        Table.autoAligned(title: "Class counts", columns: ["class", "count", "share"], rows: (0..<10).map { digit in
            let count = [479, 563, 488, 493, 535, 434, 501, 550, 462, 495][digit]
            return [String(digit), String(count), String(format: "%.1f%%", Double(count) / 50)]
        })
    }

    /// A line chart like the charts module draws: axes, grid, two series, a legend.
    static func lossChart() -> Figure {
        let train = [2.10, 0.82, 0.55, 0.44, 0.39, 0.36], validation = [1.20, 0.71, 0.58, 0.53, 0.51, 0.50]
        func points(_ values: [Double]) -> String {
            var out: [String] = []
            for (i, v) in values.enumerated() {
                let x: Double = 60 + Double(i) * 96
                let y: Double = 230 - v / 2.0 * 200
                out.append(String(format: "%.1f,%.1f", x, y))
            }
            return out.joined(separator: " ")
        }
        var svg = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300" width="600" height="300" role="img" font-family="system-ui, sans-serif" font-size="12"><title>Training history</title>"##
        for i in 0...4 {
            let y = 30 + Double(i) * 50
            svg += String(format: ##"<line x1="60" y1="%.0f" x2="540" y2="%.0f" stroke="currentColor" stroke-opacity="0.12"/>"##, y, y)
            svg += String(format: ##"<text x="52" y="%.0f" text-anchor="end" fill="currentColor" fill-opacity="0.7">%.1f</text>"##, y + 4, 2.0 - Double(i) * 0.5)
        }
        for i in 0..<6 {
            svg += String(format: ##"<text x="%.0f" y="250" text-anchor="middle" fill="currentColor" fill-opacity="0.7">%d</text>"##, 60 + Double(i) * 96, i + 1)
        }
        svg += ##"<text x="300" y="275" text-anchor="middle" fill="currentColor">epoch</text>"##
        svg += ##"<polyline fill="none" stroke="#4e79a7" stroke-width="2.5" points="\##(points(train))"/>"##
        svg += ##"<polyline fill="none" stroke="#f28e2b" stroke-width="2.5" stroke-dasharray="6 4" points="\##(points(validation))"/>"##
        svg += ##"<rect x="420" y="40" width="14" height="3" fill="#4e79a7"/><text x="440" y="45" fill="currentColor">train loss</text>"##
        svg += ##"<rect x="420" y="60" width="14" height="3" fill="#f28e2b"/><text x="440" y="65" fill="currentColor">validation loss</text>"##
        svg += "</svg>"
        return Figure(title: "Training history", svg: svg)
    }

    /// An image grid of synthetic digits (a ring, a bar, a seven), drawn as crisp pixels.
    static func sampleGrid() -> Figure {
        let size = 14, scale = 4, gap = 10
        var svg = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(6 * (size * scale + gap)) \##(2 * (size * scale + gap + 14))" width="\##(6 * (size * scale + gap))" shape-rendering="crispEdges" font-family="system-ui, sans-serif" font-size="11"><title>12 samples</title>"##
        for n in 0..<12 {
            let ox = (n % 6) * (size * scale + gap), oy = (n / 6) * (size * scale + gap + 14)
            svg += ##"<rect x="\##(ox)" y="\##(oy)" width="\##(size * scale)" height="\##(size * scale)" fill="#000"/>"##
            let digit = [0, 1, 7][n % 3]
            for y in 0..<size {
                for x in 0..<size {
                    let dx = Double(x) - 6.5, dy = Double(y) - 6.5, r = (dx * dx + dy * dy).squareRoot()
                    let on: Bool
                    switch digit {
                    case 0: on = r > 3.5 && r < 5.6 && abs(dx) < 4.8
                    case 1: on = (x == 7 || x == 6 + (n % 2)) && y > 1 && y < 12
                    default: on = (y == 2 && x > 2 && x < 11) || (y > 2 && y < 12 && x == 11 - (y - 2) * 6 / 9)
                    }
                    if on { svg += ##"<rect x="\##(ox + x * scale)" y="\##(oy + y * scale)" width="\##(scale)" height="\##(scale)" fill="#fff"/>"## }
                }
            }
            svg += ##"<text x="\##(ox + size * scale / 2)" y="\##(oy + size * scale + 12)" text-anchor="middle" fill="currentColor">\##(digit)</text>"##
        }
        return Figure(title: "12 samples", svg: svg + "</svg>")
    }

    static func document() throws -> ReportDocument {
        let notebook = try notebook
        let cells = notebook.cells
        let diagnostic = Diagnostic(.error, "unknown name 'tset'", at: SourceLocation(file: "notebooks/first-look.md", line: cells[3].firstLine + 1, column: 33),
                                    length: 4, lineText: notebook.line(cells[3].firstLine + 1), fix: "did you mean 'test'? (<script> stays text)")
        let outputs: [[Output]] = [
            [.text("loaded 5000 images"), .table(classCountsTable())],
            [.images(sampleGrid())],
            [.text("epoch 1/3  loss 2.1000  accuracy 0.6120\nepoch 2/3  loss 0.8200  accuracy 0.8410\nepoch 3/3  loss 0.5500  accuracy 0.8870"), .chart(lossChart())],
            [.error(diagnostic)],
            [],
            [],
            [.text("a cell without its code: <script>alert('x')</script>")],
        ]
        let statuses: [CellStatus] = [.ok, .ok, .ok, .failed, .skipped(reason: "it uses 'evaluation', which cell 4 (evaluate) failed to define"), .notEvaluated, .ok]
        let durations: [Double?] = [0.412, 0.0213, 12.5, 0.0004, nil, nil, 0.0001]
        var blocks: [ReportBlock] = []
        for block in notebook.blocks {
            switch block {
            case .prose(let prose): blocks.append(.prose(markdown: prose.markdown))
            case .cell(let cell):
                var report = CellReport(cell, outputs: outputs[cell.index], status: statuses[cell.index], duration: durations[cell.index])
                report.fromCache = cell.index == 2
                blocks.append(.cell(report))
            }
        }
        let facts = RunFacts(date: Date(timeIntervalSince1970: 1_795_000_000), duration: 13.37, folioVersion: "0.1.0",
                             dataFiles: [DataFileFact(path: "data/mnist_5k.csv.gz", bytes: 2_418_765,
                                                      sha256: "9b3c0a4f5e2d1c8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09")],
                             extra: [("seed", "42")])
        return ReportDocument(title: notebook.frontMatter.title ?? "Untitled", author: notebook.frontMatter.author,
                              params: notebook.frontMatter.params.map { ($0.name, $0.value.displayText) },
                              facts: facts, blocks: blocks, sourcePath: notebook.path)
    }

    /// A stand-in for the language lexer the lead wires in: enough to show the token classes.
    static func highlight(_ code: String) -> String {
        let keywords: Set<String> = ["let", "var", "for", "in", "if", "else", "true", "false", "return"]
        var out = ""
        let chars = Array(code)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "/", i + 1 < chars.count, chars[i + 1] == "/" {
                var j = i
                while j < chars.count, chars[j] != "\n" { j += 1 }
                out += "<span class=\"tok-comment\">\(HTMLEscape.text(String(chars[i..<j])))</span>"; i = j
            } else if c == "\"" {
                var j = i + 1
                while j < chars.count, chars[j] != "\"", chars[j] != "\n" { j += 1 }
                j = min(j + 1, chars.count)
                out += "<span class=\"tok-string\">\(HTMLEscape.text(String(chars[i..<j])))</span>"; i = j
            } else if c.isNumber {
                var j = i
                while j < chars.count, chars[j].isNumber || chars[j] == "." { j += 1 }
                out += "<span class=\"tok-number\">\(String(chars[i..<j]))</span>"; i = j
            } else if c.isLetter || c == "_" {
                var j = i
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                let word = String(chars[i..<j])
                let cls = keywords.contains(word) ? "tok-keyword" : (j < chars.count && chars[j] == "(" ? "tok-call" : "tok-name")
                out += "<span class=\"\(cls)\">\(HTMLEscape.text(word))</span>"; i = j
            } else if c == "." {
                out += "<span class=\"tok-dot\">.</span>"; i += 1
            } else {
                out += HTMLEscape.text(String(c)); i += 1
            }
        }
        return out
    }
}
