import Foundation

/// Greyscale images (digits) in rows and columns, each with a caption underneath.
///
/// Pixels are drawn as crisp squares: for each of `levels` grey levels one `<path>` whose
/// subpaths are horizontal runs of pixels, under `shape-rendering="crispEdges"`, so a digit stays
/// sharp at any zoom and a 28×28 image costs a few hundred bytes. Ink is `currentColor` at an
/// opacity per level: dark strokes on a light page, light strokes on a dark one.
public struct ImageGrid: SVGChart, Sendable {
    public struct Image: Sendable {
        public var width: Int
        public var height: Int
        /// Row-major intensities; larger is more ink.
        public var pixels: [Double]
        /// Shown under the image; "\n" starts a new line ("true 4\npred 9").
        public var caption: String
        /// Marked in the alert colour (a wrong prediction).
        public var highlighted: Bool

        public init(width: Int, height: Int, pixels: [Double], caption: String = "", highlighted: Bool = false) {
            self.width = width
            self.height = height
            self.pixels = pixels
            self.caption = caption
            self.highlighted = highlighted
        }
    }

    public enum Intensity: Sendable {
        /// Each image from its own darkest to lightest pixel (works for raw 0–255, [0, 1] and
        /// standardized data alike).
        case perImage
        /// One fixed range for all images, e.g. 0...255.
        case range(ClosedRange<Double>)
    }

    public var title: String
    public var images: [Image]
    /// Images per row; nil picks up to 10.
    public var columns: Int?
    /// Size of one image pixel in points.
    public var pixelSize: Double
    public var intensity: Intensity
    /// Grey levels drawn (2...64); pixels at level 0 are background.
    public var levels: Int
    public var id: String?
    public var description: String?

    public init(title: String, images: [Image], columns: Int? = nil, pixelSize: Double = 3,
                intensity: Intensity = .perImage, levels: Int = 16, id: String? = nil, description: String? = nil) {
        self.title = title
        self.images = images
        self.columns = columns
        self.pixelSize = pixelSize
        self.intensity = intensity
        self.levels = levels
        self.id = id
        self.description = description
    }

    public func svg() -> String { document().render(standalone: false) }
    public func standaloneSVG() -> String { document().render(standalone: true) }

    var levelCount: Int { min(64, max(2, levels)) }

    /// Images larger than this per side are cropped: a grid is for looking at, not for data.
    static let maximumSide = 2048

    private static func side(_ value: Int) -> Int { min(max(0, value), maximumSide) }

    /// Each pixel's grey level, 0 (background) ... levelCount - 1 (full ink). Missing pixels
    /// (too short an array) and non-finite ones are background.
    func quantized(_ image: Image) -> [Int] {
        let count = Self.side(image.width) * Self.side(image.height)
        let width = Self.side(image.width), fullWidth = max(0, image.width)
        let pixels = (0..<count).map { index -> Double in
            let source = (index / max(1, width)) * fullWidth + index % max(1, width)
            return source < image.pixels.count && image.pixels[source].isFinite ? image.pixels[source] : 0
        }
        let low: Double, high: Double
        switch intensity {
        case .perImage:
            low = min(0, pixels.min() ?? 0)
            high = pixels.max() ?? 0
        case let .range(range):
            low = range.lowerBound
            high = range.upperBound
        }
        guard high > low else { return [Int](repeating: 0, count: count) }
        let top = Double(levelCount - 1)
        return pixels.map { value in
            Int((min(max((value - low) / (high - low), 0), 1) * top).rounded())
        }
    }

    /// Horizontal runs of equal level as one path per level: "M3 4h2v1h-2z...".
    func paths(_ image: Image) -> [(level: Int, path: String)] {
        let levels = quantized(image)
        var paths = [String](repeating: "", count: levelCount)
        let width = Self.side(image.width)
        for row in 0..<Self.side(image.height) {
            var column = 0
            while column < width {
                let level = levels[row * width + column]
                var end = column + 1
                while end < width && levels[row * width + end] == level { end += 1 }
                if level > 0 {
                    let run = String(end - column)
                    paths[level] += "M" + String(column) + " " + String(row) + "h" + run + "v1h-" + run + "z"
                }
                column = end
            }
        }
        return paths.enumerated().compactMap { $0.element.isEmpty ? nil : ($0.offset, $0.element) }
    }

