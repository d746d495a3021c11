import Foundation

/// Where `Archivable` values write themselves: plain bytes through `binary`, and objects that
/// several values may share (a data set inside an evaluation and bound to a name) through
/// `shared`, so they are written once and come back shared.
public struct ArchiveWriter {
    public var binary = BinaryWriter()
    private var written: [ObjectIdentifier: Int] = [:]

    public init() {}

    public var data: Data { binary.data }

    /// Writes `object` with `write` the first time it is met, and only a reference to it after.
    public mutating func shared(_ object: AnyObject, _ write: (inout ArchiveWriter) throws -> Void) rethrows {
        let id = ObjectIdentifier(object)
        if let index = written[id] {
            binary.bool(true)
            binary.int(index)
            return
        }
        written[id] = written.count
        binary.bool(false)
        try write(&self)
    }
}
