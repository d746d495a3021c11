import CPNG

/// PNG through libpng's simplified API, which reports failures in `png_image.message` instead
/// of longjmp-ing through Swift frames (which would be undefined behaviour).
public enum PNGCodec {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    static func isPNG(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 8 && Array(bytes[0..<8]) == signature
    }

    /// Decodes grey, grey+alpha, RGB, RGBA and palette PNGs of any bit depth. Alpha is composited
    /// onto white (a drawing on a transparent canvas reads as ink on paper). 16-bit files keep
    /// their 16-bit values (maxValue 65535); everything else comes out 8-bit (maxValue 255).
    static func decode(_ bytes: [UInt8], path: String) throws -> RasterImage {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        let began = bytes.withUnsafeBytes { raw in
            png_image_begin_read_from_memory(&image, raw.baseAddress, raw.count)
        }
        defer { png_image_free(&image) }
        guard began != 0 else {
            throw DataError.malformed(path: path, location: "", reason: "not a readable PNG image (libpng: \(message(of: &image)))")
        }
        let native = image.format
        let hasColor = native & UInt32(PNG_FORMAT_FLAG_COLOR) != 0
        let hasAlpha = native & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0
        let sixteenBit = native & UInt32(PNG_FORMAT_FLAG_LINEAR) != 0
        let width = Int(image.width), height = Int(image.height)
        guard width > 0, height > 0, width <= 1 << 15, height <= 1 << 15, width * height <= RasterImage.maximumPixelCount else {
            throw DataError.malformed(path: path, location: "", reason: "image size \(width) × \(height) is not supported (at most 32768 per side and \(RasterImage.maximumPixelCount) pixels)")
        }
        image.format = (hasColor ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0)
            | (hasAlpha ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0)
            | (sixteenBit ? UInt32(PNG_FORMAT_FLAG_LINEAR) : 0)
        let colorChannels = hasColor ? 3 : 1
        let stored = colorChannels + (hasAlpha ? 1 : 0)
        let valueCount = width * height * stored

        var samples: [Float]
        let maxValue: Float
        if sixteenBit {
            var buffer = [UInt16](repeating: 0, count: valueCount)
            let finished = buffer.withUnsafeMutableBytes { raw in
                png_image_finish_read(&image, nil, raw.baseAddress, 0, nil)
            }
            guard finished != 0 else {
                throw DataError.malformed(path: path, location: "", reason: "the PNG data is damaged (libpng: \(message(of: &image)))")
            }
            maxValue = 65535
            // Linear output with alpha is premultiplied: colour + white × (1 - alpha).
            samples = composite(buffer.map(Float.init), colorChannels: colorChannels, hasAlpha: hasAlpha,
                                maxValue: maxValue, premultiplied: true)
        } else {
            var buffer = [UInt8](repeating: 0, count: valueCount)
            let finished = buffer.withUnsafeMutableBytes { raw in
                png_image_finish_read(&image, nil, raw.baseAddress, 0, nil)
            }
            guard finished != 0 else {
                throw DataError.malformed(path: path, location: "", reason: "the PNG data is damaged (libpng: \(message(of: &image)))")
            }
            maxValue = 255
            samples = composite(buffer.map(Float.init), colorChannels: colorChannels, hasAlpha: hasAlpha,
                                maxValue: maxValue, premultiplied: false)
        }
        return RasterImage(unchecked: width, height, colorChannels, maxValue, samples)
    }

    private static func composite(_ values: [Float], colorChannels: Int, hasAlpha: Bool, maxValue: Float,
                                  premultiplied: Bool) -> [Float] {
        guard hasAlpha else { return values }
        let stride = colorChannels + 1
        let pixelCount = values.count / stride
        var result = [Float](repeating: 0, count: pixelCount * colorChannels)
        for p in 0..<pixelCount {
            let alpha = values[p * stride + colorChannels] / maxValue
            for c in 0..<colorChannels {
                let v = values[p * stride + c]
                result[p * colorChannels + c] = (premultiplied ? v : v * alpha) + maxValue * (1 - alpha)
            }
        }
        return result
    }

    /// Encodes 8-bit (`sixteenBit` false, samples 0...255) or 16-bit (0...65535) grey, grey+alpha,
    /// RGB or RGBA pixels as a PNG file. 16-bit data is written as linear light.
    public static func encode(width: Int, height: Int, channels: Int, samples: [Int], sixteenBit: Bool = false) throws -> [UInt8] {
        guard width > 0, height > 0, (1...4).contains(channels), samples.count == width * height * channels else {
            throw DataError.invalidArgument("cannot encode \(samples.count) samples as a \(width) × \(height) PNG with \(channels) channel(s)")
        }
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(width)
        image.height = UInt32(height)
        let formats: [UInt32] = [0, UInt32(PNG_FORMAT_FLAG_ALPHA), UInt32(PNG_FORMAT_FLAG_COLOR),
                                 UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)]
        image.format = formats[channels - 1] | (sixteenBit ? UInt32(PNG_FORMAT_FLAG_LINEAR) : 0)
        let limit = sixteenBit ? 65535 : 255
        let write: (UnsafeRawPointer) throws -> [UInt8] = { pixels in
            var size: png_alloc_size_t = 0
            guard png_image_write_to_memory(&image, nil, &size, 0, pixels, 0, nil) != 0 else {
                throw DataError.invalidArgument("libpng cannot encode this image: \(message(of: &image))")
            }
            var output = [UInt8](repeating: 0, count: Int(size))
            let ok = output.withUnsafeMutableBytes { raw in
                png_image_write_to_memory(&image, raw.baseAddress, &size, 0, pixels, 0, nil)
            }
            guard ok != 0 else {
                throw DataError.invalidArgument("libpng cannot encode this image: \(message(of: &image))")
            }
            return Array(output.prefix(Int(size)))
        }
        if sixteenBit {
            let values = samples.map { UInt16(clamping: min(max($0, 0), limit)) }
            return try values.withUnsafeBytes { raw in try raw.baseAddress.map(write) ?? [] }
        }
        let values = samples.map { UInt8(clamping: min(max($0, 0), limit)) }
        return try values.withUnsafeBytes { raw in try raw.baseAddress.map(write) ?? [] }
    }

    private static func message(of image: inout png_image) -> String {
        withUnsafeBytes(of: &image.message) { raw in
            let bytes = raw.prefix { $0 != 0 }
            let text = String(decoding: bytes, as: UTF8.self)
            return text.isEmpty ? "unknown error" : text
        }
    }
}
