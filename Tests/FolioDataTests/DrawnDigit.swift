@testable import FolioData

/// Synthetic drawings for the preprocessing tests: a rectangle of ink on a canvas.
enum DrawnDigit {
    /// 8-bit samples: paper (light: 230, dark: 20) with a solid stroke (light: 15, dark: 240).
    static func canvas(width: Int, height: Int, light: Bool, strokeX: Range<Int>, strokeY: Range<Int>) -> [Int] {
        var samples = [Int](repeating: light ? 230 : 20, count: width * height)
        for y in strokeY { for x in strokeX { samples[y * width + x] = light ? 15 : 240 } }
        return samples
    }

    static func grayImage(width: Int, height: Int, light: Bool, strokes: [(Range<Int>, Range<Int>)]) throws -> GrayImage {
        var pixels = [Float](repeating: light ? 0.9 : 0.08, count: width * height)
        for (xs, ys) in strokes {
            for y in ys { for x in xs { pixels[y * width + x] = light ? 0.06 : 0.95 } }
        }
        return try GrayImage(width: width, height: height, pixels: pixels)
    }

    /// Bounding box (minX, minY, maxX, maxY) of values above `threshold` in a 28 × 28 image.
    static func box(_ image: [Float], threshold: Float = 0.01) -> (Int, Int, Int, Int)? {
        var minX = 28, minY = 28, maxX = -1, maxY = -1
        for y in 0..<28 {
            for x in 0..<28 where image[y * 28 + x] > threshold {
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
            }
        }
        return maxX < 0 ? nil : (minX, minY, maxX, maxY)
    }

    /// Centre of mass (x, y) in pixel-centre coordinates of a 28 × 28 image.
    static func centreOfMass(_ image: [Float]) -> (Float, Float) {
        var mass: Float = 0, sx: Float = 0, sy: Float = 0
        for y in 0..<28 {
            for x in 0..<28 {
                let v = image[y * 28 + x]
                mass += v; sx += v * (Float(x) + 0.5); sy += v * (Float(y) + 0.5)
            }
        }
        return (sx / mass, sy / mass)
    }
}
