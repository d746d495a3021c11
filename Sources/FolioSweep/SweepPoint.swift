/// One combination of param values in a sweep: an ordinary run with those `-p` overrides.
public struct SweepPoint: Codable, Hashable, Sendable {
    public struct Setting: Codable, Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// Its place in the sweep; also its task number in a Slurm job array.
    public var index: Int
    public var settings: [Setting]

    public init(index: Int, settings: [Setting]) {
        self.index = index
        self.settings = settings
    }

    /// `lr=0.01,width=64`: the point's report is `sweep/NAME.html`.
    public var name: String {
        settings.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
    }

    /// The name, with anything a file name cannot hold (or that a shell or URL would mangle)
    /// replaced by `_`.
    public var fileName: String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-=,+")
        let cleaned = String(name.map { allowed.contains($0) ? $0 : "_" })
        return cleaned.isEmpty || cleaned.hasPrefix(".") ? "point" + cleaned : cleaned
    }

    public func value(of name: String) -> String? {
        settings.first { $0.name == name }?.value
    }
}
