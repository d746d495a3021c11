import FolioCore
import FolioLanguage
import FolioMarkdown

/// Turns front-matter params and `-p key=value` overrides into language constants. An override
/// takes the type of the param's default; an unknown key or a value of the wrong type is an error
/// that lists the params the notebook has.
enum ParamResolver {
    static func resolve(_ declared: [(name: String, value: ParamValue)], overrides: [(key: String, value: String)],
                        notebookPath: String) throws -> [(name: String, value: Value)] {
        var resolved = declared.map { (name: $0.name, value: value(of: $0.value)) }
        for (key, text) in overrides {
            guard let index = resolved.firstIndex(where: { $0.name == key }) else {
                let known = declared.isEmpty ? "it declares no params (add them under 'params:' in the front matter)"
                    : "its params are: " + declared.map { "\($0.name) (\(typeName($0.value)), default \(display($0.value)))" }.joined(separator: ", ")
                let suggestion = Suggestions.closest(to: key, in: declared.map(\.name), limit: 1).first.map { "did you mean '\($0)'? " } ?? ""
                throw Diagnostic(.error, "unknown param '\(key)' for \(notebookPath)", fix: suggestion + known)
            }
            guard let parsed = parse(text, like: declared[index].value) else {
                throw Diagnostic(.error, "param '\(key)' expects \(article(typeName(declared[index].value))) \(typeName(declared[index].value)), got '\(text)'",
                                 fix: "write it like -p \(key)=\(display(declared[index].value))")
            }
            resolved[index].value = parsed
        }
        return resolved
    }

    static func value(of param: ParamValue) -> Value {
        switch param {
        case .int(let v): return .int(v)
        case .double(let v): return .double(v)
        case .string(let v): return .string(v)
        case .bool(let v): return .bool(v)
        }
    }

    static func parse(_ text: String, like param: ParamValue) -> Value? {
        switch param {
        case .int: return Int(text.replacingOccurrences(of: "_", with: "")).map(Value.int)
        case .double: return Double(text).map(Value.double)
        case .string: return .string(text)
        case .bool:
            switch text.lowercased() {
            case "true", "yes", "1": return .bool(true)
            case "false", "no", "0": return .bool(false)
            default: return nil
            }
        }
    }

    static func typeName(_ param: ParamValue) -> String {
        switch param {
        case .int: return "Int"
        case .double: return "Double"
        case .string: return "String"
        case .bool: return "Bool"
        }
    }

    static func display(_ param: ParamValue) -> String { value(of: param).description }

    private static func article(_ word: String) -> String { word.first.map { "AEIOU".contains($0) } == true ? "an" : "a" }
}
