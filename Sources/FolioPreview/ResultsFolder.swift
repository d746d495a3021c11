import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a request path names inside the results folder.
public enum PathResolution: Equatable {
    /// A regular file whose real path is inside the folder.
    case file(URL)
    /// Nothing there (or a folder): 404.
    case notFound
    /// The path tries to leave the folder or is not a plain path: refused (also answered 404).
    case refused(String)
}

/// The only folder the preview serves. Every request path is checked here; nothing outside the
/// folder's real path is ever opened, whatever the encoding, dot segments or symlinks.
public struct ResultsFolder {
    /// The folder's real path (symlinks resolved), without a trailing slash.
    public let realPath: String

    public init(_ folder: URL) throws {
        guard let real = Self.realPath(of: folder.path) else {
            throw PreviewError.resultsFolderMissing(folder.path)
        }
        realPath = real
    }

    /// Resolves the path part of a request target ("/a/b.svg?x" → the file a/b.svg).
    public func resolve(_ target: String) -> PathResolution {
        var path = Substring(target)
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
        guard path.hasPrefix("/") else { return .refused("not an absolute path: \(target)") }

        var segments: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let decoded = String(raw).removingPercentEncoding else {
                return .refused("bad percent-encoding in \(target)")
            }
            if decoded == "." || decoded == ".." { return .refused("dot segment in \(target)") }
            if decoded.contains("/") || decoded.contains("\\") || decoded.contains("\u{0}") {
                return .refused("encoded separator or NUL in \(target)")
            }
            if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return .refused("control character in \(target)")
            }
            segments.append(decoded)
        }
        guard !segments.isEmpty else { return .notFound }

        let candidate = realPath + "/" + segments.joined(separator: "/")
        // Symlinks inside the folder may point anywhere; only the real path decides.
        guard let real = Self.realPath(of: candidate) else { return .notFound }
        guard real.hasPrefix(realPath + "/") else { return .refused("\(target) resolves outside the results folder") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return .notFound
        }
        return .file(URL(fileURLWithPath: real))
    }

    static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        let text = String(cString: resolved)
        return text.count > 1 && text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
