import Foundation

/// The `__metadata__` entries of a Folio model file, and their conversion to and from strings
/// (safetensors metadata values must be strings, so structured values are stored as JSON).
struct ModelFileMetadata {
    static let formatKey = "format"
    static let formatName = "folio-model"
    static let formatVersionKey = "format_version"
    static let formatVersion = "1"
    static let folioVersionKey = "folio_version"
    static let architectureKey = "architecture"
    static let classNamesKey = "class_names"
    static let inputShapeKey = "input_shape"
    static let reservedKeys: Set<String> = [formatKey, formatVersionKey, folioVersionKey, architectureKey,
                                           classNamesKey, inputShapeKey]

    var description: ModelDescription
    var classNames: [String]
    var inputShape: [Int]?

    func encoded(extra: [String: String], folioVersion: String) throws -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var entries = extra
        entries[Self.formatKey] = Self.formatName
        entries[Self.formatVersionKey] = Self.formatVersion
        entries[Self.folioVersionKey] = folioVersion
        entries[Self.architectureKey] = String(decoding: try encoder.encode(description), as: UTF8.self)
        entries[Self.classNamesKey] = String(decoding: try encoder.encode(classNames), as: UTF8.self)
        entries[Self.inputShapeKey] = inputShape.map { "[" + $0.map(String.init).joined(separator: ",") + "]" } ?? "null"
        return entries
    }

    /// Reads our entries from a file's metadata; `fail` turns a problem into an error naming the file.
    static func decode(_ metadata: [String: String], fail: (String) -> ModelFileError) throws -> ModelFileMetadata {
        guard let format = metadata[formatKey] else {
            throw fail("not a Folio model file: it is a safetensors file, but its __metadata__ has no \"format\": \"\(formatName)\" (it may come from another tool; its tensors can be read with SafeTensors.read)")
        }
        guard format == formatName else {
            throw fail("not a Folio model file: its format is \"\(format)\", expected \"\(formatName)\"")
        }
        if let version = metadata[formatVersionKey], version != formatVersion {
            let writer = metadata[folioVersionKey].map { " (written by Folio \($0))" } ?? ""
            throw fail("model file format version \(version)\(writer) is not supported; this Folio reads version \(formatVersion)")
        }
        let decoder = JSONDecoder()
        guard let architecture = metadata[architectureKey] else { throw fail("the metadata has no architecture") }
        let description: ModelDescription
        do {
            description = try decoder.decode(ModelDescription.self, from: Data(architecture.utf8))
        } catch {
            throw fail("the architecture in the metadata is not a model description Folio knows: \(shorten(architecture))")
        }
        guard let classText = metadata[classNamesKey] else { throw fail("the metadata has no class_names") }
        guard let classNames = try? decoder.decode([String].self, from: Data(classText.utf8)) else {
            throw fail("class_names must be a JSON list of strings, got \(shorten(classText))")
        }
        guard let shapeText = metadata[inputShapeKey] else { throw fail("the metadata has no input_shape") }
        let inputShape: [Int]?
        do {
            inputShape = try decoder.decode([Int]?.self, from: Data(shapeText.utf8))
        } catch {
            throw fail("input_shape must be a JSON list of whole numbers or null, got \(shorten(shapeText))")
        }
        return ModelFileMetadata(description: description, classNames: classNames, inputShape: inputShape)
    }

    private static func shorten(_ text: String) -> String {
        text.count <= 80 ? "'\(text)'" : "'\(text.prefix(77))...'"
    }
}
