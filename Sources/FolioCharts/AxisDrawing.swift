/// Grid lines, tick labels and axis titles in the style of Observable Plot: light horizontal
/// rules, muted labels, the y title above the axis with an arrow, the x title at the right end.
enum AxisDrawing {
    static let tickGap = 6.0

    /// Width the y tick labels need.
    /// The ticks inside `domain` (all of them without one), allowing for rounding at the ends.
    static func ticks(_ scale: NiceScale, within domain: ClosedRange<Double>?) -> [Double] {
        guard let domain else { return scale.ticks }
        let slack = (domain.upperBound - domain.lowerBound) * 1e-9
        return scale.ticks.filter { $0 >= domain.lowerBound - slack && $0 <= domain.upperBound + slack }
    }

    static func labelWidth(_ scale: NiceScale) -> Double {
        (scale.tickLabels.map { TextMetrics.width($0, fontSize: ChartTheme.tickFontSize) }.max() ?? 0)
    }

    static func horizontalGrid(_ scale: NiceScale, y: LinearMap, left: Double, right: Double,
                               within domain: ClosedRange<Double>? = nil, into writer: inout SVGWriter) {
        writer.open("g", [.text("stroke", ChartTheme.ink), .text("stroke-opacity", ChartTheme.gridOpacity)])
        for tick in ticks(scale, within: domain) {
            let position = y(tick)
            writer.line(x1: left, y1: position, x2: right, y2: position, [])
        }
        writer.close("g")
        writer.newline()
    }

    static func verticalGrid(_ scale: NiceScale, x: LinearMap, top: Double, bottom: Double,
                             within domain: ClosedRange<Double>? = nil, into writer: inout SVGWriter) {
        writer.open("g", [.text("stroke", ChartTheme.ink), .text("stroke-opacity", ChartTheme.gridOpacity)])
        for tick in ticks(scale, within: domain) {
            let position = x(tick)
            writer.line(x1: position, y1: top, x2: position, y2: bottom, [])
        }
        writer.close("g")
        writer.newline()
    }

    static func yLabels(_ scale: NiceScale, y: LinearMap, left: Double, within domain: ClosedRange<Double>? = nil,
                        into writer: inout SVGWriter) {
        writer.open("g", [.text("fill-opacity", ChartTheme.mutedOpacity), .number("font-size", ChartTheme.tickFontSize),
                          .text("text-anchor", "end"), .text("font-variant-numeric", "tabular-nums")])
        for tick in ticks(scale, within: domain) {
            writer.text(scale.label(tick), x: left - tickGap, y: y(tick))
        }
        writer.close("g")
        writer.newline()
    }

    static func xLabels(_ scale: NiceScale, x: LinearMap, bottom: Double, within domain: ClosedRange<Double>? = nil,
                        into writer: inout SVGWriter) {
        let shown = ticks(scale, within: domain)
        writer.open("g", [.text("fill-opacity", ChartTheme.mutedOpacity), .number("font-size", ChartTheme.tickFontSize),
                          .text("text-anchor", "middle"), .text("font-variant-numeric", "tabular-nums")])
        writer.open("g", [.text("stroke", ChartTheme.ink), .text("stroke-opacity", ChartTheme.axisOpacity)])
        for tick in shown {
            let position = x(tick)
            writer.line(x1: position, y1: bottom, x2: position, y2: bottom + 4, [])
        }
        writer.close("g")
        for tick in shown {
            writer.text(scale.label(tick), x: x(tick), y: bottom + 14)
        }
        writer.close("g")
        writer.newline()
    }

    /// The baseline under a plot (or the zero line when the domain crosses zero).
    static func baseline(y: Double, left: Double, right: Double, into writer: inout SVGWriter) {
        writer.line(x1: left, y1: y, x2: right, y2: y,
                    [.text("stroke", ChartTheme.ink), .text("stroke-opacity", ChartTheme.axisOpacity)])
        writer.newline()
    }

    static func yTitle(_ title: String, x: Double, y: Double, into writer: inout SVGWriter) {
        guard !title.isEmpty else { return }
        writer.text("↑ " + title, x: x, y: y, size: ChartTheme.fontSize, [.text("fill-opacity", "0.9")])
        writer.newline()
    }

    static func xTitle(_ title: String, x: Double, y: Double, into writer: inout SVGWriter) {
        guard !title.isEmpty else { return }
        writer.text(title + " →", x: x, y: y, anchor: .end, size: ChartTheme.fontSize, [.text("fill-opacity", "0.9")])
        writer.newline()
    }

    static func chartTitle(_ title: String, x: Double, y: Double, into writer: inout SVGWriter) {
        guard !title.isEmpty else { return }
        writer.text(title, x: x, y: y, size: ChartTheme.titleFontSize, [.text("font-weight", "600")])
        writer.newline()
    }
}
