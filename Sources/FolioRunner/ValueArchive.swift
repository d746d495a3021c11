import Foundation
import FolioCore
import FolioLanguage

/// Turns the names a cell bound into bytes and back, so a cached cell can restore its values
/// without running again. Plain values (numbers, strings, arrays, enum cases, tables) are written
/// here; host objects (data sets, models, …) write themselves through `Archivable`, looked up in
/// the registry the program gives the runner, so this file knows no ML type.
///
/// Objects shared by several names (`let best = model`) are written once and come back shared,
/// so training one still changes the other after a restore. A value the registry does not know
/// throws `ValueArchive.Unsupported`; the runner then simply does not cache that cell.
public struct ValueArchive {
    public struct Binding {
        public var name: String
        public var value: Value
        public var mutable: Bool
        public init(name: String, value: Value, mutable: Bool) {
            self.name = name
            self.value = value
            self.mutable = mutable
        }
    }

    public struct Unsupported: Error, CustomStringConvertible {
        public var description: String
    }

    /// 4: host objects are tagged by name and write themselves (3 had one closed list of them).
    public static let formatVersion = 5

    public let registry: ArchiveRegistry

    public init(registry: ArchiveRegistry) {
        self.registry = registry
    }

    /// What cache keys include: this format and every host type's version.
    public var signature: String { "\(Self.formatVersion) \(registry.signature)" }

    public func encode(_ bindings: [Binding]) throws -> Data {
        var writer = ArchiveWriter()
        writer.binary.int(Self.formatVersion)
        writer.binary.int(bindings.count)
        for binding in bindings {
            writer.binary.string(binding.name)
            writer.binary.bool(binding.mutable)
            try encode(binding.value, into: &writer)
        }
        return writer.data
    }

    public func decode(_ data: Data) throws -> [Binding] {
        var reader = ArchiveReader(data)
        let version = try reader.binary.int()
        guard version == Self.formatVersion else {
            throw BinaryReader.Problem(description: "value archive format \(version), expected \(Self.formatVersion)")
        }
        let count = try reader.binary.count(itemSize: 10)
        var bindings: [Binding] = []
        for _ in 0..<count {
            let name = try reader.binary.string()
            let mutable = try reader.binary.bool()
            bindings.append(Binding(name: name, value: try decodeValue(from: &reader, depth: 0), mutable: mutable))
        }
        guard reader.binary.isAtEnd else { throw BinaryReader.Problem(description: "unexpected bytes after the last value") }
        return bindings
    }

    private enum Tag: UInt8 {
        case void = 0, int, double, string, bool, array, tuple, enumCase, table, rendered, object, dictionary, none, some, labelled, range
    }

    private func encode(_ value: Value, into writer: inout ArchiveWriter) throws {
        func tag(_ tag: Tag) { writer.binary.byte(tag.rawValue) }
        switch value {
        case .void: tag(.void)
        case .int(let v): tag(.int); writer.binary.int(v)
        case .double(let v): tag(.double); writer.binary.double(v)
        case .string(let v): tag(.string); writer.binary.string(v)
        case .bool(let v): tag(.bool); writer.binary.bool(v)
        case .array(let items), .tuple(let items):
            if case .array = value { tag(.array) } else { tag(.tuple) }
            writer.binary.int(items.count)
            for item in items { try encode(item, into: &writer) }
        case .enumCase(let e):
            tag(.enumCase)
            writer.binary.string(e.typeName)
            writer.binary.string(e.caseName)
            let arguments = e.arguments.sorted { $0.key < $1.key }
            writer.binary.int(arguments.count)
            for (key, argument) in arguments {
                writer.binary.string(key)
                try encode(argument, into: &writer)
            }
        case .table(let table):
            tag(.table)
            writer.binary.bytes(try JSONEncoder().encode(table))
        case .rendered(let outputs):
            tag(.rendered)
            writer.binary.bytes(try JSONEncoder().encode(outputs))
        case .labelled(let label, let element):
            // The label is kept so a restored `(name: "mlp", acc: 0.97)` prints as Swift prints it.
            tag(.labelled)
            writer.binary.string(label)
            try encode(element, into: &writer)
        case .dictionary(let dictionary):
            tag(.dictionary)
            writer.binary.int(dictionary.count)
            for (key, item) in dictionary.pairs {
                try encode(key, into: &writer)
                try encode(item, into: &writer)
            }
        case .optional(let wrapped):
            if let wrapped {
                tag(.some)
                try encode(wrapped, into: &writer)
            } else {
                tag(.none)
            }
        case .range(let range):
            tag(.range)
            writer.binary.bool(range.closed)
            try encode(range.lower, into: &writer)
            try encode(range.upper, into: &writer)
        case .function:
            // A closure captures live state that has no stable form on disk: a cell that binds one is not cached.
            throw Unsupported(description: "a function value cannot be cached")
        case .object(let object):
            guard let archivable = object as? any Archivable, registry.knows(archivable) else {
                throw Unsupported(description: "a \(object.typeName) value cannot be cached")
            }
            tag(.object)
            try writer.shared(object) { writer in
                writer.binary.string(type(of: archivable).archiveTag)
                try archivable.archive(into: &writer)
            }
        }
    }

