/// Everything that can go wrong while loading or preparing a data set.
///
/// Each case carries the file (when there is one) and where in it the problem is, so the message
/// alone tells a notebook author what to fix.
public enum DataError: Error, Equatable, CustomStringConvertible {
    /// The file does not exist or cannot be read.
    case unreadableFile(path: String, reason: String)
    /// A file cannot be written.
    case unwritableFile(path: String, reason: String)
    /// A gzip stream ended before its end marker.
    case truncatedGzip(path: String, byteOffset: Int)
    /// A gzip stream holds bytes zlib cannot inflate.
    case corruptGzip(path: String, byteOffset: Int, reason: String)
    /// A file's content does not match its format.
    case malformed(path: String, location: String, reason: String)
    /// A folder holds no usable image.
    case emptyFolder(path: String, reason: String)
    /// A request that cannot be met with this data (a bad argument, mismatched shapes).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read '\(path)': \(reason)"
        case let .unwritableFile(path, reason):
            return "cannot write '\(path)': \(reason)"
        case let .truncatedGzip(path, offset):
            return "'\(path)': the gzip data is truncated (it ends at byte \(offset) before the end of the compressed stream); download the file again"
        case let .corruptGzip(path, offset, reason):
            return "'\(path)': the gzip data is corrupt at byte \(offset) (\(reason)); download the file again"
        case let .malformed(path, location, reason):
            return location.isEmpty ? "'\(path)': \(reason)" : "'\(path)', \(location): \(reason)"
        case let .emptyFolder(path, reason):
            return "'\(path)': \(reason)"
        case let .invalidArgument(message):
            return message
        }
    }
}

extension DataError: CustomDebugStringConvertible {
    public var debugDescription: String { description }
}

#if canImport(Foundation)
import Foundation

extension DataError: LocalizedError {
    public var errorDescription: String? { description }
}
#endif
