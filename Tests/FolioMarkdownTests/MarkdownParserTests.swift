import FolioMarkdown
import XCTest

final class MarkdownParserTests: XCTestCase {
    func testTreeDumpGolden() throws {
        let tree = MarkdownParser.parse(try Fixture.text("varied.md"))
        golden.assertMatches(tree.dump() + "\n", "varied.tree.txt")
    }

    func testSourcePositionsAndFenceInfo() {
        let tree = MarkdownParser.parse("# Title\n\n```swift label\nlet x = 1\n```\n")
        XCTAssertEqual(tree.kind, "document")
        XCTAssertEqual(tree.children.map(\.kind), ["heading", "code_block"])
        let heading = tree.children[0]
        XCTAssertEqual(heading.headingLevel, 1)
        XCTAssertEqual(heading.plainText, "Title")
        XCTAssertEqual([heading.startLine, heading.startColumn, heading.endLine, heading.endColumn], [1, 1, 1, 7])
        let code = tree.children[1]
        XCTAssertEqual(code.fenceInfo, "swift label")
        XCTAssertEqual(code.literal, "let x = 1\n")
        XCTAssertEqual([code.startLine, code.endLine], [3, 5])
        XCTAssertEqual(code.fenceLength, 3)
        XCTAssertEqual(code.fenceCharacter, "`")
    }

    func testExtensionNodesKeepTheirTypeString() {
        let tree = MarkdownParser.parse("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~gone~~\n")
        XCTAssertEqual(tree.children.first?.kind, "table")
        XCTAssertEqual(tree.children.first?.children.first?.kind, "table_header")
        XCTAssertTrue(tree.dump().contains("tasklist"))
        XCTAssertTrue(tree.dump().contains("strikethrough"))
    }

    func testDeepNestingIsTruncatedNotCrashing() {
        let deep = String(repeating: ">", count: 5000) + " deep\n"
        let tree = MarkdownParser.parse(deep)
        XCTAssertEqual(tree.kind, "document")
        XCTAssertTrue(tree.dump().contains("(truncated)"))
    }
}
