import Foundation
import FolioCore
import FolioMarkdown
import XCTest

final class NotebookParserTests: XCTestCase {
    func testNotebookDumpGolden() throws {
        let notebook = try NotebookParser.parse(try Fixture.text("sample.md"), path: "notebooks/sample.md")
        golden.assertMatches(notebook.dump() + "\n", "sample.notebook.txt")
    }

    func testCellsPositionsAndOptions() throws {
        let notebook = try NotebookParser.parse(try Fixture.text("sample.md"), path: "nb.md")
        let cells = notebook.cells
        XCTAssertEqual(cells.count, 3)
        XCTAssertEqual(cells.map(\.index), [0, 1, 2])

        XCTAssertEqual(cells[0].fenceLine, 15)
        XCTAssertEqual(cells[0].firstLine, 16)
        XCTAssertEqual(cells[0].column, 1)
        XCTAssertEqual(notebook.line(cells[0].firstLine), "let digits = Dataset.csv(\"data/mnist_5k.csv.gz\", labelColumn: 784, imageShape: [28, 28])")
        XCTAssertEqual(cells[0].options, CellOptions())

        let train = cells[1]
        XCTAssertEqual(train.label, "train")
        XCTAssertFalse(train.options.echo)
        XCTAssertFalse(train.options.cache)
        XCTAssertTrue(train.options.eval)
        XCTAssertEqual(train.options.other, ["fig-cap": "a caption"])
        XCTAssertEqual(train.optionLineCount, 4)
        XCTAssertEqual(train.code, "// an ordinary comment\nlet model = LogisticRegression(l2: 0.01)")
        XCTAssertTrue(train.source.hasPrefix("//| label: train\n"))
        // Line k of the source is file line firstLine + k.
        let sourceLines = train.source.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(notebook.line(train.firstLine + 5), String(sourceLines[5]))

        // An indented fence: column is 1 + indentation; the option without a space still counts.
        XCTAssertEqual(cells[2].column, 3)
        XCTAssertEqual(cells[2].info, "swift {.unused}")
        XCTAssertTrue(cells[2].options.error)
        XCTAssertEqual(cells[2].code, "1 + 2")

        // Unknown option key is a warning with a position.
        XCTAssertEqual(notebook.warnings.count, 1)
        XCTAssertEqual(notebook.warnings.first?.message, "unknown cell option 'fig-cap'")
        XCTAssertEqual(notebook.warnings.first?.location, SourceLocation(file: "nb.md", line: 26, column: 5))
    }

    func testProseIsTheSourceSliceBetweenCells() throws {
        let notebook = try NotebookParser.parse(try Fixture.text("sample.md"), path: "nb.md")
        let prose = notebook.blocks.compactMap { block -> Prose? in
            if case .prose(let prose) = block { return prose }
            return nil
        }
        XCTAssertEqual(prose.map(\.firstLine), [11, 20, 31, 40])
        XCTAssertEqual(prose[0].markdown, "# Explore\n\nSome prose with a [link](https://example.com).")
        XCTAssertEqual(prose[2].markdown, "```python\nprint(\"not a cell\")\n```")
        XCTAssertEqual(prose[3].markdown, "The end.")
    }

    func testFrontMatterIsReadAndLinesAreKept() throws {
        let notebook = try NotebookParser.parse(try Fixture.text("sample.md"), path: "nb.md")
        let matter = notebook.frontMatter
        XCTAssertEqual(matter.title, "MNIST — a first look")
        XCTAssertEqual(matter.author, "Ada")
        XCTAssertEqual(matter.params.map(\.name), ["epochs", "rate", "optimizer", "verbose"])
        XCTAssertEqual(matter.params.map(\.value), [.int(3), .double(0.001), .string("adam"), .bool(true)])
        XCTAssertEqual(matter.paramLines["rate"], 6)
        XCTAssertEqual([matter.firstLine, matter.lastLine], [1, 9])
        // The file's lines are all there, front matter included, so line numbers are the file's.
        XCTAssertEqual(notebook.lines.count, 40)
        XCTAssertEqual(notebook.line(1), "---")
        XCTAssertEqual(notebook.line(11), "# Explore")
    }

