import FolioCore
import Foundation

/// Text beyond the basics, as Swift's String has it: slicing by characters, case, splitting,
/// trimming, and building text (`String(radix:)`, `String(characters)`). Other sequence methods
/// (`map`, `filter` on characters, …) come from the array vocabulary, applied to the characters.
enum TextVocabulary {
    static func text(_ call: Call) throws -> String {
        guard case .string(let s)? = call.receiver else { throw RuntimeError("this member needs a String") }
        return s
    }

    static func method(_ name: String, _ parameters: [Parameter] = [], returns: FolioType, doc: String, example: String,
                       _ body: @escaping (Call, String) throws -> Value) -> Declaration {
        Declaration(.method, owner: "String", name, parameters, returns: returns, doc: doc, example: example) { call in
            try body(call, try text(call))
        }
    }

    static func count(_ call: Call, _ name: String) throws -> Int {
        let n = try call.int(name)
        guard n >= 0 else { throw RuntimeError("the count must be 0 or more, got \(n)") }
        return n
    }

    static var declarations: [Declaration] {
        var append = Declaration(.method, owner: "String", "append", [Parameter(nil, name: "text", .string)], returns: .void,
                                 doc: "Adds text at the end (the String must be a var).", example: "line.append(\"!\")") { _ in .void }
        append.isMutating = true
        append.changeInPlace = { value, call in
            guard case .string(var s) = value else { throw RuntimeError("append needs a String") }
            value = .void
            s += try call.string("text")
            value = .string(s)
            return .void
        }
        return [
            append,
            method("prefix", [Parameter(nil, name: "n", .int)], returns: .string, doc: "The first n characters.", example: "name.prefix(3)") { call, s in
                .string(String(s.prefix(try count(call, "n"))))
            },
            method("suffix", [Parameter(nil, name: "n", .int)], returns: .string, doc: "The last n characters.", example: "name.suffix(3)") { call, s in
                .string(String(s.suffix(try count(call, "n"))))
            },
            method("dropFirst", [Parameter(nil, name: "k", .int, default: .int(1))], returns: .string, doc: "The text without its first k characters.",
                   example: "word.dropFirst()") { call, s in .string(String(s.dropFirst(try count(call, "k")))) },
            method("dropLast", [Parameter(nil, name: "k", .int, default: .int(1))], returns: .string, doc: "The text without its last k characters.",
                   example: "word.dropLast()") { call, s in .string(String(s.dropLast(try count(call, "k")))) },
            method("filter", [Parameter(nil, name: "isIncluded", .function([.string], .bool))], returns: .string,
                   doc: "The characters for which the closure returns true.", example: "word.filter { $0 != \"a\" }") { call, s in
                let f = try call.function("isIncluded")
                var out = ""
                for c in s where try CollectionVocabulary.truth(try f.call([.string(String(c))])) { out.append(c) }
                return .string(out)
            },
            Declaration(.property, owner: "String", "first", returns: .optional(.string), doc: "The first character, or nil when empty.",
                        example: "name.first!") { call in .optional(try text(call).first.map { .string(String($0)) }) },
            Declaration(.property, owner: "String", "last", returns: .optional(.string), doc: "The last character, or nil when empty.",
                        example: "name.last!") { call in .optional(try text(call).last.map { .string(String($0)) }) },
            Declaration(.property, owner: "String", "capitalized", returns: .string, doc: "Each word with a capital first letter.",
                        example: "\"hello world\".capitalized") { call in .string(try text(call).capitalized) },
            method("components", [Parameter("separatedBy", name: "separator", .string)], returns: .array(.string),
                   doc: "The pieces between separators (empty pieces kept).", example: "line.components(separatedBy: \",\")") { call, s in
                let separator = try call.string("separator")
                guard !separator.isEmpty else { throw RuntimeError("the separator must not be empty") }
                return .array(s.components(separatedBy: separator).map { .string($0) })
            },
            method("compare", [Parameter(nil, name: "other", .string)], returns: .named("ComparisonResult"),
                   doc: "How the text orders against another, as Foundation's compare(_:) orders them.",
                   example: "\"apple\".compare(\"banana\") == .orderedAscending") { call, s in
                let order: String
                switch s.compare(try call.string("other")) {
                case .orderedAscending: order = "orderedAscending"
                case .orderedSame: order = "orderedSame"
                case .orderedDescending: order = "orderedDescending"
                }
                return .enumCase(EnumValue(typeName: "ComparisonResult", caseName: order))
            },
            method("trimmingCharacters", [Parameter("in", name: "set", .named("CharacterSet"))], returns: .string,
                   doc: "The text without the set's characters at either end.", example: "line.trimmingCharacters(in: .whitespaces)") { call, s in
                let chosen = try call.enumCase("set")
                let set: CharacterSet
                switch chosen.caseName {
                case "whitespaces": set = .whitespaces
                case "charactersIn":
                    guard case .string(let characters)? = chosen.arguments["characters"] else { throw RuntimeError("CharacterSet(charactersIn:) needs a String") }
                    set = CharacterSet(charactersIn: characters)
                default: set = .whitespacesAndNewlines
                }
                return .string(s.trimmingCharacters(in: set))
            },
            Declaration(.function, "CharacterSet", [Parameter("charactersIn", name: "characters", .string)], returns: .named("CharacterSet"),
                        doc: "The characters of a text, as a set to trim.", example: "\"--x--\".trimmingCharacters(in: CharacterSet(charactersIn: \"-\"))") { call in
                .enumCase(EnumValue(typeName: "CharacterSet", caseName: "charactersIn", arguments: ["characters": .string(try call.string("characters"))]))
            },
            Declaration(.function, "String", [Parameter(nil, name: "characters", .array(.string))], returns: .string,
                        doc: "The characters joined into one text.", example: "String(word.reversed())") { call in
                guard case .array(let items)? = call["characters"] else { throw RuntimeError("String(...) needs characters") }
                return .string(items.map(\.description).joined())
            },
            Declaration(.function, "String", [Parameter(nil, name: "value", .int), Parameter("radix", .int)], returns: .string,
                        doc: "The number written in another base.", example: "String(255, radix: 16)  // ff") { call in
                let radix = try call.int("radix")
                guard (2...36).contains(radix) else { throw RuntimeError("radix must be between 2 and 36, got \(radix)") }
                return .string(String(try call.int("value"), radix: radix))
            },
        ]
    }