    private func decodeValue(from reader: inout ArchiveReader, depth: Int) throws -> Value {
        guard depth < 200 else { throw BinaryReader.Problem(description: "values nested too deeply") }
        guard let tag = Tag(rawValue: try reader.binary.byte()) else { throw BinaryReader.Problem(description: "unknown value tag") }
        switch tag {
        case .void: return .void
        case .int: return .int(try reader.binary.int())
        case .double: return .double(try reader.binary.double())
        case .string: return .string(try reader.binary.string())
        case .bool: return .bool(try reader.binary.bool())
        case .array: return .array(try (0..<reader.binary.count()).map { _ in try decodeValue(from: &reader, depth: depth + 1) })
        case .labelled: return .labelled(try reader.binary.string(), try decodeValue(from: &reader, depth: depth + 1))
        case .tuple: return .tuple(try (0..<reader.binary.count()).map { _ in try decodeValue(from: &reader, depth: depth + 1) })
        case .enumCase:
            let typeName = try reader.binary.string()
            let caseName = try reader.binary.string()
            var arguments: [String: Value] = [:]
            for _ in 0..<(try reader.binary.count()) {
                let key = try reader.binary.string()
                arguments[key] = try decodeValue(from: &reader, depth: depth + 1)
            }
            return .enumCase(EnumValue(typeName: typeName, caseName: caseName, arguments: arguments))
        case .table: return .table(try JSONDecoder().decode(Table.self, from: reader.binary.bytes()))
        case .rendered: return .rendered(try JSONDecoder().decode([Output].self, from: reader.binary.bytes()))
        case .dictionary:
            var dictionary = DictionaryValue()
            for _ in 0..<(try reader.binary.count()) {
                let key = try decodeValue(from: &reader, depth: depth + 1)
                guard DictionaryValue.isKey(key) else { throw BinaryReader.Problem(description: "a dictionary key of type \(key.type)") }
                dictionary.set(key, try decodeValue(from: &reader, depth: depth + 1))
            }
            return .dictionary(dictionary)
        case .none: return .optional(nil)
        case .range:
            let closed = try reader.binary.bool()
            let lower = try decodeValue(from: &reader, depth: depth + 1)
            return .range(RangeValue(lower: lower, upper: try decodeValue(from: &reader, depth: depth + 1), closed: closed))
        case .some: return .optional(try decodeValue(from: &reader, depth: depth + 1))
        case .object:
            let object = try reader.shared(AnyObject.self) { reader in
                let name = try reader.binary.string()
                guard let type = registry.type(tagged: name) else {
                    throw BinaryReader.Problem(description: "no value type is tagged '\(name)'")
                }
                return try type.unarchive(from: &reader)
            }
            guard let host = object as? any HostObject else { throw BinaryReader.Problem(description: "not a notebook value") }
            return .object(host)
        }
    }
}
