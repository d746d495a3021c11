import FolioCore
import Foundation

/// Numbers and text as Swift writes them: constants (`Double.pi`, `Int.max`), `squareRoot()`,
/// conversions that may fail (`Int("42")` is an `Int?`), `String(repeating:count:)` and
/// `String(format:)`.
enum NumberVocabulary {
    static var declarations: [Declaration] {
        var ds: [Declaration] = []
        func constant(_ owner: String, _ name: String, _ value: Value, doc: String) -> Declaration {
            Declaration(.staticProperty, owner: owner, name, returns: value.type, doc: doc, example: "\(owner).\(name)") { _ in value }
        }
        ds.append(constant("Double", "pi", .double(Double.pi), doc: "π, 3.141592653589793."))
        ds.append(constant("Double", "infinity", .double(Double.infinity), doc: "Positive infinity."))
        ds.append(constant("Double", "nan", .double(Double.nan), doc: "Not a number."))
        ds.append(constant("Double", "greatestFiniteMagnitude", .double(Double.greatestFiniteMagnitude), doc: "The largest finite Double."))
        ds.append(constant("Int", "max", .int(Int.max), doc: "The largest Int, 9223372036854775807."))
        ds.append(constant("Int", "min", .int(Int.min), doc: "The smallest Int, -9223372036854775808."))
        func doubleMethod(_ name: String, _ parameters: [Parameter] = [], returns: FolioType = .double, doc: String, example: String,
                          _ body: @escaping (Double, Call) throws -> Value) -> Declaration {
            Declaration(.method, owner: "Double", name, parameters, returns: returns, doc: doc, example: example) { call in
                try body(try CoreVocabulary.number(call.receiver ?? .void), call)
            }
        }
        ds.append(doubleMethod("squareRoot", doc: "The square root.", example: "x.squareRoot()") { x, _ in .double(x.squareRoot()) })
        ds.append(doubleMethod("truncatingRemainder", [Parameter("dividingBy", name: "divisor", .double)], doc: "The remainder of x / divisor, toward zero.",
                               example: "x.truncatingRemainder(dividingBy: 1.0)") { x, call in
            .double(x.truncatingRemainder(dividingBy: try call.double("divisor")))
        })
        ds.append(doubleMethod("remainder", [Parameter("dividingBy", name: "divisor", .double)], doc: "The IEEE remainder of x / divisor: x minus the nearest multiple (7.0 by 4 is -1.0).",
                               example: "x.remainder(dividingBy: 4)") { x, call in
            .double(x.remainder(dividingBy: try call.double("divisor")))
        })
        ds.append(Declaration(.property, owner: "Double", "isNaN", returns: .bool, doc: "Whether the value is not a number.", example: "x.isNaN") { call in
            .bool(try CoreVocabulary.number(call.receiver ?? .void).isNaN)
        })
        ds.append(Declaration(.method, owner: "Int", "isMultiple", [Parameter("of", name: "other", .int)], returns: .bool,
                              doc: "Whether the number is a multiple of another.", example: "n.isMultiple(of: 2)") { call in
            guard case .int(let n)? = call.receiver else { throw RuntimeError("isMultiple(of:) needs an Int") }
            return .bool(n.isMultiple(of: try call.int("other")))
        })
        for name in ["min", "max"] {
            let pickMin = name == "min"
            for type in [FolioType.int, .double] {
                ds.append(Declaration(.function, name, [Parameter(nil, name: "a", type), Parameter(nil, name: "b", type),
                                                        Parameter(nil, name: "rest", type, variadic: true)], returns: type,
                                      doc: "The \(pickMin ? "smallest" : "largest") of three or more numbers.", example: "\(name)(3, 7, 5)") { call in
                    guard case .array(let rest)? = call["rest"] else { throw RuntimeError("\(name) needs numbers") }
                    var values = [call["a"] ?? .void, call["b"] ?? .void] + rest
                    if type == .double { values = values.map { $0.coerced(to: .double) } }
                    var best = values[0]
                    for v in values.dropFirst() where try CollectionVocabulary.less(pickMin ? v : best, pickMin ? best : v) { best = v }
                    return best
                })
            }
        }
        ds.append(Declaration(.function, "String", [Parameter("repeating", name: "text", .string), Parameter("count", .int)], returns: .string,
                              doc: "The text repeated count times.", example: "String(repeating: \"-\", count: 20)") { call in
            let count = try call.int("count")
            guard count >= 0 else { throw RuntimeError("count must be 0 or more, got \(count)") }
            return .string(String(repeating: try call.string("text"), count: count))
        })
        ds.append(Declaration(.function, "String", [Parameter("format", .string), Parameter(nil, name: "arguments", .any, variadic: true)], returns: .string,
                              doc: "Text with %d, %f, %.2f, %e, %s and %@ replaced by the values, as C's printf writes them.",
                              example: "String(format: \"%.2f\", 0.98765)  // 0.99") { call in
            guard case .array(let values)? = call["arguments"] else { throw RuntimeError("String(format:) needs values") }
            return .string(try format(try call.string("format"), values))
        })
        return ds
    }

