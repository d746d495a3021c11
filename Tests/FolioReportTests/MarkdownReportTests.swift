import FolioCore
import FolioMarkdown
import FolioReport
import XCTest

final class MarkdownReportTests: XCTestCase {
    func testSampleReportGolden() throws {
        let (markdown, assets) = MarkdownReport.render(try SampleReport.document(), assetsFolderName: "first-look_files")
        golden.assertMatches(markdown, "sample.md")
        XCTAssertEqual(assets.map(\.fileName), ["figure-1.svg", "figure-2.svg"])
        XCTAssertTrue(markdown.contains("![Figure 1: 12 samples](first-look_files/figure-1.svg)"))
        XCTAssertTrue(assets[0].contents.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    }

    func testReparsingTheExecutedMarkdownGivesBackTheNotebook() throws {
        let original = try SampleReport.notebook
        let (markdown, _) = MarkdownReport.render(try SampleReport.document(), assetsFolderName: "x_files")
        let again = try NotebookParser.parse(markdown, path: original.path)
        XCTAssertEqual(again.cells.map(\.source), original.cells.map(\.source))
        XCTAssertEqual(again.cells.map(\.options), original.cells.map(\.options))
        XCTAssertEqual(again.frontMatter.title, original.frontMatter.title)
        XCTAssertEqual(again.frontMatter.params.map(\.value), original.frontMatter.params.map(\.value))
        let prose = { (n: Notebook) in n.blocks.compactMap { b -> String? in if case .prose(let p) = b { return p.markdown } else { return nil } } }
        XCTAssertEqual(prose(again), prose(original))
    }

    func testParamsRoundTripWhetherGivenAsDisplayTextOrLiterals() throws {
        for params in [[("rate", "0.5"), ("name", "adam"), ("flag", "true")], [("rate", "0.5"), ("name", "\"adam\""), ("flag", "true")]] {
            let doc = ReportDocument(title: "T: a \"quoted\" title", params: params, sourcePath: "a.md")
            let markdown = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
            let notebook = try NotebookParser.parse(markdown, path: "a.md")
            XCTAssertEqual(notebook.frontMatter.title, "T: a \"quoted\" title")
            XCTAssertEqual(notebook.frontMatter.params.map(\.value), [.double(0.5), .string("adam"), .bool(true)])
        }
    }

    func testDeterministicWithoutRunFacts() throws {
        var doc = try SampleReport.document()
        let first = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        doc.facts.date = Date()
        doc.facts.duration = 99
        let second = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        XCTAssertEqual(first, second)
        XCTAssertFalse(first.contains("Ran "))
    }

    func testOptionLinesAreRebuiltWhenTheSourceIsUnknown() throws {
        let doc = ReportDocument(title: "T", blocks: [
            .cell(CellReport(index: 0, label: "a", code: "1 + 1", echo: false, showOutput: false, status: .notEvaluated, firstLine: 2)),
        ], sourcePath: "a.md")
        let markdown = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        let cell = try NotebookParser.parse(markdown, path: "a.md").cells.first
        XCTAssertEqual(cell?.options, CellOptions(label: "a", echo: false, eval: false, output: false))
        XCTAssertEqual(cell?.code, "1 + 1")
    }

    func testFenceIsLongerThanAnyBacktickRun() {
        let doc = ReportDocument(title: "T", blocks: [
            .cell(CellReport(index: 0, code: "let s = \"```\"", outputs: [.text("has ````` five")], firstLine: 2)),
        ], sourcePath: "a.md")
        let markdown = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        XCTAssertTrue(markdown.contains("````swift\nlet s = \"```\"\n````"))
        XCTAssertTrue(markdown.contains("``````text\nhas ````` five\n``````"))
    }

    func testTablesEscapePipesAndMarkup() {
        let table = Table(columns: ["a|b", "n"], rows: [["x | y", "1"], ["<script>", "*2*"], ["mnist_5k _x_", "![i](u)"]], alignments: [.left, .right])
        let doc = ReportDocument(title: "T", blocks: [.cell(CellReport(index: 0, code: "t", outputs: [.table(table)], firstLine: 2))], sourcePath: "a.md")
        let markdown = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        XCTAssertTrue(markdown.contains("| a\\|b | n |\n| --- | --: |\n| x \\| y | 1 |\n| \\<script\\> | \\*2\\* |\n| mnist_5k \\_x\\_ | !\\[i\\](u) |"))
        // And cmark-gfm reads it back as a two-column table with the text intact.
        let html = MarkdownHTML.render(markdown)
        XCTAssertTrue(html.contains("<td>x | y</td>"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;</td>"))
        XCTAssertTrue(html.contains("<td>mnist_5k _x_</td>"))
        XCTAssertTrue(html.contains("<td align=\"right\">![i](u)</td>"))
        XCTAssertFalse(html.contains("<script>"))
    }

    func testErrorsHaveAClearMarkerAndAFencedDiagnostic() throws {
        let (markdown, _) = MarkdownReport.render(try SampleReport.document(), assetsFolderName: "a_files")
        XCTAssertTrue(markdown.contains("> [!CAUTION]\n> **Cell 4 (evaluate) failed:** unknown name 'tset' at notebooks/first-look.md:41:33"))
        XCTAssertTrue(markdown.contains("```text\nnotebooks/first-look.md:41:33: error: unknown name 'tset'\n"))
        XCTAssertTrue(markdown.contains("> [!WARNING]\n> Cell 5 was skipped"))
    }
}

final class ReportDocumentFromNotebookTests: XCTestCase {
    func testBuildsBlocksInOrderAndFillsMissingCells() throws {
        let notebook = try NotebookParser.parse("# Hello *there*\n\n```swift\n//| label: a\n//| echo: false\n1 + 1\n```\n\n```swift\n2\n```\n", path: "nb/hi.md")
        let first = CellReport(notebook.cells[0], outputs: [.text("2")], status: .ok, duration: 0.1)
        let doc = ReportDocument(notebook: notebook, cells: [first], facts: RunFacts())
        XCTAssertEqual(doc.title, "Hello there")
        XCTAssertEqual(doc.cells.count, 2)
        XCTAssertEqual(doc.cells[0].label, "a")
        XCTAssertFalse(doc.cells[0].echo)
        XCTAssertEqual(doc.cells[0].code, "1 + 1")
        XCTAssertEqual(doc.cells[0].source, "//| label: a\n//| echo: false\n1 + 1\n")
        XCTAssertEqual(doc.cells[1].status, .notEvaluated)
        let untitled = ReportDocument(notebook: try NotebookParser.parse("text\n", path: "nb/plain.md"), cells: [], facts: RunFacts())
        XCTAssertEqual(untitled.title, "plain")
    }
}

final class LinkDefinitionTests: XCTestCase {
    func testReferenceLinksWorkAcrossCells() throws {
        let text = "See [the docs][docs].\n\n```swift\n1\n```\n\nAgain [docs].\n\n```text\n[fake]: not-a-definition\n```\n\n[docs]: https://example.com/docs\n"
        let notebook = try NotebookParser.parse(text, path: "a.md")
        XCTAssertEqual(notebook.linkDefinitions, "[docs]: https://example.com/docs")
        let doc = ReportDocument(notebook: notebook, cells: [], facts: RunFacts())
        let html = HTMLReport.render(doc)
        XCTAssertTrue(html.contains("See <a href=\"https://example.com/docs\">the docs</a>."))
        XCTAssertTrue(html.contains("Again <a href=\"https://example.com/docs\">docs</a>."))
    }
}