    func testARuleFollowedByABlankLineIsNotFrontMatter() throws {
        let notebook = try NotebookParser.parse("---\n\n# Title\n\n---\n\nText\n", path: "x.md")
        XCTAssertEqual(notebook.frontMatter, FrontMatter())
        XCTAssertEqual(notebook.blocks.count, 1)
        let empty = try NotebookParser.parse("---\n---\n# T\n", path: "x.md")
        XCTAssertEqual(empty.frontMatter.lastLine, 2)
    }

    func testWithoutFrontMatterAndWithAnUnclosedOpeningRule() throws {
        let notebook = try NotebookParser.parse("---\n\nJust a rule.\n", path: "x.md")
        XCTAssertNil(notebook.frontMatter.title)
        XCTAssertEqual(notebook.blocks, [.prose(Prose(markdown: "---\n\nJust a rule.", firstLine: 1, lastLine: 3))])
    }

    func testMalformedFrontMatterIsADiagnosticWithTheFileLine() {
        let text = "---\ntitle: ok\nparams:\n  epochs: [1, 2\n---\n\n# Hi\n"
        XCTAssertThrowsError(try NotebookParser.parse(text, path: "bad.md")) { error in
            guard let list = error as? DiagnosticList, let first = list.diagnostics.first else { return XCTFail("\(error)") }
            XCTAssertTrue(first.message.hasPrefix("malformed front matter"), first.message)
            XCTAssertEqual(first.location?.file, "bad.md")
            XCTAssertTrue((4...5).contains(first.location?.line ?? 0), "line \(String(describing: first.location))")
        }
    }

    func testBadParamValueIsADiagnostic() {
        let text = "---\nparams:\n  sizes: [1, 2]\n---\n"
        XCTAssertThrowsError(try NotebookParser.parse(text, path: "p.md")) { error in
            let list = error as? DiagnosticList
            XCTAssertEqual(list?.diagnostics.first?.message, "param 'sizes' must be a number, text or true/false")
            XCTAssertEqual(list?.diagnostics.first?.location?.line, 3)
        }
    }

