/// Draws one line chart's axes and series into a rectangle of a larger figure.
struct LinePanel {
    var chart: LineChart
    var colors: [String: String]
    var subtitle: String

    private var finitePoints: [(x: Double, y: Double)] {
        chart.series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite }
    }

    func draw(x originX: Double, y originY: Double, width: Double, height: Double, into writer: inout SVGWriter) {
        let points = finitePoints
        let bars = chart.series.flatMap(\.barEnds).filter { $0.x.isFinite && $0.low.isFinite && $0.high.isFinite }
        let xs = points.map(\.x), ys = points.map(\.y) + bars.flatMap { [$0.low, $0.high] }
        let integerX = chart.integerX ?? (!xs.isEmpty && xs.allSatisfy { $0 == $0.rounded() })
        var xMin = xs.min() ?? 0, xMax = xs.max() ?? 1
        let xScaleTicks = NiceScale(min: xMin, max: xMax, targetTickCount: max(2, Int(width / 55)), integersOnly: integerX)
        if xMin == xMax { xMin = xScaleTicks.lower; xMax = xScaleTicks.upper }
        let yScale: NiceScale
        let yRange: ClosedRange<Double>
        if let fixed = chart.yDomain {
            yScale = NiceScale(min: fixed.lowerBound, max: fixed.upperBound, targetTickCount: max(2, Int(height / 60)))
            yRange = fixed.lowerBound == fixed.upperBound ? yScale.lower...yScale.upper : fixed
        } else {
            yScale = NiceScale(min: ys.min() ?? 0, max: ys.max() ?? 1, targetTickCount: max(2, Int(height / 60)))
            yRange = yScale.lower...yScale.upper
        }

        var top = originY + 4
        if !subtitle.isEmpty {
            writer.text(subtitle, x: originX + 12, y: top + 8, size: ChartTheme.subtitleFontSize, [.text("font-weight", "600")])
            writer.newline()
            top += 22
        }
        let yTitleY = top + 6
        top += chart.yLabel.isEmpty ? 8 : 22
        let left = originX + 12 + max(24, AxisDrawing.labelWidth(yScale)) + AxisDrawing.tickGap
        let right = originX + width - 18
        let bottom = originY + height - (chart.xLabel.isEmpty ? 24 : 40)

        let xMap = LinearMap(domainStart: xMin, domainEnd: xMax, rangeStart: left, rangeEnd: right)
        let yMap = LinearMap(domainStart: yRange.lowerBound, domainEnd: yRange.upperBound, rangeStart: bottom, rangeEnd: top)

        AxisDrawing.horizontalGrid(yScale, y: yMap, left: left, right: right, within: yRange, into: &writer)
        AxisDrawing.yLabels(yScale, y: yMap, left: left, within: yRange, into: &writer)
        AxisDrawing.baseline(y: bottom, left: left, right: right, into: &writer)
        AxisDrawing.xLabels(xScaleTicks, x: xMap, bottom: bottom, within: xMin...xMax, into: &writer)
        AxisDrawing.yTitle(chart.yLabel, x: originX + 12, y: yTitleY, into: &writer)
        AxisDrawing.xTitle(chart.xLabel, x: right, y: bottom + 32, into: &writer)

        let maxPoints = chart.series.map(\.points.count).max() ?? 0
        let showsPoints = chart.showsPoints ?? (maxPoints <= 40)
        for series in chart.series {
            let color = colors[series.name] ?? ChartPalette.blue
            drawSeries(series, color: color, showsPoints: showsPoints, xMap: xMap, yMap: yMap, yRange: yRange, into: &writer)
        }
    }

    private func drawSeries(_ series: LineChart.Series, color: String, showsPoints: Bool, xMap: LinearMap, yMap: LinearMap,
                            yRange: ClosedRange<Double>, into writer: inout SVGWriter) {
        // Runs of consecutive finite points; values outside a fixed y range are clamped to its edge.
        var path = ""
        var penDown = false
        var dots: [(Double, Double)] = []
        for point in series.points {
            guard point.x.isFinite, point.y.isFinite else { penDown = false; continue }
            let px = xMap(point.x), py = yMap(min(max(point.y, yRange.lowerBound), yRange.upperBound))
            path += (penDown ? "L" : "M") + SVGNumber.format(px) + "," + SVGNumber.format(py)
            penDown = true
            dots.append((px, py))
        }
        writer.open("g", [.text("class", "series"), .text("aria-label", series.name)])
        if !path.isEmpty && series.connected {
            var attributes: [SVGWriter.Attribute] = [.trusted("d", path), .text("fill", "none"), .text("stroke", color),
                                                     .number("stroke-width", 2.25), .text("stroke-linejoin", "round"),
                                                     .text("stroke-linecap", "round")]
            if series.dashed { attributes.append(.text("stroke-dasharray", "6 4")) }
            writer.element("path", attributes)
        }
        if series.errors != nil {
            writer.open("g", [.text("stroke", color), .number("stroke-width", 1.5)])
            for bar in series.barEnds where bar.x.isFinite && bar.low.isFinite && bar.high.isFinite && bar.high > bar.low {
                let px = xMap(bar.x)
                let low = yMap(min(max(bar.low, yRange.lowerBound), yRange.upperBound))
                let high = yMap(min(max(bar.high, yRange.lowerBound), yRange.upperBound))
                writer.element("path", [.trusted("d", "M" + SVGNumber.format(px) + "," + SVGNumber.format(low) + "V" + SVGNumber.format(high)
                    + "M" + SVGNumber.format(px - 4) + "," + SVGNumber.format(low) + "H" + SVGNumber.format(px + 4)
                    + "M" + SVGNumber.format(px - 4) + "," + SVGNumber.format(high) + "H" + SVGNumber.format(px + 4))])
            }
            writer.close("g")
        }
        if showsPoints || dots.count == 1 || !series.connected {
            writer.open("g", [.text("fill", color)])
            for (px, py) in dots {
                writer.element("circle", [.number("cx", px), .number("cy", py), .number("r", 3)])
            }
            writer.close("g")
        }
        writer.close("g")
        writer.newline()
    }
}
