import Foundation

/// Reads what an `ArchiveWriter` wrote; every read is checked, so damaged bytes throw.
public struct ArchiveReader {
    public var binary: BinaryReader
    /// Objects read so far, in the order the writer met them; a slot holds `Reading` while its
    /// object is being read (a reference to it then is damage, not a cycle to follow).
    private var objects: [AnyObject] = []
    private final class Reading {}

    public init(_ data: Data) {
        binary = BinaryReader(data)
    }

    /// The object `ArchiveWriter.shared` wrote: read with `read` the first time, looked up after.
    public mutating func shared<T: AnyObject>(_ type: T.Type, _ read: (inout ArchiveReader) throws -> T) throws -> T {
        if try binary.bool() {
            let index = try binary.int()
            guard objects.indices.contains(index), let object = objects[index] as? T else {
                throw BinaryReader.Problem(description: "reference \(index) names no \(T.self) read before")
            }
            return object
        }
        let slot = objects.count
        objects.append(Reading())
        let object = try read(&self)
        objects[slot] = object
        return object
    }
}
