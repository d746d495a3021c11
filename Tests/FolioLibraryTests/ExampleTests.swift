import FolioCore
import FolioData
import FolioLanguage
@testable import FolioLibrary
import XCTest

/// `dataset[i]`, an example's label, pixels and picture, and `dataset.filter { … }`, on the 5k
/// MNIST digits.
final class ExampleTests: XCTestCase {
    private func run(_ code: String) throws -> NotebookCode {
        guard FileManager.default.fileExists(atPath: NotebookCode.mnist5k.path) else {
            throw XCTSkip("\(NotebookCode.mnist5k.path) is absent; run scripts/fetch-data.sh (make test does)")
        }
        let root = NotebookCode.mnist5k.deletingLastPathComponent().deletingLastPathComponent()
        return NotebookCode("let digits = Dataset.csv(\"data/mnist_5k.csv.gz\")\n" + code, root: root)
    }

    func testAnExampleHasTheLabelAndPixelsOfItsRow() throws {
        let result = try run("""
        let e = digits[4999]
        print(e.label)
        print(e.index)
        print(e.pixels.count)
        print(digits.labels[4999])
        print(e)
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        let lines = result.text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], lines[3], "the example's label is the data set's label")
        XCTAssertEqual(lines[1], "4999")
        XCTAssertEqual(lines[2], "784")
        XCTAssertEqual(lines[4], "Example(#4999, label \(lines[0]), 28×28×1)")
    }

    func testPixelsAreTheStoredValuesOnTheDataSetsScale() throws {
        let result = try run("""
        let raw = digits[7].pixels
        let scaled = digits.normalized()[7].pixels
        print(raw.max())
        print(scaled.max())
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        XCTAssertEqual(result.text.split(separator: "\n").map(String.init), ["255.0", "1.0"])
    }

    func testAnExampleIsShownAsItsPicture() throws {
        for code in ["digits[0]", "digits[0].image"] {
            let result = try run(code)
            XCTAssertNil(result.error, result.error?.rendered() ?? "")
            XCTAssertEqual(result.images.count, 1, code)
            let svg = SVGContents(try XCTUnwrap(result.images.first).svg)
            XCTAssertTrue(svg.wellFormed)
            XCTAssertTrue(svg.texts.contains { $0.hasPrefix("#0: ") }, "captioned with position and label: \(svg.texts)")
            XCTAssertGreaterThan(svg.count("path"), 0, "the digit's pixels are drawn")
        }
    }

    func testAnIndexOutOfRangeIsALocatedError() throws {
        let result = try run("let e = digits[5000]")
        let error = try XCTUnwrap(result.error)
        XCTAssertEqual(error.message, "index 5000 is out of range: the data set has 5000 images (0..<5000)")
        XCTAssertEqual(error.location?.line, 2)
        XCTAssertEqual(error.location?.column, 16)
        XCTAssertEqual(try XCTUnwrap(try run("let e = digits[\"a\"]").error).message, "an index of Dataset must be Int, got String")
    }

    func testFilterWithAClosureInANotebook() throws {
        let result = try run("""
        let threes = digits.filter { $0.label == 3 }
        print(threes.count, threes.labels.allSatisfy { $0 == 3 })
        let inky = digits.shuffled(seed: 1).prefix(200).filter { example in example.pixels.filter { $0 > 128 }.count > 150 }
        print(inky.count)
        let none = digits.filter { _ in false }
        print(none.count)
        """)
        XCTAssertNil(result.error, result.error?.rendered() ?? "")
        let data = try Dataset.csv(NotebookCode.mnist5k.path).shuffled(seed: 1).prefix(200)
        let pixels = data.pixels
        let inky = (0..<data.count).filter { i in pixels[i * 784 ..< (i + 1) * 784].filter { $0 > 128 }.count > 150 }.count
        XCTAssertEqual(result.text.split(separator: "\n").map(String.init), ["500 true", String(inky), "0"])
        let wrong = try XCTUnwrap(try run("let x = digits.filter { $0.label }").error)
        XCTAssertEqual(wrong.location?.line, 2)
    }

    /// The declaration's implementation with a closure built in Swift, as the interpreter passes one.
    func testFilterKeepsTheExamplesTheClosureAccepts() throws {
        guard FileManager.default.fileExists(atPath: NotebookCode.mnist5k.path) else { throw XCTSkip("no 5k set") }
        let data = try Dataset.csv(NotebookCode.mnist5k.path)
        let filter = try XCTUnwrap(FolioVocabulary.full.members(named: "filter", of: "Dataset", kind: .method).first)
        func filtered(_ keep: @escaping (ExampleValue) throws -> Bool) throws -> Dataset {
            let closure = FunctionValue(name: "closure", type: .function([.named("Example")], .bool)) { arguments in
                guard case .object(let o)? = arguments.first, let example = o as? ExampleValue else { throw RuntimeError("not an example") }
                return .bool(try keep(example))
            }
            let call = Call(receiver: .object(DatasetValue(data)), arguments: ["isIncluded": .function(closure)],
                            context: RunContext(rootDirectory: FileManager.default.temporaryDirectory), location: nil)
            guard case .object(let o) = try filter.implementation(call), let result = (o as? DatasetValue)?.dataset else {
                throw RuntimeError("filter returned no data set")
            }
            return result
        }
        let threes = try filtered { try $0.label() == 3 }
        XCTAssertEqual(threes.count, 500, "the 5k set has 500 of each digit")
        XCTAssertEqual(Set(threes.labels), [3])
        XCTAssertEqual(threes.pixels, try data.subset(data.labels.indices.filter { data.labels[$0] == 3 }).pixels)
        let pixels = data.pixels
        let bright = try filtered { e in try e.pixels().filter { $0 > 128 }.count > 150 }
        XCTAssertEqual(bright.count, (0..<data.count).filter { i in pixels[i * 784 ..< (i + 1) * 784].filter { $0 > 128 }.count > 150 }.count)
        XCTAssertEqual(try filtered { _ in false }.count, 0)
        // An error inside the closure stops the filter with it.
        XCTAssertThrowsError(try filtered { _ in throw RuntimeError("inside") }) { XCTAssertEqual("\($0)", "inside") }
    }
}
