import CCmarkGFM
import Foundation

/// The one place that calls cmark-gfm. Every function here creates its C objects, copies what it
/// needs into Swift values, and frees everything before it returns: no C pointer escapes.
enum Cmark {
    /// The GFM extensions Folio turns on, as the `cmark-gfm` command does with
    /// `-e table -e strikethrough -e autolink -e tagfilter -e tasklist`.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// How deep the copied Swift tree goes. Deeper nodes are dropped (and the parent marked
    /// truncated) so that a pathological notebook cannot exhaust the stack when the tree is freed.
    static let maximumDepth = 200

    /// Registers the core extensions exactly once (Swift globals are initialised lazily and atomically).
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parses `text` and hands the live C document to `body`, then frees parser and document.
    /// `extensions` is the parser's list of attached syntax extensions, which the HTML renderer
    /// needs (tagfilter and tasklist act while rendering). Nil only if cmark cannot allocate.
    static func withDocument<T>(_ text: String, options: Int32,
                                _ body: (_ document: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> T) -> T? {
        _ = registered
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// HTML for `text`, rendered with `options` and the parser's extensions.
    static func html(_ text: String, options: Int32) -> String {
        let html = withDocument(text, options: options) { document, extensions -> String in
            guard let cString = cmark_render_html(document, options, extensions) else { return "" }
            defer { free(cString) }
            return String(cString: cString)
        }
        return html ?? ""
    }

    /// The syntax tree of `text` with source positions, copied into Swift values.
    static func tree(_ text: String) -> MarkdownNode {
        let tree = withDocument(text, options: CMARK_OPT_SOURCEPOS) { document, _ in copyTree(document) }
        return tree ?? MarkdownNode(kind: "document")
    }

    /// The document's top-level blocks (without children) and every fenced code block nested
    /// deeper: all a notebook needs, without copying the text of every inline node.
    static func outline(_ text: String) -> (topLevel: [MarkdownNode], nestedCode: [MarkdownNode]) {
        let result = withDocument(text, options: CMARK_OPT_SOURCEPOS) { document, _ -> ([MarkdownNode], [MarkdownNode]) in
            var topLevel: [MarkdownNode] = [], nested: [MarkdownNode] = []
            guard let iterator = cmark_iter_new(document) else { return ([], []) }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != document else { continue }
                if cmark_node_parent(node) == document {
                    topLevel.append(copyNode(node))
                } else if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK {
                    nested.append(copyNode(node))
                }
            }
            return (topLevel, nested)
        }
        return result ?? ([], [])
    }

    /// Walks the C tree without recursion (an explicit stack), so nesting depth cannot overflow.
    private static func copyTree(_ root: OpaquePointer) -> MarkdownNode {
        struct Frame { var value: MarkdownNode; var nextChild: OpaquePointer? }
        var frames = [Frame(value: copyNode(root), nextChild: cmark_node_first_child(root))]
        while let top = frames.last {
            if let child = top.nextChild {
                frames[frames.count - 1].nextChild = cmark_node_next(child)
                if frames.count >= maximumDepth {
                    frames[frames.count - 1].value.isTruncated = true
                    continue
                }
                frames.append(Frame(value: copyNode(child), nextChild: cmark_node_first_child(child)))
            } else {
                let done = frames.removeLast()
                if frames.isEmpty { return done.value }
                frames[frames.count - 1].value.children.append(done.value)
            }
        }
        return MarkdownNode(kind: "document")
    }

    private static func copyNode(_ node: OpaquePointer) -> MarkdownNode {
        let kind = cmark_node_get_type_string(node).map { String(cString: $0) } ?? "unknown"
        var value = MarkdownNode(kind: kind,
                                 startLine: Int(cmark_node_get_start_line(node)),
                                 startColumn: Int(cmark_node_get_start_column(node)),
                                 endLine: Int(cmark_node_get_end_line(node)),
                                 endColumn: Int(cmark_node_get_end_column(node)))
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            value.literal = cmark_node_get_literal(node).map { String(cString: $0) }
        case CMARK_NODE_HTML_BLOCK:
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            value.literal = literal
            // cmark reports an HTML block's end before its start; recompute it from the text.
            let lineCount = max(1, literal.split(separator: "\n", omittingEmptySubsequences: false).count - (literal.hasSuffix("\n") ? 1 : 0))
            value.endLine = value.startLine + lineCount - 1
            value.endColumn = (literal.split(separator: "\n").last?.utf8.count ?? 0)
        case CMARK_NODE_CODE_BLOCK:
            value.literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            var length: Int32 = 0, offset: Int32 = 0
            var character: CChar = 0
            value.isFenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            if value.isFenced {
                value.fenceInfo = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                value.fenceLength = Int(length)
                value.fenceCharacter = character == 0 ? nil : Character(Unicode.Scalar(UInt8(bitPattern: character)))
            }
        case CMARK_NODE_HEADING:
            value.headingLevel = Int(cmark_node_get_heading_level(node))
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            value.url = cmark_node_get_url(node).map { String(cString: $0) }
        default:
            break  // extension and other node kinds carry only their kind string and range
        }
        return value
    }
}