    func document() -> SVGDocument {
        let padding = 12.0
        let perRow = max(1, min(columns ?? min(10, images.count), max(1, images.count)))
        let rowCount = (images.count + perRow - 1) / perRow
        let scale = max(0.5, pixelSize)
        let imageWidth = Double(images.map { Self.side($0.width) }.max() ?? 28) * scale
        let imageHeight = Double(images.map { Self.side($0.height) }.max() ?? 28) * scale
        let captionLines = images.map { $0.caption.isEmpty ? 0 : $0.caption.split(separator: "\n", omittingEmptySubsequences: false).count }.max() ?? 0
        let lineHeight = 14.0
        let captionWidth = images.flatMap { $0.caption.split(separator: "\n").map { TextMetrics.width(String($0), fontSize: 11) } }.max() ?? 0
        let cellWidth = max(imageWidth, captionWidth) + 14
        let cellHeight = imageHeight + Double(captionLines) * lineHeight + (captionLines > 0 ? 6 : 0) + 12

        var writer = SVGWriter()
        var top = padding
        if !title.isEmpty {
            AxisDrawing.chartTitle(title, x: padding, y: top + 9, into: &writer)
            top += 30
        }
        let gridWidth = cellWidth * Double(perRow)
        let width = max(gridWidth + 2 * padding, TextMetrics.width(title, fontSize: ChartTheme.titleFontSize) + 2 * padding)
        let height = top + cellHeight * Double(rowCount) + padding - 8
        let pixelScale = SVGNumber.format(scale)

        for (index, image) in images.enumerated() {
            let cellX = padding + cellWidth * Double(index % perRow)
            let cellY = top + cellHeight * Double(index / perRow)
            let drawnWidth = Double(Self.side(image.width)) * scale, drawnHeight = Double(Self.side(image.height)) * scale
            let x = (cellX + (cellWidth - drawnWidth) / 2).rounded()
            let y = cellY.rounded()
            writer.open("g", [.text("class", image.highlighted ? "image highlighted" : "image")])
            // The frame shows the image's extent even where the digit leaves it empty.
            let frame: [SVGWriter.Attribute] = image.highlighted
                ? [.text("fill", "none"), .text("stroke", ChartPalette.alert), .number("stroke-width", 2)]
                : [.text("fill", ChartTheme.ink), .text("fill-opacity", "0.04"), .text("stroke", ChartTheme.ink),
                   .text("stroke-opacity", "0.15")]
            writer.rect(x: x - 1, y: y - 1, width: drawnWidth + 2, height: drawnHeight + 2,
                        frame + [.number("rx", 2)])
            writer.open("g", [.text("transform", "translate(\(SVGNumber.format(x)) \(SVGNumber.format(y))) scale(\(pixelScale))"),
                              .text("shape-rendering", "crispEdges"), .text("fill", ChartTheme.ink)])
            let top = Double(levelCount - 1)
            for (level, path) in paths(image) {
                var attributes: [SVGWriter.Attribute] = [.trusted("d", path)]
                if level < levelCount - 1 {
                    attributes.append(.text("fill-opacity", SVGNumber.format(Double(level) / top, decimals: 3)))
                }
                writer.element("path", attributes)
            }
            writer.close("g")
            if !image.caption.isEmpty {
                let lines = image.caption.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                var attributes: [SVGWriter.Attribute] = [.number("font-size", 11), .text("text-anchor", "middle")]
                if image.highlighted {
                    attributes += [.text("fill", ChartPalette.alert), .text("font-weight", "600")]
                } else {
                    attributes += [.text("fill-opacity", "0.85")]
                }
                writer.open("g", attributes)
                for (offset, line) in lines.enumerated() {
                    writer.text(line, x: cellX + cellWidth / 2,
                                y: y + imageHeight + 4 + lineHeight * (Double(offset) + 0.5))
                }
                writer.close("g")
            }
            writer.close("g")
            writer.newline()
        }
        return SVGDocument(width: width, height: height, title: title, description: description ?? summary,
                           explicitID: id, body: writer.output, kind: "images")
    }

    var summary: String {
        let marked = images.filter(\.highlighted).count
        let captions = images.map { $0.caption.replacingOccurrences(of: "\n", with: " ") }.filter { !$0.isEmpty }
        var text = "\(images.count) images"
        if marked > 0 { text += ", \(marked) marked" }
        if !captions.isEmpty { text += ": " + captions.joined(separator: "; ") }
        return text + "."
    }
}
