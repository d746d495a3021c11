/// A decoded image file: grey (1 channel) or colour (3 channels), alpha already composited onto
/// white, samples in 0...maxValue (255 for 8-bit files, 65535 for 16-bit ones), row-major,
/// channels last.
public struct RasterImage: Equatable {
    /// Decoders refuse images with more pixels than this (a 48-megapixel photo fits) before
    /// allocating, so a tiny file with an absurd header cannot exhaust memory.
    public static let maximumPixelCount = 1 << 26

    public let width: Int
    public let height: Int
    public let channels: Int
    public let maxValue: Float
    public let samples: [Float]

    public init(width: Int, height: Int, channels: Int, maxValue: Float, samples: [Float]) throws {
        guard width > 0, height > 0, channels == 1 || channels == 3, samples.count == width * height * channels else {
            throw DataError.invalidArgument("a \(width) × \(height) image with \(channels) channel(s) needs \(max(0, width * height * channels)) samples, got \(samples.count)")
        }
        self.width = width
        self.height = height
        self.channels = channels
        self.maxValue = maxValue
        self.samples = samples
    }

    /// Luminance in 0...1 (0 black, 1 white), Rec. 601 weights as PIL's `convert("L")` uses.
    public var gray: GrayImage {
        var values = [Float](repeating: 0, count: width * height)
        let scale = 1 / maxValue
        if channels == 1 {
            for i in 0..<values.count { values[i] = samples[i] * scale }
        } else {
            for i in 0..<values.count {
                let r = samples[3 * i], g = samples[3 * i + 1], b = samples[3 * i + 2]
                values[i] = (0.299 * r + 0.587 * g + 0.114 * b) * scale
            }
        }
        return GrayImage(checkedWidth: width, height: height, pixels: values)
    }

    /// The same picture with three channels (grey copied into R, G and B).
    func expandedToRGB() -> RasterImage {
        guard channels == 1 else { return self }
        var rgb = [Float](repeating: 0, count: samples.count * 3)
        for (i, v) in samples.enumerated() {
            rgb[3 * i] = v
            rgb[3 * i + 1] = v
            rgb[3 * i + 2] = v
        }
        return RasterImage(unchecked: width, height, 3, maxValue, rgb)
    }

    /// The same picture rescaled to another maximum (8-bit samples to the 16-bit range).
    func rescaled(toMaximum newMaximum: Float) -> RasterImage {
        guard newMaximum != maxValue else { return self }
        let factor = newMaximum / maxValue
        return RasterImage(unchecked: width, height, channels, newMaximum, samples.map { $0 * factor })
    }

    init(unchecked width: Int, _ height: Int, _ channels: Int, _ maxValue: Float, _ samples: [Float]) {
        self.width = width
        self.height = height
        self.channels = channels
        self.maxValue = maxValue
        self.samples = samples
    }
}
