/// Gives every heading in cmark-gfm's HTML an `id` (a slug of its text) and collects them for the
/// table of contents. cmark writes headings as bare `<hN>` tags and, in its safe default, omits
/// raw HTML, so every `<hN>` in its output is a real heading.
struct HeadingAnchors {
    struct Heading: Equatable {
        var level: Int
        /// The heading's text content, tags removed, entities as cmark wrote them.
        var textHTML: String
        var id: String
    }

    private(set) var headings: [Heading] = []
    private var used: [String: Int] = [:]

    /// Reserves ids that headings must not take (cell anchors).
    mutating func reserve(_ id: String) { used[id, default: 0] += 1 }

    /// The HTML with ids and a hover anchor link added to each heading.
    mutating func process(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var rest = Substring(html)
        while let open = rest.range(of: "<h") {
            let afterH = rest[open.upperBound...]
            guard let digit = afterH.first, let level = digit.wholeNumberValue, (1...6).contains(level),
                  afterH.dropFirst().first == ">",
                  let close = afterH.range(of: "</h\(level)>") else {
                out += rest[..<open.upperBound]
                rest = afterH
                continue
            }
            out += rest[..<open.lowerBound]
            let inner = afterH[afterH.index(afterH.startIndex, offsetBy: 2)..<close.lowerBound]
            let text = Self.strippingTags(String(inner))
            let id = uniqueSlug(text)
            headings.append(Heading(level: level, textHTML: text, id: id))
            out += "<h\(level) id=\"\(id)\">\(inner)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a></h\(level)>"
            rest = afterH[close.upperBound...]
        }
        out += rest
        return out
    }

    private mutating func uniqueSlug(_ textHTML: String) -> String {
        let base = Self.slug(textHTML)
        let count = used[base, default: 0]
        used[base] = count + 1
        return count == 0 ? base : "\(base)-\(count)"
    }

    /// Lowercase letters and digits, words joined by '-'. Entities are dropped first.
    static func slug(_ textHTML: String) -> String {
        var text = ""
        var inEntity = false
        for ch in textHTML {
            if ch == "&" { inEntity = true; continue }
            if inEntity { if ch == ";" { inEntity = false }; continue }
            text.append(ch)
        }
        var slug = ""
        var pendingDash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.append(ch)
            } else if ch == " " || ch == "-" || ch == "_" {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    static func strippingTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for ch in html {
            if ch == "<" { inTag = true; continue }
            if ch == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(ch) }
        }
        return out
    }
}
