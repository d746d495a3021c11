import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Modification time and size of a file, or its absence. Editors that save by writing a new file
/// and renaming it change these too, so polling them catches every kind of save.
public struct FileStamp: Equatable {
    public var exists: Bool
    public var size: Int64
    public var seconds: Int
    public var nanoseconds: Int

    public static let missing = FileStamp(exists: false, size: 0, seconds: 0, nanoseconds: 0)

    public static func of(_ path: String) -> FileStamp {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        #if os(Linux)
        return FileStamp(exists: true, size: Int64(info.st_size), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
        #else
        return FileStamp(exists: true, size: Int64(info.st_size), seconds: Int(info.st_mtimespec.tv_sec), nanoseconds: Int(info.st_mtimespec.tv_nsec))
        #endif
    }
}

/// The files a preview watches and the stamps they had when last looked at. Polling needs no
/// extra dependency and behaves the same on every file system, including mounted folders.
public struct FileWatcher {
    public private(set) var paths: [String]
    private var baseline: [String: FileStamp]

    public init(paths: [String]) {
        self.paths = Self.unique(paths)
        baseline = Self.snapshot(self.paths)
    }

    public static func snapshot(_ paths: [String]) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for path in paths { stamps[path] = FileStamp.of(path) }
        return stamps
    }

    public func current() -> [String: FileStamp] { Self.snapshot(paths) }

    /// The watched paths whose stamp differs from the baseline in `snapshot`.
    public func changes(in snapshot: [String: FileStamp]) -> [String] {
        paths.filter { snapshot[$0] != baseline[$0] }
    }

    /// Takes `snapshot` as the new baseline (what a run is about to read).
    public mutating func accept(_ snapshot: [String: FileStamp]) {
        for path in paths { baseline[path] = snapshot[path] ?? .missing }
    }

    /// Replaces the watch list. Paths already watched keep their baseline, so a change made
    /// while a run was reading them still counts; new paths start from their stamp now.
    public mutating func watch(_ newPaths: [String]) {
        paths = Self.unique(newPaths)
        var next: [String: FileStamp] = [:]
        for path in paths { next[path] = baseline[path] ?? FileStamp.of(path) }
        baseline = next
    }

    private static func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert($0).inserted }
    }
}
