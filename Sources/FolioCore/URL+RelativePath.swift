import Foundation

extension URL {
    /// This path relative to `base` when it lies inside it, else the full path (for messages).
    public func relativePath(from base: String) -> String {
        let full = standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }
}
