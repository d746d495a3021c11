/// A greyscale picture with values in 0...1 as it looks: 0 is black, 1 is white.
public struct GrayImage: Equatable {
    public let width: Int
    public let height: Int
    /// Row-major, `width * height` values in 0...1.
    public let pixels: [Float]

    public init(width: Int, height: Int, pixels: [Float]) throws {
        guard width > 0, height > 0, pixels.count == width * height else {
            throw DataError.invalidArgument("a \(width) × \(height) grey image needs \(max(0, width * height)) pixels, got \(pixels.count)")
        }
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    init(checkedWidth width: Int, height: Int, pixels: [Float]) {
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The value at column `x`, row `y` (both in range).
    public subscript(x: Int, y: Int) -> Float {
        pixels[y * width + x]
    }
}
