import Foundation

/// A matrix of shaded, annotated cells with row and column labels: a confusion matrix, say.
/// Shading is one hue at an opacity that grows with the value, so the page shows through:
/// pale on white, deep on black. Annotations switch to white only on the darkest cells and
/// otherwise use the page's own text colour, so they stay readable in light and dark mode.
public struct Heatmap: SVGChart, Sendable {
    public enum ColorScale: Sendable {
        /// Opacity proportional to the value.
        case linear
        /// Opacity proportional to the square root: small counts (mistakes beside a large
        /// diagonal) stay visible.
        case squareRoot
    }

    public var title: String
    /// `values[row][column]`; ragged rows are padded with empty cells.
    public var values: [[Double]]
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// Text per cell; nil writes each value with `valueFormat`.
    public var annotations: [[String]]?
    /// Shown rotated along the row labels (e.g. "True label").
    public var rowTitle: String
    /// Shown under the column labels (e.g. "Predicted label").
    public var columnTitle: String
    public var valueFormat: NumberFormat
    public var colorScale: ColorScale
    public var color: String
    /// For square matrices: shade off-diagonal cells in this colour instead, on their own linear
    /// scale (the largest off-diagonal value is the strongest), so a few mistakes beside a large
    /// diagonal stand out. nil shades every cell alike.
    public var offDiagonalColor: String?
    /// Write annotations for cells whose value is exactly zero (large matrices read better without).
    public var showsZeros: Bool
    /// Side of a cell in points; nil fits the matrix into about 440 points.
    public var cellSize: Double?
    public var id: String?
    public var description: String?

    public init(title: String, values: [[Double]], rowLabels: [String], columnLabels: [String],
                annotations: [[String]]? = nil, rowTitle: String = "", columnTitle: String = "",
                valueFormat: NumberFormat = .automatic, colorScale: ColorScale = .linear,
                color: String = ChartPalette.blue, offDiagonalColor: String? = nil, showsZeros: Bool = true,
                cellSize: Double? = nil, id: String? = nil, description: String? = nil) {
        self.title = title
        self.values = values
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.annotations = annotations
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
        self.valueFormat = valueFormat
        self.colorScale = colorScale
        self.color = color
        self.offDiagonalColor = offDiagonalColor
        self.showsZeros = showsZeros
        self.cellSize = cellSize
        self.id = id
        self.description = description
    }

    /// A confusion matrix, `matrix[true][predicted]`, annotated with counts (or, normalized, with
    /// each true class's row as percentages): correct predictions in blue on a square-root scale,
    /// mistakes in vermillion on their own scale. Zero cells are left blank beyond 12 classes.
    public static func confusionMatrix(_ matrix: [[Int]], classNames: [String], title: String = "Confusion matrix",
                                       normalizedByRow: Bool = false, id: String? = nil) -> Heatmap {
        let counts = matrix.map { $0.map(Double.init) }
        let values = normalizedByRow
            ? counts.map { row -> [Double] in
                let total = row.reduce(0, +)
                return row.map { total > 0 ? $0 / total : 0 }
            }
            : counts
        let format: NumberFormat = normalizedByRow ? .percent(0) : .automatic
        let correct = matrix.indices.reduce(0) { $0 + ($1 < matrix[$1].count ? matrix[$1][$1] : 0) }
        let total = matrix.reduce(0) { $0 + $1.reduce(0, +) }
        let description = "Confusion matrix: rows are true classes, columns predicted classes (\(classNames.joined(separator: ", "))). "
            + "\(NumberFormat.automatic.string(Double(correct))) of \(NumberFormat.automatic.string(Double(total))) "
            + "samples lie on the diagonal (correct)."
        return Heatmap(title: title, values: values, rowLabels: classNames, columnLabels: classNames,
                       rowTitle: "True label", columnTitle: "Predicted label", valueFormat: format,
                       colorScale: .squareRoot, offDiagonalColor: ChartPalette.vermillion,
                       showsZeros: classNames.count <= 12, id: id, description: description)
    }

    public func svg() -> String { document().render(standalone: false) }
    public func standaloneSVG() -> String { document().render(standalone: true) }

    var rowCount: Int { max(values.count, rowLabels.count) }
    var columnCount: Int { max(values.map(\.count).max() ?? 0, columnLabels.count) }

