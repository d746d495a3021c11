/// A row of line swatches with series names, wrapping onto further rows when it runs out of width.
struct Legend {
    struct Item {
        var name: String
        var color: String
        var dashed: Bool
        /// A dot instead of a line: the series is drawn as unconnected points.
        var dot: Bool = false
    }

    static let rowHeight = 18.0
    static let swatchWidth = 22.0

    var items: [Item]

    private func itemWidth(_ item: Item) -> Double {
        Self.swatchWidth + 6 + TextMetrics.width(item.name, fontSize: ChartTheme.fontSize) + 16
    }

    /// Rows of item indices that fit `width`.
    private func rows(width: Double) -> [[Int]] {
        var rows: [[Int]] = []
        var current: [Int] = []
        var used = 0.0
        for (index, item) in items.enumerated() {
            let needed = itemWidth(item)
            if !current.isEmpty && used + needed > width {
                rows.append(current)
                current = []
                used = 0
            }
            current.append(index)
            used += needed
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    func height(width: Double) -> Double {
        Double(rows(width: width).count) * Self.rowHeight
    }

    func draw(x: Double, y: Double, width: Double, into writer: inout SVGWriter) {
        guard !items.isEmpty else { return }
        writer.open("g", [.text("class", "legend")])
        for (rowIndex, row) in rows(width: width).enumerated() {
            var cursor = x
            let middle = y + Double(rowIndex) * Self.rowHeight + Self.rowHeight / 2
            for index in row {
                let item = items[index]
                if item.dot {
                    writer.element("circle", [.number("cx", cursor + Self.swatchWidth / 2), .number("cy", middle), .number("r", 3.5),
                                              .text("fill", item.color)])
                } else {
                    var attributes: [SVGWriter.Attribute] = [.text("stroke", item.color), .number("stroke-width", 2.5),
                                                             .text("stroke-linecap", "round")]
                    if item.dashed { attributes.append(.text("stroke-dasharray", "5 4")) }
                    writer.line(x1: cursor + 1, y1: middle, x2: cursor + Self.swatchWidth - 1, y2: middle, attributes)
                }
                writer.text(item.name, x: cursor + Self.swatchWidth + 6, y: middle)
                cursor += itemWidth(item)
            }
        }
        writer.close("g")
        writer.newline()
    }
}
