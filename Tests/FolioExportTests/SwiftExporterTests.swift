import XCTest
import FolioCore
@testable import FolioExport
import FolioLanguage
import FolioLibrary
import FolioMarkdown

/// What `folio export` writes, read as text (building and running the written package is
/// scripts/export-roundtrip.sh's job: it takes minutes).
final class SwiftExporterTests: XCTestCase {
    private let exporter = SwiftExporter(vocabulary: FolioVocabulary.full)
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func notebook(_ cells: [String], params: String = "") throws -> (Notebook, String) {
        let text = "---\ntitle: T\n\(params.isEmpty ? "" : "params:\n\(params)\n")---\n\nSome prose.\n\n" + cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\n")
        return (try NotebookParser.parse(text, path: "notebooks/t.md"), text)
    }

    private func main(_ files: [(path: String, contents: String)]) -> String {
        files.first { $0.path.hasSuffix("main.swift") }?.contents ?? ""
    }

    func testEveryCoveredSignatureIsAVocabularyDeclaration() {
        let signatures = Set(FolioVocabulary.full.declarations.map(\.signature))
        XCTAssertEqual(KitCoverage.signatures.subtracting(signatures), [])
        XCTAssertEqual(KitCoverage.sameInSwift.subtracting(signatures), [])
    }

    func testTheQuickstartBecomesAProgramThatShowsWhatItsCellsShow() throws {
        let path = root.appendingPathComponent("notebooks/quickstart.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let files = try exporter.package(for: try NotebookParser.parse(text, path: "notebooks/quickstart.md"), source: text, folio: .path("/opt/folio"))
        XCTAssertEqual(files.map(\.path), ["Package.swift", "Sources/quickstart/main.swift", "Sources/quickstart/Options.swift", "Sources/quickstart/Notebook.swift"])
        let program = main(files)
        XCTAssertTrue(program.contains("    let digits = try Dataset.csv(\"data/mnist_5k.csv.gz\", labelColumn: 784, imageShape: [28, 28])"), program)
        XCTAssertTrue(program.contains("    let (train, test) = try digits.split(test: 0.2, stratified: true, seed: seed)"), program)
        XCTAssertTrue(program.contains("    try report.show(train.summary())"), program)
        XCTAssertTrue(program.contains("    let model = try Sequential {\n        Conv2D(32, kernel: 3, activation: .relu)"), program)
        XCTAssertTrue(program.contains("    try report.print(\"test accuracy: \\(evaluation.accuracy)\")"), program)
        XCTAssertTrue(program.contains("    // ## 4. Train a small CNN"), program)
        XCTAssertTrue(program.contains("let epochs = options.epochs"), program)
        XCTAssertEqual(program.components(separatedBy: "report.cell(").count - 1, 11)
        let options = files[2].contents
        XCTAssertTrue(options.contains("@Option(name: .customLong(\"epochs\")"), options)
        XCTAssertTrue(options.contains("var epochs: Int = 12"), options)
        let manifest = files[0].contents
        XCTAssertTrue(manifest.contains(".package(path: \"/opt/folio\")"), manifest)
        XCTAssertTrue(manifest.contains(".product(name: \"FolioKit\", package: \"folio\")"), manifest)
        // The embedded notebook is the notebook, byte for byte.
        XCTAssertTrue(files[3].contents.contains(text), "the notebook text is embedded as it is")
    }

    func testEveryTutorialExports() throws {
        // Building and running each is scripts/export-roundtrip.sh --all's job (minutes); here: no refusal.
        var paths: [String] = []
        for folder in ["notebooks", "Tests/Export"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).filter { $0.hasSuffix(".md") }
            paths += names.sorted().map { folder + "/" + $0 }
        }
        XCTAssertGreaterThanOrEqual(paths.count, 10)
        for path in paths {
            let text = try String(contentsOfFile: root.appendingPathComponent(path).path, encoding: .utf8)
            XCTAssertNoThrow(try exporter.package(for: try NotebookParser.parse(text, path: path), source: text, folio: .path("/f")), path)
        }
    }

    func testTheReadmeShowsTheExportedQuickstartAsTheExporterWritesIt() throws {
        let text = try String(contentsOfFile: root.appendingPathComponent("notebooks/quickstart.md").path, encoding: .utf8)
        let files = try exporter.package(for: try NotebookParser.parse(text, path: "notebooks/quickstart.md"), source: text, folio: .path("/f"))
        let readme = try String(contentsOfFile: root.appendingPathComponent("README.md").path, encoding: .utf8)
        XCTAssertTrue(readme.contains("```swift\n" + main(files).trimmingCharacters(in: .newlines) + "\n```"),
                      "README's main.swift is not what folio export writes: paste Sources/quickstart/main.swift again")
    }

