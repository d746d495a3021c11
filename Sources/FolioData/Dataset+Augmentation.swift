import Foundation
import FolioCore

extension Dataset {
    /// The original images followed by `copies` randomly transformed copies of each (all of
    /// copy 1, then all of copy 2, …), labels kept.
    ///
    /// Each copy gets its own shift (up to `shift` pixels in x and in y), rotation (up to
    /// `rotate` degrees either way) and zoom (a scale in 1 − `zoom` … 1 + `zoom`), applied about
    /// the image centre with bilinear interpolation; uncovered pixels take the data set's
    /// smallest value (the background). The result depends only on the data and `seed`.
    public func augmented(shift: Double = 2, rotate: Double = 10, zoom: Double = 0.1, copies: Int = 1,
                          seed: Int = 0) throws -> Dataset {
        try requireSpatial("augmented(...)")
        guard shift >= 0, shift.isFinite, shift <= Double(max(width, height)) else {
            throw DataError.invalidArgument("augmented(shift:) is a pixel distance in 0...\(max(width, height)), got \(shift)")
        }
        guard rotate >= 0, rotate <= 180 else {
            throw DataError.invalidArgument("augmented(rotate:) is an angle in degrees in 0...180, got \(rotate)")
        }
        guard zoom >= 0, zoom < 1 else {
            throw DataError.invalidArgument("augmented(zoom:) is a fraction in 0..<1 (0.1 means 90%...110%), got \(zoom)")
        }
        guard copies >= 0, copies <= 100 else {
            throw DataError.invalidArgument("augmented(copies:) is a count in 0...100, got \(copies)")
        }
        let originals = pixels
        if copies == 0 { return self }
        let size = imageSize
        let background = originals.min() ?? 0
        var result = [Float](repeating: background, count: size * count * (1 + copies))
        var random = SplitMix64(seed: seed)
        let (h, w, c) = (height, width, channels)
        originals.withUnsafeBufferPointer { source in
            result.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                to.update(from: from, count: originals.count)
                for copy in 1...copies {
                    for i in 0..<count {
                        let transform = Warp(dx: random.symmetric(shift), dy: random.symmetric(shift),
                                             degrees: random.symmetric(rotate), scale: 1 + random.symmetric(zoom),
                                             width: w, height: h)
                        transform.apply(from + i * size, into: to + (copy * count + i) * size,
                                        width: w, height: h, channels: c, fill: background)
                    }
                }
            }
        }
        let allLabels = Array([[Int]](repeating: labels, count: 1 + copies).joined())
        return replacing(pixels: result, labels: allLabels,
                         note: "augmented ×\(copies) (shift \(shift), rotate \(rotate)°, zoom \(zoom), seed \(seed))")
    }
}

/// One affine warp (shift, rotation, zoom about the centre) applied by inverse mapping.
struct Warp {
    let a: Double, b: Double, c: Double, d: Double
    let dx: Double, dy: Double
    let centreX: Double, centreY: Double

    init(dx: Double, dy: Double, degrees: Double, scale: Double, width: Int, height: Int) {
        let radians = degrees * .pi / 180
        // Inverse of "scale, rotate, then shift": rotate back and divide by the scale.
        a = cos(radians) / scale
        b = sin(radians) / scale
        c = -sin(radians) / scale
        d = cos(radians) / scale
        self.dx = dx
        self.dy = dy
        centreX = Double(width) / 2
        centreY = Double(height) / 2
    }

    func apply(_ source: UnsafePointer<Float>, into target: UnsafeMutablePointer<Float>,
               width: Int, height: Int, channels: Int, fill: Float) {
        // Walk along each output row: the source position moves by (a, c) per pixel.
        let stepX = Float(a), stepY = Float(c)
        for y in 0..<height {
            let u0 = 0.5 - centreX - dx
            let v = Double(y) + 0.5 - centreY - dy
            var sx = Float(a * u0 + b * v + centreX - 0.5)
            var sy = Float(c * u0 + d * v + centreY - 0.5)
            for x in 0..<width {
                let fx0 = sx.rounded(.down), fy0 = sy.rounded(.down)
                let fx = sx - fx0, fy = sy - fy0
                let w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy
                let out = target + (y * width + x) * channels
                if fx0 >= 0, fy0 >= 0, fx0 < Float(width - 1), fy0 < Float(height - 1) {
                    // Inside: all four neighbours exist.
                    let p = source + (Int(fy0) * width + Int(fx0)) * channels
                    let below = p + width * channels
                    for ch in 0..<channels {
                        out[ch] = w00 * p[ch] + w10 * p[channels + ch] + w01 * below[ch] + w11 * below[channels + ch]
                    }
                } else if fx0 < -1 || fy0 < -1 || fx0 > Float(width) || fy0 > Float(height) {
                    for ch in 0..<channels { out[ch] = fill }
                } else {
                    let x0 = Int(fx0), y0 = Int(fy0)
                    for ch in 0..<channels {
                        @inline(__always) func at(_ px: Int, _ py: Int) -> Float {
                            (px < 0 || py < 0 || px >= width || py >= height) ? fill : source[(py * width + px) * channels + ch]
                        }
                        out[ch] = w00 * at(x0, y0) + w10 * at(x0 + 1, y0) + w01 * at(x0, y0 + 1) + w11 * at(x0 + 1, y0 + 1)
                    }
                }
                sx += stepX
                sy += stepY
            }
        }
    }
}
