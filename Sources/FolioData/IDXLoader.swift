import Foundation

/// Reads IDX files (the MNIST format): a 4-byte magic number (two zero bytes, a type code, the
/// number of dimensions), one big-endian UInt32 per dimension, then the values.
enum IDXLoader {
    /// Unsigned bytes are the only element type MNIST-style image sets use.
    static let unsignedByteType: UInt8 = 0x08
    /// Images larger than this per side are not image data sets; rejected before allocating.
    static let maximumSide = 1 << 14

    struct Header {
        let dimensions: [Int]
        let dataOffset: Int
    }

    static func load(images imagesPath: String, labels labelsPath: String, classNames: [String]?) throws -> Dataset {
        let imageBytes = try ByteFile.readInflating(imagesPath)
        let imageHeader = try header(imageBytes, path: imagesPath, allowedDimensions: [3, 4], what: "image")
        let labelBytes = try ByteFile.readInflating(labelsPath)
        let labelHeader = try header(labelBytes, path: labelsPath, allowedDimensions: [1], what: "label")

        let count = imageHeader.dimensions[0]
        guard labelHeader.dimensions[0] == count else {
            throw DataError.malformed(path: labelsPath, location: "", reason: "it holds \(labelHeader.dimensions[0]) labels but '\(imagesPath)' holds \(count) images")
        }
        let shape = Array(imageHeader.dimensions.dropFirst()) + (imageHeader.dimensions.count == 3 ? [1] : [])

        let labels = labelBytes[labelHeader.dataOffset...].map { Int($0) }
        let names = classNames ?? Dataset.digitNames(covering: labels)
        if let bad = labels.firstIndex(where: { $0 >= names.count }) {
            throw DataError.malformed(path: labelsPath, location: "byte \(labelHeader.dataOffset + bad)", reason: "label \(labels[bad]) has no class name (\(names.count) names given)")
        }

        let pixelCount = imageBytes.count - imageHeader.dataOffset
        var pixels = [Float](repeating: 0, count: pixelCount)
        imageBytes.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                let start = from + imageHeader.dataOffset
                for i in 0..<pixelCount { to[i] = Float(start[i]) }
            }
        }
        let source = (imagesPath as NSString).lastPathComponent
        return Dataset(storage: pixels, rows: nil, labels: labels, imageShape: shape, classNames: names,
                       source: source, pixelMaximum: 255)
    }

    /// Validates the magic number, the dimensions and the file length before any allocation.
    static func header(_ bytes: [UInt8], path: String, allowedDimensions: Set<Int>, what: String) throws -> Header {
        guard bytes.count >= 4 else {
            throw DataError.malformed(path: path, location: "byte 0", reason: "the file is \(bytes.count) bytes long, too short for an IDX header")
        }
        let magic = bytes[0..<4].map { String(format: "%02x", $0) }.joined(separator: " ")
        let expected = what == "image" ? "00 00 08 03" : "00 00 08 01"
        guard bytes[0] == 0, bytes[1] == 0 else {
            throw DataError.malformed(path: path, location: "byte 0", reason: "wrong IDX magic number \(magic) (an IDX \(what) file starts with \(expected)); is this really an IDX file?")
        }
        guard bytes[2] == unsignedByteType else {
            throw DataError.malformed(path: path, location: "byte 2", reason: "IDX element type 0x\(String(format: "%02x", bytes[2])) is not supported; only unsigned bytes (0x08) are (magic number \(magic))")
        }
        let dimensionCount = Int(bytes[3])
        guard allowedDimensions.contains(dimensionCount) else {
            let allowed = allowedDimensions.sorted().map(String.init).joined(separator: " or ")
            throw DataError.malformed(path: path, location: "byte 3", reason: "wrong IDX magic number \(magic): an IDX \(what) file has \(allowed) dimensions, this one \(dimensionCount) (expected \(expected))")
        }
        let dataOffset = 4 + 4 * dimensionCount
        guard bytes.count >= dataOffset else {
            throw DataError.malformed(path: path, location: "byte \(bytes.count)", reason: "the file ends inside the IDX header (\(dataOffset) bytes needed)")
        }
        var dimensions = [Int]()
        for d in 0..<dimensionCount {
            let o = 4 + 4 * d
            dimensions.append(Int(bytes[o]) << 24 | Int(bytes[o + 1]) << 16 | Int(bytes[o + 2]) << 8 | Int(bytes[o + 3]))
        }
        for (d, size) in dimensions.enumerated().dropFirst() where size == 0 || size > maximumSide {
            throw DataError.malformed(path: path, location: "byte \(4 + 4 * d)", reason: "dimension \(d) is \(size), not a plausible image size (1...\(maximumSide))")
        }
        // Sizes are ≤ 2^32 each and at most 4 of them after the checks above; multiply with
        // overflow detection anyway, so absurd headers fail here rather than in an allocation.
        var expectedValues = 1
        for size in dimensions {
            let (product, overflow) = expectedValues.multipliedReportingOverflow(by: size)
            guard !overflow else {
                throw DataError.malformed(path: path, location: "byte 4", reason: "the dimensions \(dimensions) are too large to be real")
            }
            expectedValues = product
        }
        let available = bytes.count - dataOffset
        if available < expectedValues {
            throw DataError.malformed(path: path, location: "byte \(bytes.count)", reason: "the header promises \(dimensions.map(String.init).joined(separator: " × ")) = \(expectedValues) values but only \(available) follow it: the file is truncated or its header is wrong")
        }
        if available > expectedValues {
            throw DataError.malformed(path: path, location: "byte \(dataOffset + expectedValues)", reason: "\(available - expectedValues) unexpected bytes follow the \(expectedValues) values the header promises (\(dimensions.map(String.init).joined(separator: " × ")))")
        }
        return Header(dimensions: dimensions, dataOffset: dataOffset)
    }
}
