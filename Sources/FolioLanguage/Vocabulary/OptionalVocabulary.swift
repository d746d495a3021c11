import FolioCore

/// The methods of an optional itself (`s.map { $0.count }`, `s.flatMap { Int($0) }`), as Swift's
/// `Optional` has them: nil stays nil, a value goes through the closure.
enum OptionalVocabulary {
    static let wrapped = FolioType.element
    static let result = FolioType.named("Result")

    /// The wrapped value, or nil when the optional is nil.
    static func value(_ call: Call) -> Value? {
        switch call.receiver {
        case .optional(let v?)?: return v
        case .optional(nil)?, .void?, nil: return nil
        case let v?: return v
        }
    }

    static var declarations: [Declaration] {
        [
            Declaration(.method, owner: "Optional", "map", [Parameter(nil, name: "transform", .function([wrapped], result), doc: "the new value for the wrapped one")],
                        returns: .optional(result), doc: "nil when the optional is nil, else the closure's result as an optional.",
                        example: "Int(\"12\").map { $0 * 2 }  // Optional(24)") { call in
                guard let v = value(call) else { return .optional(nil) }
                return .optional(try call.function("transform").call(v))
            },
            Declaration(.method, owner: "Optional", "flatMap", [Parameter(nil, name: "transform", .function([wrapped], .optional(result)),
                                                                          doc: "an optional new value for the wrapped one")],
                        returns: .optional(result), doc: "nil when the optional or the closure's result is nil, else that result.",
                        example: "text.flatMap { Int($0) }") { call in
                guard let v = value(call) else { return .optional(nil) }
                let mapped = try call.function("transform").call(v)
                switch mapped {
                case .optional: return mapped
                case .void: return .optional(nil)
                default: return .optional(mapped)
                }
            },
        ]
    }
}
