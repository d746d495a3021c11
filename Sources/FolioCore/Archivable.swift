/// A host value the per-cell cache can store and bring back: a data set, a trained model, a
/// history. Each type archives itself in its own file, so adding one touches nothing else; the
/// program hands the runner an `ArchiveRegistry` of them, as it hands it the vocabulary.
public protocol Archivable: AnyObject {
    /// Names the type inside archives. Stable: renaming one makes every stored entry unreadable.
    static var archiveTag: String { get }
    /// Raise it whenever `archive(into:)` writes something different; cache keys include it, so
    /// entries written the old way are recomputed, never misread.
    static var archiveVersion: Int { get }
    /// Writes everything `unarchive(from:)` needs. Throws when the value cannot be stored (the
    /// cell then simply runs every time).
    func archive(into archive: inout ArchiveWriter) throws
    /// Reads what `archive(into:)` wrote. Damaged bytes must throw, never trap.
    static func unarchive(from archive: inout ArchiveReader) throws -> Self
}

extension Archivable {
    public static var archiveVersion: Int { 1 }
}

/// The archivable types a program knows, by tag.
public struct ArchiveRegistry {
    private let types: [String: any Archivable.Type]
    /// Every tag and version, folded into cache keys.
    public let signature: String

    /// Types with a tag already taken are ignored (the first one keeps it).
    public init(_ types: [any Archivable.Type]) {
        var byTag: [String: any Archivable.Type] = [:]
        for type in types where byTag[type.archiveTag] == nil { byTag[type.archiveTag] = type }
        self.types = byTag
        signature = byTag.keys.sorted().map { "\($0)/\(byTag[$0].map { $0.archiveVersion } ?? 0)" }.joined(separator: " ")
    }

    public func type(tagged tag: String) -> (any Archivable.Type)? { types[tag] }

    /// Whether `object` is of a type this registry reads back.
    public func knows(_ object: any Archivable) -> Bool {
        types[Swift.type(of: object).archiveTag].map { $0 == Swift.type(of: object) } ?? false
    }
}