    func testBadOptionValuesAreDiagnosticsWithLineAndColumn() {
        let text = "# T\n\n```swift\n//| echo: maybe\n//| label: two words\n//| nothing here\nlet x = 1\n```\n"
        XCTAssertThrowsError(try NotebookParser.parse(text, path: "o.md")) { error in
            guard let list = error as? DiagnosticList else { return XCTFail("\(error)") }
            let errors = list.diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.message), [
                "option 'echo' must be true or false, not 'maybe'",
                "label 'two words' must be one word",
                "expected 'key: value' after '//|'",
            ])
            XCTAssertEqual(errors[0].location, SourceLocation(file: "o.md", line: 4, column: 11))
            XCTAssertEqual(errors[0].length, 5)
            XCTAssertEqual(errors[0].rendered(), """
                o.md:4:11: error: option 'echo' must be true or false, not 'maybe'
                 4 | //| echo: maybe
                   |           ^~~~~
                fix: write '//| echo: true' or '//| echo: false'
                """)
        }
    }

    func testDuplicateLabelsAndDidYouMean() {
        let text = "```swift\n//| label: a\n//| ech: false\n```\n\n```swift\n//| label: a\n```\n"
        XCTAssertThrowsError(try NotebookParser.parse(text, path: "d.md")) { error in
            guard let list = error as? DiagnosticList else { return XCTFail("\(error)") }
            XCTAssertEqual(list.diagnostics.first?.message, "label 'a' is already used by the cell at line 2")
            XCTAssertEqual(list.diagnostics.first?.location?.line, 7)
            let warning = list.diagnostics.first { $0.severity == .warning }
            XCTAssertEqual(warning?.fix, "did you mean 'echo'?")
        }
    }

    func testOptionsStopAtTheFirstOtherLine() throws {
        let notebook = try NotebookParser.parse("```swift\nlet a = 1\n//| echo: false\n```\n", path: "x.md")
        XCTAssertEqual(notebook.cells.first?.options.echo, true)
        XCTAssertEqual(notebook.cells.first?.optionLineCount, 0)
    }

    func testUnclosedFenceWarnsAndOnlySwiftFirstWordCounts() throws {
        let notebook = try NotebookParser.parse("```swiftly\nno\n```\n\n```swift\nlet a = 1\n", path: "x.md")
        XCTAssertEqual(notebook.cells.count, 1)
        XCTAssertEqual(notebook.cells.first?.code, "let a = 1")
        XCTAssertEqual(notebook.warnings.map(\.message), ["this cell's fence is never closed; the cell runs to the end of the file"])
    }

    func testOutputRegionsAreDroppedSoExecutedNotebooksReparse() throws {
        let original = "# A\n\n```swift\n1 + 1\n```\n\nAfter.\n"
        let executed = "# A\n\n```swift\n1 + 1\n```\n\n<!-- folio:output -->\n````text\n2\n````\n<!-- folio:end-output -->\n\nAfter.\n"
        let a = try NotebookParser.parse(original, path: "x.md")
        let b = try NotebookParser.parse(executed, path: "x.md")
        XCTAssertEqual(a.cells, b.cells)
        XCTAssertEqual(b.blocks.count, 3)
        guard case .prose(let after)? = b.blocks.last else { return XCTFail() }
        XCTAssertEqual(after.markdown, "After.")
    }

    func testAnOutputMarkerWithoutItsEndIsKeptAndWarned() throws {
        let text = "```swift\n1\n```\n\n<!-- folio:output -->\n\nStill here.\n\n```swift\n2\n```\n"
        let notebook = try NotebookParser.parse(text, path: "x.md")
        XCTAssertEqual(notebook.cells.map(\.code), ["1", "2"])
        XCTAssertEqual(notebook.warnings.map { $0.location?.line }, [5])
        guard case .prose(let prose) = notebook.blocks[1] else { return XCTFail() }
        XCTAssertEqual(prose.markdown, "<!-- folio:output -->\n\nStill here.")
    }

    func testCRLFLinesAndParamOverrides() throws {
        let notebook = try NotebookParser.parse("---\r\nparams:\r\n  n: 2\r\n---\r\n```swift\r\nn\r\n```\r\n", path: "x.md")
        XCTAssertEqual(notebook.frontMatter.param("n"), .int(2))
        XCTAssertEqual(notebook.cells.first?.code, "n")
        XCTAssertEqual(ParamValue.parse("10", like: .int(3)), .int(10))
        XCTAssertNil(ParamValue.parse("ten", like: .int(3)))
        XCTAssertEqual(ParamValue.parse("0.5"), .double(0.5))
        XCTAssertEqual(ParamValue.parse("sgd", like: .string("adam")), .string("sgd"))
        XCTAssertEqual(ParamValue.string("a\"b").description, "\"a\\\"b\"")
    }

    func testSwiftBlocksInsideListsAreNotCellsAndWarn() throws {
        let notebook = try NotebookParser.parse("- item\n\n  ```swift\n  let a = 1\n  ```\n\n> ```swift\n> b\n> ```\n", path: "x.md")
        XCTAssertTrue(notebook.cells.isEmpty)
        XCTAssertEqual(notebook.warnings.map { $0.location?.line }, [3, 7])
        XCTAssertEqual(notebook.warnings.first?.location?.column, 3)
    }

    func testTwoHundredCellsParseQuickly() throws {
        var text = "---\ntitle: Big\nparams:\n  n: 3\n---\n\n"
        for i in 0..<200 {
            text += "## Step \(i)\n\nSome prose with *emphasis* and `code`.\n\n```swift\n//| label: step-\(i)\nlet x\(i) = \(i) * n\nprint(x\(i))\n```\n\n"
        }
        let start = Date()
        let notebook = try NotebookParser.parse(text, path: "big.md")
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertEqual(notebook.cells.count, 200)
        XCTAssertEqual(notebook.cells.last?.label, "step-199")
        XCTAssertLessThan(elapsed, 1.0, "parsing took \(elapsed) s")
        print("parse 200 cells: \(Int(elapsed * 1000)) ms")
    }

    func testColumnsAreCharactersNotUTF8Bytes() throws {
        // "é" is two UTF-8 bytes: byte column 5 is the fourth character.
        XCTAssertEqual(NotebookParser.characterColumn(byteColumn: 5, line: "é  x"), 4)
        XCTAssertEqual(NotebookParser.characterColumn(byteColumn: 1, line: "abc"), 1)
        XCTAssertEqual(NotebookParser.characterColumn(byteColumn: 3, line: "abc"), 3)
        XCTAssertEqual(NotebookParser.characterColumn(byteColumn: 9, line: "ab"), 9)
    }
}
