import FolioCore
import FolioReport
import Foundation
import XCTest

final class PerformanceTests: XCTestCase {
    /// Issue 5 asks for < 100 ms in a release build for 100 cells and 50 charts; a debug build is
    /// several times slower, so this guard is looser and the real number goes to the benchmark.
    func testHundredCellsWithFiftyChartsRenderQuickly() throws {
        let chart = SampleReport.lossChart()
        let table = SampleReport.classCountsTable()
        var blocks: [ReportBlock] = []
        for i in 0..<100 {
            blocks.append(.prose(markdown: "## Step \(i)\n\nSome *prose* with `code` and a [link](https://example.com).\n"))
            let outputs: [Output] = i % 2 == 0 ? [.chart(chart), .text("value \(i)")] : [.table(table)]
            blocks.append(.cell(CellReport(index: i, label: "c\(i)", code: "let x\(i) = \(i) * 2\nprint(x\(i))", outputs: outputs,
                                           duration: 0.01, firstLine: 3 + i * 8)))
        }
        let doc = ReportDocument(title: "Big", blocks: blocks, sourcePath: "big.md")
        let start = Date()
        let html = HTMLReport.render(doc, highlight: SampleReport.highlight)
        let markdown = MarkdownReport.render(doc, assetsFolderName: "big_files")
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(markdown.assets.count, 50)
        XCTAssertTrue(html.contains("id=\"figure-50\""))
        XCTAssertLessThan(elapsed, 2.0, "rendering took \(elapsed) s")
        print("render 100 cells / 50 charts (HTML + Markdown): \(Int(elapsed * 1000)) ms")
    }
}
