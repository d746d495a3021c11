import FolioCore
import FolioMarkdown
import FolioReport
import XCTest

final class MarkdownReportTests: XCTestCase {
    func testSampleReportGolden() throws {
        let (markdown, assets) = MarkdownReport.render(try SampleReport.document(), assetsFolderName: "first-look_files")
        GoldenFile.assertMatches(markdown, "sample.md")
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

    func testDeterministicWithoutRunFacts() throws {
        var doc = try SampleReport.document()
        let first = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        doc.facts.date = Date()
        doc.facts.duration = 99
        let second = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        XCTAssertEqual(first, second)
        XCTAssertFalse(first.contains("Ran "))
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
        let table = Table(columns: ["a|b", "n"], rows: [["x | y", "1"], ["<script>", "*2*"]], alignments: [.left, .right])
        let doc = ReportDocument(title: "T", blocks: [.cell(CellReport(index: 0, code: "t", outputs: [.table(table)], firstLine: 2))], sourcePath: "a.md")
        let markdown = MarkdownReport.render(doc, assetsFolderName: "a_files", includeRunFacts: false).markdown
        XCTAssertTrue(markdown.contains("| a\\|b | n |\n| --- | --: |\n| x \\| y | 1 |\n| \\<script\\> | \\*2\\* |"))
        // And cmark-gfm reads it back as a two-column table with the text intact.
        let html = MarkdownHTML.render(markdown)
        XCTAssertTrue(html.contains("<td>x | y</td>"))
        XCTAssertTrue(html.contains("<td>&lt;script&gt;</td>"))
        XCTAssertFalse(html.contains("<script>"))
    }

    func testErrorsHaveAClearMarkerAndAFencedDiagnostic() throws {
        let (markdown, _) = MarkdownReport.render(try SampleReport.document(), assetsFolderName: "a_files")
        XCTAssertTrue(markdown.contains("> [!CAUTION]\n> **Cell 4 (evaluate) failed:** unknown name 'tset' at notebooks/first-look.md:41:33"))
        XCTAssertTrue(markdown.contains("```text\nnotebooks/first-look.md:41:33: error: unknown name 'tset'\n"))
        XCTAssertTrue(markdown.contains("> [!WARNING]\n> Cell 5 was skipped"))
    }
}