    func value(_ row: Int, _ column: Int) -> Double? {
        guard row < values.count, column < values[row].count, values[row][column].isFinite else { return nil }
        return values[row][column]
    }

    /// The text shown in a cell.
    public func annotation(row: Int, column: Int) -> String {
        if let annotations {
            guard row < annotations.count, column < annotations[row].count else { return "" }
            return annotations[row][column]
        }
        guard let value = value(row, column) else { return "" }
        return value == 0 && !showsZeros ? "" : valueFormat.string(value)
    }

    /// Opacity for `value` between `minimum` (0) and `maximum` (1) on the colour scale.
    func intensity(_ value: Double, minimum: Double, maximum: Double) -> Double {
        guard maximum > minimum else { return maximum > 0 ? 1 : 0 }
        let fraction = min(max((value - minimum) / (maximum - minimum), 0), 1)
        switch colorScale {
        case .linear: return fraction
        case .squareRoot: return fraction.squareRoot()
        }
    }

    /// Cells at least this opaque carry white text; lighter ones use the page's text colour.
    /// (Okabe–Ito blue at 0.8 over white is dark enough for white; below it, dark text reads
    /// better on a light page, light text on a dark one.)
    static let whiteTextThreshold = 0.8
    /// Off-diagonal shading stops here, so its annotations keep the page's text colour.
    static let offDiagonalMaximumOpacity = 0.7

    /// Fill colour and opacity of each cell.
    struct CellShading {
        let heatmap: Heatmap
        let minimum: Double
        let maximum: Double
        let offDiagonalMaximum: Double?

        init(heatmap: Heatmap) {
            self.heatmap = heatmap
            let square = heatmap.offDiagonalColor != nil && heatmap.rowCount == heatmap.columnCount
            var all: [Double] = [], off: [Double] = []
            for row in 0..<heatmap.rowCount {
                for column in 0..<heatmap.columnCount {
                    guard let value = heatmap.value(row, column) else { continue }
                    if square && row != column { off.append(value) } else { all.append(value) }
                }
            }
            minimum = min(0, (all + off).min() ?? 0)
            maximum = all.max() ?? 0
            offDiagonalMaximum = square ? (off.max() ?? 0) : nil
        }

        func shade(row: Int, column: Int) -> (fill: String, opacity: Double) {
            guard let value = heatmap.value(row, column) else { return (heatmap.color, 0) }
            if let offMaximum = offDiagonalMaximum, row != column, let offColor = heatmap.offDiagonalColor {
                // Linear whatever the main scale: mistakes are few and their counts compare directly.
                let opacity = offMaximum > 0 ? min(max(value / offMaximum, 0), 1) : 0
                return (offColor, opacity * Heatmap.offDiagonalMaximumOpacity)
            }
            return (heatmap.color, heatmap.intensity(value, minimum: minimum, maximum: maximum))
        }
    }