    static var characterSet: EnumDeclaration {
        EnumDeclaration("CharacterSet", cases: [.init("whitespaces", doc: "spaces and tabs"), .init("whitespacesAndNewlines", doc: "spaces, tabs and line ends")],
                        doc: "Characters to trim, for trimmingCharacters(in:).")
    }

    static var roundingRule: EnumDeclaration {
        EnumDeclaration("FloatingPointRoundingRule", cases: ["up", "down", "towardZero", "awayFromZero", "toNearestOrAwayFromZero", "toNearestOrEven"].map { .init($0) },
                        doc: "How rounded(_:) rounds.")
    }

    static var comparisonResult: EnumDeclaration {
        EnumDeclaration("ComparisonResult", cases: [.init("orderedAscending"), .init("orderedSame"), .init("orderedDescending")],
                        doc: "How two texts order, from compare(_:).")
    }

    static var floatingPointSign: EnumDeclaration {
        EnumDeclaration("FloatingPointSign", cases: [.init("plus"), .init("minus")], doc: "The sign of a Double, from x.sign.")
    }

    /// Math and number properties Swift programs use.
    static var numbers: [Declaration] {
        var ds: [Declaration] = []
        for (name, f) in [("sin", sin), ("cos", cos), ("log2", log2), ("log10", log10)] as [(String, (Double) -> Double)] {
            ds.append(CoreVocabulary.unary(name, "The \(name) of x.", "\(name)(x)", f))
        }
        ds.append(Declaration(.staticProperty, owner: "Double", "leastNonzeroMagnitude", returns: .double, doc: "The smallest positive Double.",
                              example: "Double.leastNonzeroMagnitude") { _ in .double(Double.leastNonzeroMagnitude) })
        ds.append(Declaration(.method, owner: "Double", "rounded", [Parameter(nil, name: "rule", .named("FloatingPointRoundingRule"))], returns: .double,
                              doc: "Rounds by the rule (.up, .down, .towardZero, ...).", example: "x.rounded(.down)") { call in
            let x = try CoreVocabulary.number(call.receiver ?? .void)
            let rules: [String: FloatingPointRoundingRule] = ["up": .up, "down": .down, "towardZero": .towardZero, "awayFromZero": .awayFromZero,
                                                              "toNearestOrAwayFromZero": .toNearestOrAwayFromZero, "toNearestOrEven": .toNearestOrEven]
            return .double(x.rounded(rules[try call.enumCase("rule").caseName] ?? .toNearestOrAwayFromZero))
        })
        for (name, f) in [("isFinite", { (x: Double) in x.isFinite }), ("isInfinite", { (x: Double) in x.isInfinite })] {
            ds.append(Declaration(.property, owner: "Double", name, returns: .bool, doc: "Whether the value is \(name == "isFinite" ? "finite" : "infinite").",
                                  example: "x.\(name)") { call in .bool(f(try CoreVocabulary.number(call.receiver ?? .void))) })
        }
        ds.append(Declaration(.property, owner: "Double", "sign", returns: .named("FloatingPointSign"), doc: "Whether the value is negative (.minus, also for -0.0) or not (.plus).",
                              example: "x.sign == .minus") { call in
            .enumCase(EnumValue(typeName: "FloatingPointSign", caseName: try CoreVocabulary.number(call.receiver ?? .void).sign == .minus ? "minus" : "plus"))
        })
        ds.append(Declaration(.property, owner: "Double", "magnitude", returns: .double, doc: "The absolute value.", example: "x.magnitude") { call in
            .double(abs(try CoreVocabulary.number(call.receiver ?? .void)))
        })
        ds.append(Declaration(.staticProperty, owner: "Int", "zero", returns: .int, doc: "0.", example: "Int.zero") { _ in .int(0) })
        ds.append(Declaration(.staticProperty, owner: "Double", "zero", returns: .double, doc: "0.0.", example: "Double.zero") { _ in .double(0) })
        ds.append(Declaration(.method, owner: "Int", "signum", returns: .int, doc: "-1, 0 or 1: the sign of the number.", example: "n.signum()") { call in
            guard case .int(let n)? = call.receiver else { throw RuntimeError("signum() needs an Int") }
            return .int(n.signum())
        })
        ds.append(Declaration(.property, owner: "Int", "magnitude", returns: .int, doc: "The absolute value.", example: "n.magnitude") { call in
            guard case .int(let n)? = call.receiver, n != Int.min else { throw RuntimeError("the magnitude does not fit in an Int") }
            return .int(abs(n))
        })
        for name in ["min", "max"] {
            ds.append(Declaration(.function, name, [Parameter(nil, name: "a", .string), Parameter(nil, name: "b", .string)], returns: .string,
                                  doc: "The \(name == "min" ? "first" : "last") of two texts in alphabetical order.", example: "\(name)(\"a\", \"b\")") { call in
                let a = try call.string("a"), b = try call.string("b")
                return .string(name == "min" ? min(a, b) : max(a, b))
            })
        }
        return ds
    }
}
