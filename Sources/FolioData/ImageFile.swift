import Foundation

/// Reads single image files (PNG, PGM, PPM), recognised by their first bytes, not their names.
public enum ImageFile {
    /// File name extensions the folder loader picks up.
    public static let extensions: Set<String> = ["png", "pgm", "ppm", "pnm"]

    /// The image at `path` as grey values in 0...1 (0 black, 1 white).
    public static func load(_ path: String) throws -> GrayImage {
        try loadRaster(path).gray
    }

    /// The image at `path` with its channels (grey or RGB) and its bit depth.
    public static func loadRaster(_ path: String) throws -> RasterImage {
        let bytes = try ByteFile.read(path)
        if PNGCodec.isPNG(bytes) { return try PNGCodec.decode(bytes, path: path) }
        if PNMCodec.isPNM(bytes) { return try PNMCodec.decode(bytes, path: path) }
        let reason = bytes.isEmpty ? "the file is empty" : "it is not a PNG or PGM image (unrecognised first bytes)"
        throw DataError.malformed(path: path, location: "", reason: "unreadable image: \(reason)")
    }
}
