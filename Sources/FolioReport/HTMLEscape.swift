/// Escaping for text and attribute values in HTML. Every string that is not markup Folio made
/// itself passes through here.
public enum HTMLEscape {
    public static func text(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Same as `text`; a separate name so the intent is clear at the call site.
    public static func attribute(_ s: String) -> String { text(s) }
}