    func document() -> SVGDocument {
        let rows = rowCount, columns = columnCount
        let padding = 12.0
        let cell = cellSize ?? min(56, max(22, 440 / Double(max(1, max(rows, columns)))))
        let rowLabelWidth = (rowLabels.map { TextMetrics.width($0, fontSize: ChartTheme.fontSize) }.max() ?? 0)
        let longestColumnLabel = columnLabels.map { TextMetrics.width($0, fontSize: ChartTheme.fontSize) }.max() ?? 0
        let rotateColumns = longestColumnLabel > cell - 4
        let columnLabelHeight = rotateColumns ? min(140, longestColumnLabel * 0.72 + 14) : 20

        var writer = SVGWriter()
        var top = padding
        if !title.isEmpty {
            AxisDrawing.chartTitle(title, x: padding, y: top + 9, into: &writer)
            top += 30
        }
        let left = padding + (rowTitle.isEmpty ? 0 : 22) + rowLabelWidth + 8
        let gridWidth = cell * Double(columns), gridHeight = cell * Double(rows)
        let width = max(left + gridWidth + padding, TextMetrics.width(title, fontSize: ChartTheme.titleFontSize) + 2 * padding)
        let height = top + gridHeight + columnLabelHeight + (columnTitle.isEmpty ? 6 : 26) + padding

        let shading = CellShading(heatmap: self)

        writer.rect(x: left, y: top, width: gridWidth, height: gridHeight,
                    [.text("fill", ChartTheme.ink), .text("fill-opacity", "0.04")])
        writer.newline()
        let fontSize = annotationFontSize(cell: cell)
        writer.open("g", [.text("class", "cells")])
        for row in 0..<rows {
            for column in 0..<columns {
                let (fill, alpha) = shading.shade(row: row, column: column)
                let x = left + cell * Double(column), y = top + cell * Double(row)
                if alpha > 0 {
                    writer.rect(x: x + 0.5, y: y + 0.5, width: cell - 1, height: cell - 1,
                                [.text("fill", fill), .text("fill-opacity", SVGNumber.format(alpha, decimals: 3))])
                }
            }
        }
        writer.close("g")
        writer.newline()
        writer.open("g", [.text("class", "annotations"), .number("font-size", fontSize), .text("text-anchor", "middle"),
                          .text("font-variant-numeric", "tabular-nums")])
        for row in 0..<rows {
            for column in 0..<columns {
                let text = annotation(row: row, column: column)
                guard !text.isEmpty else { continue }
                let alpha = shading.shade(row: row, column: column).opacity
                var attributes: [SVGWriter.Attribute] = []
                if alpha >= Self.whiteTextThreshold {
                    attributes = [.text("fill", "#ffffff"), .text("font-weight", "600")]
                } else if alpha == 0 {
                    attributes = [.text("fill-opacity", "0.55")]
                }
                writer.text(text, x: left + cell * (Double(column) + 0.5), y: top + cell * (Double(row) + 0.5),
                            attributes)
            }
        }
        writer.close("g")
        writer.newline()

        writer.open("g", [.text("text-anchor", "end")])
        for (row, label) in rowLabels.enumerated() {
            writer.text(label, x: left - 8, y: top + cell * (Double(row) + 0.5))
        }
        writer.close("g")
        writer.newline()
        let labelY = top + gridHeight + 8
        writer.open("g", [.text("text-anchor", rotateColumns ? "end" : "middle")])
        for (column, label) in columnLabels.enumerated() {
            let x = left + cell * (Double(column) + 0.5)
            if rotateColumns {
                writer.text(label, x: x, y: labelY + 2, [.text("transform", "rotate(-45 \(SVGNumber.format(x)) \(SVGNumber.format(labelY + 2)))")])
            } else {
                writer.text(label, x: x, y: labelY + 4)
            }
        }
        writer.close("g")
        writer.newline()
        if !columnTitle.isEmpty {
            writer.text(columnTitle, x: left + gridWidth / 2, y: labelY + columnLabelHeight + 8, anchor: .middle,
                        [.text("font-weight", "600"), .text("fill-opacity", "0.9")])
            writer.newline()
        }
        if !rowTitle.isEmpty {
            let x = padding + 6, y = top + gridHeight / 2
            writer.text(rowTitle, x: x, y: y, anchor: .middle,
                        [.text("font-weight", "600"), .text("fill-opacity", "0.9"),
                         .text("transform", "rotate(-90 \(SVGNumber.format(x)) \(SVGNumber.format(y)))")])
            writer.newline()
        }
        return SVGDocument(width: width, height: height, title: title, description: description ?? summary,
                           explicitID: id, body: writer.output, kind: "heatmap")
    }

    /// Shrinks annotation text until the widest one fits its cell.
    private func annotationFontSize(cell: Double) -> Double {
        var widest = 0.0
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                widest = max(widest, TextMetrics.width(annotation(row: row, column: column), fontSize: 1))
            }
        }
        let preferred = cell >= 34 ? 12.0 : 10.0
        guard widest > 0 else { return preferred }
        return max(6, min(preferred, ((cell - 6) / widest * 10).rounded(.down) / 10))
    }

    var summary: String {
        var best: (row: Int, column: Int, value: Double)?
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                if let value = value(row, column), value > (best?.value ?? -Double.infinity) {
                    best = (row, column, value)
                }
            }
        }
        let name = { (labels: [String], index: Int) in index < labels.count ? labels[index] : String(index) }
        let largest = best.map { " Largest value \(valueFormat.string($0.value)) at row \(name(rowLabels, $0.row)), column \(name(columnLabels, $0.column))." } ?? ""
        return "Heatmap with \(rowCount) rows and \(columnCount) columns.\(largest)"
    }
}
