import Foundation

/// The safetensors format (https://github.com/huggingface/safetensors): an 8-byte little-endian
/// header length N, N bytes of JSON header (padded with spaces to a multiple of 8), then the raw
/// little-endian tensor data. The header maps each tensor name to its dtype, shape and
/// `data_offsets` [begin, end) relative to the start of the data, and may hold a string-to-string
/// `__metadata__`. Folio writes F32 tensors sorted by name (as the reference implementation does
/// for tensors of one dtype), so the same model always gives the same bytes.
public enum SafeTensors {
    /// Headers larger than this are refused: real headers are kilobytes, and the limit keeps a
    /// corrupt length from making us parse (or allocate) gigabytes.
    public static let maximumHeaderLength = 100_000_000
    static let metadataKey = "__metadata__"

    // MARK: Encoding

    /// The bytes of a safetensors file holding `tensors` as F32 and `metadata` as `__metadata__`.
    public static func encode(_ tensors: [NamedArray], metadata: [String: String] = [:],
                              file: String = "<memory>") throws -> Data {
        let fail = { (problem: String) in ModelFileError(file: file, problem: problem) }
        let ordered = tensors.sorted { $0.name < $1.name }
        var header: [String: Any] = [:]
        if !metadata.isEmpty { header[metadataKey] = metadata }
        var offset = 0
        for tensor in ordered {
            guard !tensor.name.isEmpty, tensor.name != metadataKey else {
                throw fail("a tensor cannot be called '\(tensor.name)'")
            }
            guard header[tensor.name] == nil else { throw fail("two tensors are called '\(tensor.name)'") }
            let elements = try elementCount(tensor.shape, name: tensor.name, fail: fail)
            guard elements == tensor.values.count else {
                throw fail("tensor '\(tensor.name)' has shape \(formatShape(tensor.shape)) (\(elements) values) but \(tensor.values.count) values")
            }
            let end = offset + elements * 4
            header[tensor.name] = ["dtype": SafeTensorsDType.f32.rawValue, "shape": tensor.shape,
                                   "data_offsets": [offset, end]] as [String: Any]
            offset = end
        }
        var json: Data
        do {
            json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw fail("cannot write the header as JSON: \(error.localizedDescription)")
        }
        let padding = (8 - json.count % 8) % 8
        json.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: padding))

        var bytes = Data(count: 8 + json.count + offset)
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: UInt64(json.count).littleEndian, toByteOffset: 0, as: UInt64.self)
            json.withUnsafeBytes { header in
                guard let source = header.baseAddress, let target = raw.baseAddress else { return }
                (target + 8).copyMemory(from: source, byteCount: header.count)
            }
            var position = 8 + json.count
            for tensor in ordered {
                storeLittleEndian(tensor.values, into: raw, at: position)
                position += tensor.values.count * 4
            }
        }
        return bytes
    }

    /// Copies Floats as little-endian F32: one memcpy on little-endian machines (all Folio runs on).
    private static func storeLittleEndian(_ values: [Float], into raw: UnsafeMutableRawBufferPointer, at position: Int) {
        #if _endian(little)
        values.withUnsafeBytes { source in
            guard let from = source.baseAddress, let to = raw.baseAddress, source.count > 0 else { return }
            (to + position).copyMemory(from: from, byteCount: source.count)
        }
        #else
        for (index, value) in values.enumerated() {
            raw.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: position + index * 4, as: UInt32.self)
        }
        #endif
    }

    /// Writes `tensors` and `metadata` to `url` atomically (see `AtomicFile.write`).
    public static func write(_ tensors: [NamedArray], metadata: [String: String] = [:], to url: URL) throws {
        let data = try encode(tensors, metadata: metadata, file: url.path)
        try ModelFileError.writing(data, to: url)
    }

    // MARK: Decoding

    /// Reads and validates the safetensors file at `url`.
    public static func read(from url: URL) throws -> SafeTensorsContents {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ModelFileError(file: url.path, problem: "cannot read the file: \(describe(error))")
        }
        return try decode(data, file: url.path)
    }

    /// Parses and validates safetensors bytes; `file` names the source in error messages.
    public static func decode(_ data: Data, file: String = "<memory>") throws -> SafeTensorsContents {
        let fail = { (problem: String) in ModelFileError(file: file, problem: problem) }
        guard data.count >= 8 else {
            throw fail("the file is too short (\(data.count) bytes) to be a safetensors file, which starts with an 8-byte header length")
        }
        let declared = data.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: 0, as: UInt64.self)) }
        guard declared <= UInt64(maximumHeaderLength) else {
            throw fail("the header length \(declared) is absurd (more than \(maximumHeaderLength) bytes); the file is corrupt or not a safetensors file")
        }
        let headerLength = Int(declared)
        guard headerLength <= data.count - 8 else {
            throw fail("the header length says \(headerLength) bytes but only \(data.count - 8) follow it; the file is truncated or not a safetensors file")
        }
        let headerStart = data.startIndex + 8
        let headerData = Data(data[headerStart..<(headerStart + headerLength)])
        let dataStart = 8 + headerLength
        let dataLength = data.count - dataStart

        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: headerData, options: [.fragmentsAllowed])
        } catch {
            throw fail("the header is not valid JSON")
        }
        guard parsed is [String: Any] else { throw fail("the header is not a JSON object") }
        let entries: [String: SafeTensorsHeaderEntry]
        let metadata: [String: String]
        do {
            entries = try JSONDecoder().decode([String: SafeTensorsHeaderEntry].self, from: headerData)
        } catch {
            throw fail("the header is not a JSON object of tensor entries")
        }
        do {
            metadata = try JSONDecoder().decode(SafeTensorsMetadataEntry.self, from: headerData).metadata ?? [:]
        } catch {
            throw fail("__metadata__ must be a JSON object whose values are all strings")
        }

        var located: [(name: String, dtype: SafeTensorsDType, shape: [Int], begin: Int, end: Int)] = []
        // In name order, so that of several bad entries the same one is always reported.
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) where name != metadataKey {
            guard entry.isObject else { throw fail("the header entry for tensor '\(name)' is not a JSON object") }
            guard let dtypeName = entry.dtype else { throw fail("tensor '\(name)' has no dtype string") }
            guard let dtype = SafeTensorsDType(rawValue: dtypeName) else {
                throw fail("tensor '\(name)' has dtype '\(dtypeName)', which Folio cannot read (it reads \(SafeTensorsDType.supportedList))")
            }
            guard let shape = entry.shape else {
                throw fail("tensor '\(name)' has no shape, or its shape is not a list of whole numbers")
            }
            guard let offsets = entry.dataOffsets, offsets.count == 2 else {
                throw fail("tensor '\(name)' needs data_offsets [begin, end] of two whole numbers")
            }
            let elements = try elementCount(shape, name: name, fail: fail)
            let (byteCount, overflow) = elements.multipliedReportingOverflow(by: dtype.byteSize)
            guard !overflow else { throw fail("tensor '\(name)' of shape \(formatShape(shape)) is too large") }
            let (begin, end) = (offsets[0], offsets[1])
            guard begin >= 0, begin <= end else {
                throw fail("tensor '\(name)' has data_offsets [\(begin), \(end)], which do not make a range")
            }
            guard end <= dataLength else {
                throw fail("tensor '\(name)' has data_offsets [\(begin), \(end)] beyond the \(dataLength) bytes of data; the file is truncated or corrupt")
            }
            guard end - begin == byteCount else {
                throw fail("tensor '\(name)' has data_offsets [\(begin), \(end)] (\(end - begin) bytes) but its shape \(formatShape(shape)) of \(dtype.rawValue) needs \(byteCount) bytes")
            }
            located.append((name, dtype, shape, begin, end))
        }
        located.sort { ($0.begin, $0.end, $0.name) < ($1.begin, $1.end, $1.name) }
        var covered = 0
        for tensor in located {
            guard tensor.begin >= covered else {
                throw fail("tensor '\(tensor.name)' (bytes \(tensor.begin)..<\(tensor.end)) overlaps the tensor before it")
            }
            guard tensor.begin == covered else {
                throw fail("bytes \(covered)..<\(tensor.begin) of the data belong to no tensor")
            }
            covered = tensor.end
        }
        guard covered == dataLength else {
            throw fail("bytes \(covered)..<\(dataLength) at the end of the data belong to no tensor")
        }

        let tensors = data.withUnsafeBytes { raw in
            located.map { tensor in
                NamedArray(name: tensor.name, shape: tensor.shape,
                           values: tensor.dtype.decode(raw, offset: dataStart + tensor.begin,
                                                       count: (tensor.end - tensor.begin) / tensor.dtype.byteSize))
            }
        }
        return SafeTensorsContents(tensors: tensors, metadata: metadata)
    }

    /// The number of elements of `shape`, refusing negative sizes and overflow.
    static func elementCount(_ shape: [Int], name: String, fail: (String) -> ModelFileError) throws -> Int {
        var total = 1
        for size in shape {
            guard size >= 0 else { throw fail("tensor '\(name)' has a negative size in its shape \(formatShape(shape))") }
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow else { throw fail("tensor '\(name)' has a shape \(formatShape(shape)) too large to count") }
            total = product
        }
        return total
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? CocoaError, let underlying = error.underlying {
            return underlying.localizedDescription
        }
        return error.localizedDescription
    }
}
