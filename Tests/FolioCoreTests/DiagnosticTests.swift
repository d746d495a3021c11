import XCTest
@testable import FolioCore

final class DiagnosticTests: XCTestCase {
    func testRenderedQuotesTheLineWithACaretUnderTheColumn() {
        let d = Diagnostic(.error, "unknown name 'trian'",
                           at: SourceLocation(file: "notebooks/x.md", line: 14, column: 9),
                           length: 5, lineText: "let n = trian.count", fix: "did you mean 'train'?")
        XCTAssertEqual(d.rendered(), """
        notebooks/x.md:14:9: error: unknown name 'trian'
         14 | let n = trian.count
            |         ^~~~~
        fix: did you mean 'train'?
        """)
    }

    func testTablePlainTextAlignsNumbersRight() {
        let t = Table.autoAligned(columns: ["class", "count"], rows: [["zero", "5"], ["one", "120"]])
        XCTAssertEqual(t.alignments, [.left, .right])
        XCTAssertEqual(t.plainText(), """
        class  count
        -----  -----
        zero       5
        one      120
        """)
    }
}
