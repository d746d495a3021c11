/// Counts in adjacent bins on a numeric axis: pixel intensities, prediction confidences.
public struct Histogram: SVGChart, Sendable {
    public var title: String
    /// Bin boundaries, ascending: `binEdges.count == counts.count + 1`.
    public var binEdges: [Double]
    public var counts: [Int]
    public var xLabel: String
    public var yLabel: String
    public var color: String
    public var width: Double
    public var height: Double
    public var id: String?
    public var description: String?

    /// If edges and counts disagree in length, only the bins both describe are drawn.
    public init(title: String, binEdges: [Double], counts: [Int], xLabel: String = "", yLabel: String = "Count",
                color: String = ChartPalette.blue, width: Double = 640, height: Double = 320,
                id: String? = nil, description: String? = nil) {
        self.title = title
        self.binEdges = binEdges
        self.counts = counts
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.color = color
        self.width = width
        self.height = height
        self.id = id
        self.description = description
    }

    /// Bins `values` first (see `bins(_:count:range:)`).
    public init(title: String, values: [Double], binCount: Int = 20, range: ClosedRange<Double>? = nil,
                xLabel: String = "", yLabel: String = "Count", width: Double = 640, height: Double = 320,
                id: String? = nil, description: String? = nil) {
        let binned = Self.bins(values, count: binCount, range: range)
        self.init(title: title, binEdges: binned.edges, counts: binned.counts, xLabel: xLabel, yLabel: yLabel,
                  width: width, height: height, id: id, description: description)
    }

    /// Equal-width bins over `range` (default: the values' extent), as numpy's `histogram`: each
    /// bin holds [left, right) except the last, which also holds its right edge. Values outside
    /// the range and non-finite values are left out.
    public static func bins(_ values: [Double], count: Int, range: ClosedRange<Double>? = nil) -> (edges: [Double], counts: [Int]) {
        let binCount = max(1, count)
        let finite = values.filter(\.isFinite)
        var low = range?.lowerBound ?? finite.min() ?? 0
        var high = range?.upperBound ?? finite.max() ?? 1
        if low == high { low -= 0.5; high += 0.5 }
        let edges = (0...binCount).map { low + (high - low) * Double($0) / Double(binCount) }
        var counts = [Int](repeating: 0, count: binCount)
        for value in finite where value >= low && value <= high {
            let index = min(binCount - 1, Int((value - low) / (high - low) * Double(binCount)))
            counts[max(0, index)] += 1
        }
        return (edges, counts)
    }

    public func svg() -> String { document().render(standalone: false) }
    public func standaloneSVG() -> String { document().render(standalone: true) }

    var bins: [(low: Double, high: Double, count: Int)] {
        let usable = min(counts.count, max(0, binEdges.count - 1))
        return (0..<usable).compactMap { index in
            let low = binEdges[index], high = binEdges[index + 1]
            guard low.isFinite, high.isFinite else { return nil }
            return (low, high, counts[index])
        }
    }

    func document() -> SVGDocument {
        let bins = self.bins
        var writer = SVGWriter()
        let padding = 12.0
        var top = padding
        if !title.isEmpty {
            AxisDrawing.chartTitle(title, x: padding, y: top + 9, into: &writer)
            top += 28
        }
        let yTitleY = top + 4
        top += yLabel.isEmpty ? 8 : 22
        let yScale = NiceScale(min: 0, max: Double(bins.map(\.count).max() ?? 1), targetTickCount: max(2, Int(height / 60)))
        let lowest = bins.map(\.low).min() ?? 0, highest = bins.map(\.high).max() ?? 1
        let xScale = NiceScale(min: lowest, max: highest, targetTickCount: max(2, Int(width / 80)))
        let left = padding + max(24, AxisDrawing.labelWidth(yScale)) + AxisDrawing.tickGap
        let right = width - 18
        let bottom = height - (xLabel.isEmpty ? 24 : 40)
        let xMap = LinearMap(domainStart: lowest, domainEnd: highest == lowest ? lowest + 1 : highest, rangeStart: left, rangeEnd: right)
        let yMap = LinearMap(domainStart: yScale.lower, domainEnd: yScale.upper, rangeStart: bottom, rangeEnd: top)

        AxisDrawing.horizontalGrid(yScale, y: yMap, left: left, right: right, into: &writer)
        AxisDrawing.yLabels(yScale, y: yMap, left: left, into: &writer)
        AxisDrawing.yTitle(yLabel, x: padding, y: yTitleY, into: &writer)
        writer.open("g", [.text("class", "bins"), .text("fill", color)])
        for bin in bins where bin.count > 0 {
            let x0 = xMap(bin.low), x1 = xMap(bin.high)
            // A hairline gap between bins, unless bins are too thin to spare it.
            let gap = (x1 - x0) > 4 ? 0.5 : 0
            writer.rect(x: x0 + gap, y: yMap(Double(bin.count)), width: x1 - x0 - 2 * gap,
                        height: bottom - yMap(Double(bin.count)), [])
        }
        writer.close("g")
        writer.newline()
        AxisDrawing.baseline(y: bottom, left: left, right: right, into: &writer)
        AxisDrawing.xLabels(xScale, x: xMap, bottom: bottom, within: lowest...max(lowest, highest), into: &writer)
        AxisDrawing.xTitle(xLabel, x: right, y: bottom + 32, into: &writer)

        let total = bins.reduce(0) { $0 + $1.count }
        let peak = bins.max { $0.count < $1.count }
        let format = NumberFormat.automatic
        let peakText = peak.map { " The fullest bin, \(format.string($0.low)) to \(format.string($0.high)), holds \(format.string(Double($0.count)))." } ?? ""
        let summary = "Histogram of \(format.string(Double(total))) values in \(bins.count) bins from \(format.string(lowest)) to \(format.string(highest)).\(peakText)"
        return SVGDocument(width: width, height: height, title: title, description: description ?? summary,
                           explicitID: id, body: writer.output, kind: "histogram")
    }
}
