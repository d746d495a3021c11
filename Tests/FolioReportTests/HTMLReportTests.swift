import FolioCore
import FolioReport
import Foundation
import XCTest

final class HTMLReportTests: XCTestCase {
    func testSampleReportGolden() throws {
        let html = HTMLReport.render(try SampleReport.document(), highlight: SampleReport.highlight)
        golden.assertMatches(html, "sample.html")
    }

    func testStructure() throws {
        let doc = try SampleReport.document()
        let html = HTMLReport.render(doc)
        // Banner links to the first failed cell, which exists.
        XCTAssertTrue(html.contains("<div class=\"failure-banner\" role=\"alert\">"))
        XCTAssertTrue(html.contains("href=\"#cell-4\">Go to the error"))
        XCTAssertTrue(html.contains("<section class=\"cell cell-failed\" id=\"cell-4\" data-label=\"evaluate\">"))
        // Headings have anchors and the contents list links to them.
        XCTAssertTrue(html.contains("<h1 id=\"explore-the-data\">Explore the data<a class=\"anchor\" href=\"#explore-the-data\""))
        XCTAssertTrue(html.contains("<li class=\"toc-level-2\"><a href=\"#evaluate\">Evaluate</a></li>"))
        // Facts: date, duration, version, params, data file with size and hash.
        for fragment in ["2026-11-18 ", "13.37 s", "0.1.0", "<span class=\"param-name\">epochs</span> = 3",
                         "data/mnist_5k.csv.gz", "2.3 MB", "9b3c0a4f5e2d1c8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a09"] {
            XCTAssertTrue(html.contains(fragment), "missing \(fragment)")
        }
        // Numeric table columns are right-aligned; figures are numbered with captions.
        XCTAssertTrue(html.contains("<th class=\"num\">count</th>"))
        XCTAssertTrue(html.contains("<td class=\"num\">563</td>"))
        XCTAssertTrue(html.contains("<figcaption>Figure 1: 12 samples</figcaption>"))
        XCTAssertTrue(html.contains("<figcaption>Figure 2: Training history</figcaption>"))
        // Statuses.
        XCTAssertTrue(html.contains("<p class=\"cell-note\">Skipped: it uses &#39;evaluation&#39;, which cell 4 (evaluate) failed to define</p>"))
        XCTAssertTrue(html.contains("<span class=\"cell-time\" title=\"from the cache: this is how long the cell took when it last ran\">12.50 s · cached</span>"))
        XCTAssertTrue(html.contains("<p class=\"cell-note\">Not run.</p>"))
        // Durations.
        XCTAssertTrue(html.contains("<span class=\"cell-time\">412 ms</span>"))
        XCTAssertTrue(html.contains("<span class=\"cell-time\">&lt;1 ms</span>"))
    }

    func testSelfContained() throws {
        let html = HTMLReport.render(try SampleReport.document())
        for forbidden in ["<script", "<link", "@import", "src=\"http", "url(http"] {
            XCTAssertFalse(html.contains(forbidden), "report must not contain \(forbidden)")
        }
        XCTAssertTrue(html.contains("@media (prefers-color-scheme: dark)"))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("<meta name=\"viewport\""))
    }

    func testEchoFalseHidesCodeAndOutputFalseKeepsOnlyErrors() {
        let error = Diagnostic(.error, "boom", at: SourceLocation(file: "a.md", line: 3, column: 1))
        let doc = ReportDocument(title: "T", blocks: [
            .cell(CellReport(index: 0, code: "secretCode()", echo: false, outputs: [.text("shown")], firstLine: 2)),
            .cell(CellReport(index: 1, code: "x", showOutput: false, outputs: [.text("hidden text"), .error(error)], status: .failed, firstLine: 6)),
        ], sourcePath: "a.md")
        let html = HTMLReport.render(doc)
        XCTAssertFalse(html.contains("secretCode"))
        XCTAssertTrue(html.contains("<pre class=\"out-text\">shown</pre>"))
        XCTAssertFalse(html.contains("hidden text"))
        XCTAssertTrue(html.contains("<p class=\"error-message\">boom</p>"))
    }

    func testNoBannerWhenEverythingRan() {
        let doc = ReportDocument(title: "T", blocks: [.cell(CellReport(index: 0, code: "1", outputs: [.text("1")], firstLine: 2))], sourcePath: "a.md")
        let html = HTMLReport.render(doc)
        XCTAssertFalse(html.contains("failure-banner\" role"))
        XCTAssertTrue(html.contains("✓ 1 cell ran"))
    }

    func testEveryStringIsEscaped() {
        let evil = "<script>alert(1)</script>"
        let error = Diagnostic(.error, "bad \(evil)", at: SourceLocation(file: "x\(evil).md", line: 1, column: 1), lineText: evil, fix: evil)
        let doc = ReportDocument(
            title: "Title \(evil)", author: evil, params: [(evil, evil)],
            facts: RunFacts(folioVersion: evil, dataFiles: [DataFileFact(path: evil, bytes: 1, sha256: evil)], extra: [(evil, evil)]),
            blocks: [
                .prose(markdown: "# Head \(evil)\n\nText \(evil)\n\n```\n\(evil)\n```\n\n<script>alert(2)</script>\n"),
                .cell(CellReport(index: 0, label: "l\"><script>", code: "print(\"\(evil)\")",
                                 outputs: [.text(evil), .table(Table(title: evil, columns: [evil], rows: [[evil]])),
                                           .chart(Figure(title: evil, svg: "<svg></svg>")), .error(error)],
                                 status: .failed, firstLine: 3)),
            ],
            sourcePath: "nb\(evil).md")
        let html = HTMLReport.render(doc)
        XCTAssertFalse(html.contains("<script"), "an unescaped <script> reached the HTML")
        XCTAssertTrue(html.contains("data-label=\"l&quot;&gt;&lt;script&gt;\""), "the label attribute must stay closed")
        XCTAssertTrue(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
        XCTAssertTrue(html.contains("<pre class=\"out-text\">&lt;script&gt;alert(1)&lt;/script&gt;</pre>"))
        XCTAssertTrue(html.contains("<p class=\"error-message\">bad &lt;script&gt;alert(1)&lt;/script&gt;</p>"))
        XCTAssertTrue(html.contains("<title>Title &lt;script&gt;"))
    }

    func testHeadingSlugsAreUniqueAndAvoidCellAnchors() {
        let doc = ReportDocument(title: "T", blocks: [
            .prose(markdown: "# Cell 1\n\n## Results\n\n## Results\n\n## Ünïcode & *stuff*\n"),
            .cell(CellReport(index: 0, code: "1", firstLine: 9)),
        ], sourcePath: "a.md")
        let html = HTMLReport.render(doc)
        XCTAssertTrue(html.contains("<h1 id=\"cell-1-1\">"))
        XCTAssertTrue(html.contains("<h2 id=\"results\">"))
        XCTAssertTrue(html.contains("<h2 id=\"results-1\">"))
        XCTAssertTrue(html.contains("<h2 id=\"ünïcode-stuff\">"))
    }
}