    /// `Int("42")` and `Double("0.5")`: nil when the text is not a number, as in Swift.
    static var parsing: [Declaration] {
        [
            Declaration(.function, "Int", [Parameter(nil, name: "text", .string)], returns: .optional(.int),
                        doc: "The whole number a text spells, or nil.", example: "Int(\"42\") ?? 0") { call in
                .optional(Int(try call.string("text")).map { .int($0) })
            },
            Declaration(.function, "Double", [Parameter(nil, name: "text", .string)], returns: .optional(.double),
                        doc: "The number a text spells, or nil.", example: "Double(\"0.5\") ?? 0") { call in
                .optional(Double(try call.string("text")).map { .double($0) })
            },
        ]
    }

    /// printf-style formatting of notebook values, one conversion at a time (Foundation's
    /// `String(format:)` cannot take `Value`s, and `%s` there expects a C string).
    static func format(_ format: String, _ values: [Value]) throws -> String {
        var out = ""
        var chars = Array(format)
        var i = 0, next = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "%" else { out.append(c); i += 1; continue }
            var j = i + 1
            var spec = "%"
            while j < chars.count, "-+ 0#.123456789".contains(chars[j]) { spec.append(chars[j]); j += 1 }
            guard j < chars.count else { throw RuntimeError("the format ends in the middle of '\(spec)'") }
            var conversion = chars[j]
            if conversion == "l", j + 1 < chars.count { j += 1; conversion = chars[j] }
            i = j + 1
            if conversion == "%" { out.append("%"); continue }
            guard next < values.count else { throw RuntimeError("the format has more % conversions than values (\(values.count))") }
            let value = values[next]
            next += 1
            switch conversion {
            case "d", "i":
                guard case .int(let n) = value else { throw RuntimeError("%\(conversion) needs an Int, got \(value.type)") }
                out += String(format: spec + "ld", n)
            case "x", "X", "o":
                guard case .int(let n) = value else { throw RuntimeError("%\(conversion) needs an Int, got \(value.type)") }
                out += String(format: spec + "l" + String(conversion), n)
            case "f", "F", "e", "E", "g", "G":
                let d: Double
                switch value {
                case .double(let v): d = v
                case .int(let v): d = Double(v)
                default: throw RuntimeError("%\(conversion) needs a number, got \(value.type)")
                }
                out += String(format: spec + String(conversion), d)
            case "s", "@":
                var text = value.description
                let width = Int(spec.dropFirst().filter(\.isNumber).prefix { _ in true }.split(separator: ".").first.map(String.init) ?? "") ?? 0
                if text.count < width { text = spec.contains("-") ? text + String(repeating: " ", count: width - text.count) : String(repeating: " ", count: width - text.count) + text }
                out += text
            default:
                throw RuntimeError("unsupported conversion '%\(conversion)' in the format", fix: "use %d, %f, %.2f, %e, %s or %@")
            }
        }
        _ = chars
        chars = []
        return out
    }
}