    func testOnlyShownValuesGoToTheReportAndPlainSwiftStaysAsItIs() throws {
        let (nb, text) = try notebook(["let xs = [3, 1, 2]\nlet n = xs.count\nprint(n, xs.sorted())\nn * 2"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    let xs = [3, 1, 2]\n    let n = xs.count\n    report.print(n, xs.sorted())\n    report.show(n * 2)"), program)
    }

    func testACallTheExporterCannotWriteIsALocatedError() throws {
        // Swift's Int.magnitude is a UInt: arithmetic with it would not compile where the notebook's does.
        let (nb, text) = try notebook(["let n = -3\nlet m = n.magnitude + 1"])
        XCTAssertThrowsError(try exporter.package(for: nb, source: text, folio: .path("/f"))) { error in
            guard let list = error as? DiagnosticList, let first = list.diagnostics.first else { return XCTFail("\(error)") }
            XCTAssertTrue(first.message.contains("Int.magnitude"), first.message)
            XCTAssertEqual(first.location?.line, 9)
            XCTAssertEqual(first.location?.column, 11)
        }
    }

    func testWhereFolioDiffersFromSwiftTheExportMeansWhatTheNotebookMeant() throws {
        // A notebook's xs.max() and xs.last are the element; Swift's are optionals.
        let (nb, text) = try notebook(["let xs = [3, 1, 2]\nlet m = xs.max()\nprint(xs.last, m)\nfor (i, x) in xs.enumerated() { print(i, x) }"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    let m = try xs.maxElement()\n    try report.print(xs.lastElement, m)\n    for (i, x) in xs.enumerated() { report.print(i, x) }"), program)
    }

    func testASliceOrLazySequenceIsWrittenAsItStandsWhereSwiftsMeansTheSameAndMadeEagerElsewhere() throws {
        // Printed, counted or made an array, Swift's ArraySlice and Range mean the notebook's array.
        let (nb, text) = try notebook(["let xs = [3, 1, 2]\nprint(xs.prefix(2), xs.indices.count)\nlet ys = Array(xs.dropFirst())\nlet zs = zip(xs.indices, xs).map { $0 + $1 }"])
        XCTAssertNoThrow(try exporter.package(for: nb, source: text, folio: .path("/f")))
        // Kept in a name, a slice keeps its base's indices in Swift (zs[0] would not be the first
        // element), so it is made an array on the spot; a split gives Strings, as the notebook's does.
        let (kept, keptText) = try notebook(["let xs = [3, 1, 2]\nlet zs = xs.dropFirst()\nxs.reversed()\nlet words = \"a b\".split(separator: \" \")\nlet same = \"a b\".split(separator: \" \").map(String.init)"])
        let program = main(try exporter.package(for: kept, source: keptText, folio: .path("/f")))
        XCTAssertTrue(program.contains("    let zs = Array(xs.dropFirst())\n    report.show(Array(xs.reversed()))\n    let words = try \"a b\".splitStrings(separator: \" \")\n    let same = \"a b\".split(separator: \" \").map(String.init)"), program)
    }

    func testAnOptionalUseOfLastStaysSwiftsOptional() throws {
        // The notebook wrote `xs.last!`: in Swift that is the optional unwrapped, as meant.
        let (nb, text) = try notebook(["let xs = [1.5, 2.5]\nprint(xs.last!, xs.first ?? 0)\nprint(xs.last != 3)"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    report.print(xs.last!, xs.first ?? 0)\n    try report.print(xs.lastElement != 3)"), program)
    }

    func testDictionariesStayInInsertionOrderAsOrderedDictionaries() throws {
        // Folio loops over (and prints) a dictionary in insertion order; Swift's Dictionary has none.
        let (nb, text) = try notebook(["let d = [\"b\": 1, \"a\": 2]\nvar e: [String: [Int]] = [:]\nfor (k, v) in d { e[k] = [v] }"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    let d = OrderedDictionary(inOrder: [\"b\": 1, \"a\": 2])\n    var e: OrderedDictionary<String, [Int]> = [:]\n    for (k, v) in d { e[k] = [v] }"), program)
        XCTAssertEqual(OrderedDictionaries.rewrite("[String: [Double: Int]]?"), "OrderedDictionary<String, OrderedDictionary<Double, Int>>?")
        XCTAssertEqual(OrderedDictionaries.rewrite("[String: (Double) -> Double]"), "OrderedDictionary<String, (Double) -> Double>")
        let (same, sameText) = try notebook(["let a = [\"x\": 1]\nprint(a == [\"x\": 1], a != a)"])
        XCTAssertTrue(main(try exporter.package(for: same, source: sameText, folio: .path("/f")))
            .contains("report.print((a).hasSameEntries(as: OrderedDictionary(inOrder: [\"x\": 1])), !(a).hasSameEntries(as: a))"))
        let (made, madeText) = try notebook(["let empty = [String: Double]()\nprint(empty)"])
        XCTAssertTrue(main(try exporter.package(for: made, source: madeText, folio: .path("/f"))).contains("    let empty = OrderedDictionary<String, Double>()"))
    }

    func testAFolioKitCallInAFuncOrAClosureMakesItThrowAndItsCallersTry() throws {
        let (nb, text) = try notebook([
            "let d = Dataset.csv(\"x.csv\")\nfunc size(of n: Int) -> Int {\n    return d.prefix(n).count\n}",
            "let ns = [1, 2].map { size(of: $0) }\nlet ms = [3].map { d.prefix($0).count }\nsize(of: 3)",
        ])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    func size(of n: Int) throws -> Int {\n        return try d.prefix(n).count\n    }"), program)
        XCTAssertTrue(program.contains("    let ns = try [1, 2].map { try size(of: $0) }\n    let ms = try [3].map { try d.prefix($0).count }\n    try report.show(size(of: 3))"), program)
    }

    func testAFolioKitCallInAClosureKeptInAVariableIsRefusedNotMiscompiled() throws {
        // Such a closure would throw, and every call of it would need `try`.
        let (nb, text) = try notebook(["let d = Dataset.csv(\"x.csv\")\nlet first = { (n: Int) -> Int in d.prefix(n).count }"])
        XCTAssertThrowsError(try exporter.package(for: nb, source: text, folio: .path("/f"))) { error in
            XCTAssertTrue(String(describing: error).contains("inside a closure that is not passed straight to a call"), "\(error)")
        }
    }

    func testDeeperModelsExportAsTheyAreWritten() throws {
        let (nb, text) = try notebook(["let m = Sequential {\n    Residual(activation: .relu) {\n        Conv2D(8, kernel: 3, padding: .same, useBias: false)\n        BatchNorm()\n        Activation(.relu)\n    }\n    Concatenate {\n        Branch { Conv2D(4, kernel: 1) }\n        Branch { }\n    }\n    GlobalAvgPool2D()\n}\nrecord(\"n\", 1)"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    let m = try Sequential {\n        Residual(activation: .relu) {\n"), program)
        XCTAssertTrue(program.contains("            Branch { }\n        }\n        GlobalAvgPool2D()\n    }\n    try record(\"n\", 1)"), program)
    }

    func testANotebookThatBindsReportKeepsItsNameAndTheProgramUsesAnother() throws {
        let (nb, text) = try notebook(["let report = 3\nprint(report)"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("guard let notebookReport = Report.open("), program)
        XCTAssertTrue(program.contains("    notebookReport.cell(1)\n    let report = 3\n    notebookReport.print(report)"), program)
    }

    func testACellWithErrorTrueGoesOnAfterAFailureAsInFolioRun() throws {
        let (nb, text) = try notebook(["let d = Dataset.csv(\"x.csv\")", "//| error: true\nd.summary()"])
        let program = main(try exporter.package(for: nb, source: text, folio: .path("/f")))
        XCTAssertTrue(program.contains("    report.cell(2)\n    do {\n        //| error: true\n        try report.show(d.summary())\n    } catch {\n        report.tolerate(error)\n    }"), program)
        // A name it binds would not outlive the do block.
        let (binds, bindsText) = try notebook(["//| error: true\nlet e = Dataset.csv(\"x.csv\")"])
        XCTAssertThrowsError(try exporter.package(for: binds, source: bindsText, folio: .path("/f"))) { error in
            XCTAssertTrue(String(describing: error).contains("'error: true' that binds names"), "\(error)")
        }
    }

    func testANameBoundByTwoCellsIsRefused() throws {
        let (nb, text) = try notebook(["let a = 1", "let a = 2"])
        XCTAssertThrowsError(try exporter.package(for: nb, source: text, folio: .path("/f"))) { error in
            XCTAssertTrue(String(describing: error).contains("second 'let a'"), "\(error)")
        }
    }

    func testTheScriptPrintsWhatTheCellsShow() throws {
        let (nb, _) = try notebook(["let n = seed + 1\nn"], params: "  seed: 41")
        let script = try exporter.script(for: nb)
        XCTAssertTrue(script.contains("let seed = 41\n"), script)
        XCTAssertTrue(script.contains("let n = seed + 1\nprint(n)"), script)
        XCTAssertTrue(script.contains("// Some prose."), script)
    }
}
