/// Positions and draws a bar chart's axes, bars and labels, in either orientation.
struct BarLayout {
    var chart: BarChart

    private var valueTextAttributes: [SVGWriter.Attribute] {
        [.number("font-size", ChartTheme.tickFontSize), .text("font-variant-numeric", "tabular-nums")]
    }

    func drawVertical(top topEdge: Double, height: Double, into writer: inout SVGWriter) {
        let bars = chart.bars
        let (scale, domain) = chart.valueScale
        var top = topEdge
        let yTitleY = top + 4
        top += chart.valueLabel.isEmpty ? 8 : 22
        if chart.showsValues { top += 6 }
        let left = 12 + max(24, AxisDrawing.labelWidth(scale)) + AxisDrawing.tickGap
        let right = chart.width - 12
        let band = (right - left) / Double(max(1, bars.count))
        let longest = bars.map { TextMetrics.width($0.label, fontSize: ChartTheme.tickFontSize) }.max() ?? 0
        let rotated = longest > band - 4
        let labelSpace = rotated ? min(120, longest * 0.72 + 12) : 18
        let bottom = height - labelSpace - (chart.categoryLabel.isEmpty ? 10 : 28)
        // Room under the lowest bar for its value label, clear of the category labels.
        let hangsBelow = chart.showsValues && bars.contains { $0.value < 0 }
        let plotBottom = bottom - (hangsBelow ? 18 : 0)
        let yMap = LinearMap(domainStart: domain.lowerBound, domainEnd: domain.upperBound, rangeStart: plotBottom, rangeEnd: top)

        AxisDrawing.horizontalGrid(scale, y: yMap, left: left, right: right, within: domain, into: &writer)
        AxisDrawing.yLabels(scale, y: yMap, left: left, within: domain, into: &writer)
        AxisDrawing.yTitle(chart.valueLabel, x: 12, y: yTitleY, into: &writer)

        let zero = yMap(min(max(0, domain.lowerBound), domain.upperBound))
        let barWidth = max(1, band * (bars.count > 1 ? 0.78 : 0.5))
        writer.open("g", [.text("class", "bars")])
        for (index, bar) in bars.enumerated() {
            let x = left + band * Double(index) + (band - barWidth) / 2
            let end = yMap(min(max(bar.value, domain.lowerBound), domain.upperBound))
            writer.rect(x: x, y: min(zero, end), width: barWidth, height: abs(zero - end), fillAttributes(index) + [.number("rx", 1.5)])
        }
        writer.close("g")
        writer.newline()
        AxisDrawing.baseline(y: zero, left: left, right: right, into: &writer)

        if chart.showsValues {
            let fits = bars.allSatisfy { TextMetrics.width(chart.valueFormat.string($0.value), fontSize: ChartTheme.tickFontSize) <= band + 4 }
            if fits {
                writer.open("g", valueTextAttributes + [.text("text-anchor", "middle"), .text("fill-opacity", ChartTheme.mutedOpacity)])
                for (index, bar) in bars.enumerated() {
                    let end = yMap(min(max(bar.value, domain.lowerBound), domain.upperBound))
                    let y = bar.value < 0 ? end + 9 : end - 9
                    writer.text(chart.valueFormat.string(bar.value), x: left + band * (Double(index) + 0.5), y: y,
                                highlightAttributes(index))
                }
                writer.close("g")
                writer.newline()
            }
        }

        writer.open("g", [.number("font-size", ChartTheme.tickFontSize), .text("text-anchor", rotated ? "end" : "middle")])
        for (index, bar) in bars.enumerated() {
            let x = left + band * (Double(index) + 0.5)
            if rotated {
                let y = bottom + 10
                writer.text(bar.label, x: x, y: y, [.text("transform", "rotate(-40 \(SVGNumber.format(x)) \(SVGNumber.format(y)))")])
            } else {
                writer.text(bar.label, x: x, y: bottom + 13)
            }
        }
        writer.close("g")
        writer.newline()
        AxisDrawing.xTitle(chart.categoryLabel, x: right, y: height - 14, into: &writer)
    }

