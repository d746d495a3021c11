/// One entry of a safetensors JSON header as found, before validation. Decoding never fails on a
/// malformed entry; the fields that are absent or of the wrong JSON type are left nil, so the
/// validation can say precisely which one is wrong.
struct SafeTensorsHeaderEntry: Decodable {
    var isObject = true
    var dtype: String?
    var shape: [Int]?
    var dataOffsets: [Int]?

    private enum Key: String, CodingKey {
        case dtype, shape
        case dataOffsets = "data_offsets"
    }

    init(from decoder: Decoder) throws {
        guard let container = try? decoder.container(keyedBy: Key.self) else {
            isObject = false
            return
        }
        dtype = try? container.decode(String.self, forKey: .dtype)
        shape = try? container.decode([Int].self, forKey: .shape)
        dataOffsets = try? container.decode([Int].self, forKey: .dataOffsets)
    }
}

/// The `__metadata__` entry alone: a map of strings to strings, when present.
struct SafeTensorsMetadataEntry: Decodable {
    var metadata: [String: String]?

    private enum CodingKeys: String, CodingKey {
        case metadata = "__metadata__"
    }
}
