import FolioMarkdown
import Foundation
import XCTest

final class MarkdownHTMLTests: XCTestCase {
    /// Runs the `cmark-gfm` command on `file` with Folio's extensions; nil when it is not installed.
    private func cmarkCommand(_ file: String) throws -> String? {
        let candidates = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"]
        guard let binary = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testProseMatchesTheCmarkGFMCommandOnAVariedFile() throws {
        guard let expected = try cmarkCommand(Fixture.path("varied.md")) else {
            throw XCTSkip("cmark-gfm command not installed (apt-get install cmark-gfm)")
        }
        let text = try Fixture.text("varied.md")
        XCTAssertEqual(MarkdownHTML.render(text), expected)
        // The same file as a notebook without cells is one prose block that renders the same.
        let notebook = try NotebookParser.parse(text, path: "varied.md")
        XCTAssertTrue(notebook.cells.isEmpty)
        XCTAssertEqual(notebook.blocks.count, 1)
        guard case .prose(let prose)? = notebook.blocks.first else { return XCTFail("expected prose") }
        XCTAssertEqual(MarkdownHTML.render(prose.markdown), expected)
        // Sanity: the fixture really exercises the extensions.
        for fragment in ["<table>", "<del>", "type=\"checkbox\"", "<a href=\"http://www.commonmark.org\">", "<blockquote>", "数字"] {
            XCTAssertTrue(expected.contains(fragment), "fixture should produce \(fragment)")
        }
    }

    func testFrontMatterDoesNotChangeTheProseHTML() throws {
        let body = try Fixture.text("varied.md")
        let withMatter = "---\ntitle: T\nparams:\n  n: 1\n---\n" + body
        let notebook = try NotebookParser.parse(withMatter, path: "x.md")
        guard case .prose(let prose)? = notebook.blocks.first else { return XCTFail("expected prose") }
        XCTAssertEqual(MarkdownHTML.render(prose.markdown), MarkdownHTML.render(body))
        XCTAssertEqual(prose.firstLine, 6)
    }

    func testRawHTMLIsOmittedAndScriptsNeverPass() {
        let html = MarkdownHTML.render("<script>alert(1)</script>\n\nText <script>x</script> `<script>`\n")
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;"))
    }
}