    func drawHorizontal(top topEdge: Double, height: Double, into writer: inout SVGWriter) {
        let bars = chart.bars
        let (scale, domain) = chart.valueScale
        let top = topEdge + (chart.categoryLabel.isEmpty ? 4 : 22)
        let longest = bars.map { TextMetrics.width($0.label, fontSize: ChartTheme.fontSize) }.max() ?? 0
        let left = 12 + min(longest, chart.width * 0.4) + 10
        let valueRoom = chart.showsValues
            ? (bars.map { TextMetrics.width(chart.valueFormat.string($0.value), fontSize: ChartTheme.tickFontSize) }.max() ?? 0) + 10
            : 0
        let right = chart.width - 16 - valueRoom
        let bottom = height - (chart.valueLabel.isEmpty ? 26 : 44)
        let band = (bottom - top) / Double(max(1, bars.count))
        let xMap = LinearMap(domainStart: domain.lowerBound, domainEnd: domain.upperBound, rangeStart: left, rangeEnd: right)

        if !chart.categoryLabel.isEmpty {
            writer.text(chart.categoryLabel, x: 12, y: topEdge + 6, [.text("fill-opacity", "0.9")])
            writer.newline()
        }
        AxisDrawing.verticalGrid(scale, x: xMap, top: top, bottom: bottom, within: domain, into: &writer)
        AxisDrawing.xLabels(scale, x: xMap, bottom: bottom, within: domain, into: &writer)
        AxisDrawing.xTitle(chart.valueLabel, x: right, y: bottom + 32, into: &writer)

        let zero = xMap(min(max(0, domain.lowerBound), domain.upperBound))
        let barHeight = max(1, band * 0.72)
        writer.open("g", [.text("class", "bars")])
        for (index, bar) in bars.enumerated() {
            let y = top + band * Double(index) + (band - barHeight) / 2
            let end = xMap(min(max(bar.value, domain.lowerBound), domain.upperBound))
            writer.rect(x: min(zero, end), y: y, width: abs(end - zero), height: barHeight, fillAttributes(index) + [.number("rx", 1.5)])
        }
        writer.close("g")
        writer.newline()
        writer.line(x1: zero, y1: top, x2: zero, y2: bottom,
                    [.text("stroke", ChartTheme.ink), .text("stroke-opacity", ChartTheme.axisOpacity)])
        writer.newline()

        writer.open("g", [.text("text-anchor", "end")])
        for (index, bar) in bars.enumerated() {
            writer.text(bar.label, x: left - 8, y: top + band * (Double(index) + 0.5))
        }
        writer.close("g")
        writer.newline()
        if chart.showsValues {
            writer.open("g", valueTextAttributes + [.text("fill-opacity", ChartTheme.mutedOpacity)])
            for (index, bar) in bars.enumerated() {
                let end = xMap(min(max(bar.value, domain.lowerBound), domain.upperBound))
                let text = chart.valueFormat.string(bar.value)
                let y = top + band * (Double(index) + 0.5)
                if bar.value < 0 {
                    writer.text(text, x: end - 5, y: y, anchor: .end, highlightAttributes(index))
                } else {
                    writer.text(text, x: end + 5, y: y, highlightAttributes(index))
                }
            }
            writer.close("g")
            writer.newline()
        }
    }

    private func fillAttributes(_ index: Int) -> [SVGWriter.Attribute] {
        let color = chart.color(for: index)
        var attributes: [SVGWriter.Attribute] = [.text("fill", color.fill)]
        if let opacity = color.opacity { attributes.append(.text("fill-opacity", opacity)) }
        return attributes
    }

    /// Value labels of highlighted bars are bold and fully opaque.
    private func highlightAttributes(_ index: Int) -> [SVGWriter.Attribute] {
        chart.highlighted.contains(index) ? [.text("font-weight", "600"), .text("fill-opacity", "1")] : []
    }
}
