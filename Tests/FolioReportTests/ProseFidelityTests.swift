import FolioMarkdown
import FolioReport
import Foundation
import XCTest

/// Issue 2: a notebook without cells renders prose identical to the `cmark-gfm` command. The
/// report adds only heading ids and hover anchors, which this test strips before comparing.
final class ProseFidelityTests: XCTestCase {
    func testReportProseIsTheCmarkGFMCommandOutput() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../FolioMarkdownTests/Fixtures/varied.md").standardizedFileURL
        let binary = "/usr/bin/cmark-gfm"
        guard FileManager.default.isExecutableFile(atPath: binary) else { throw XCTSkip("cmark-gfm command not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist", fixture.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        let notebook = try NotebookParser.parse(try String(contentsOf: fixture, encoding: .utf8), path: "varied.md")
        let html = HTMLReport.render(ReportDocument(notebook: notebook, cells: [], facts: RunFacts()))
        guard let start = html.range(of: "<section class=\"prose\">\n"), let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else {
            return XCTFail("no prose section")
        }
        var prose = String(html[start.upperBound..<end.lowerBound])
        prose = prose.replacingOccurrences(of: ##"<a class="anchor" href="#[^"]*" aria-label="Link to this section">#</a>"##, with: "", options: .regularExpression)
        prose = prose.replacingOccurrences(of: ##"<h([1-6]) id="[^"]*">"##, with: "<h$1>", options: .regularExpression)
        XCTAssertEqual(prose, expected)
    }
}
