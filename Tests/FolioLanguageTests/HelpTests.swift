import FolioCore
@testable import FolioLanguage
import XCTest

final class HelpTests: XCTestCase {
    let vocabulary = TestVocabulary.all

    func testHelpForAFunction() {
        let text = vocabulary.helpText(for: "Dataset.load")
        XCTAssertEqual(text, """
        Dataset.load(_ name: String, rows: Int = 100) -> Dataset
          Loads a named data set.
        Parameters:
          _ name: String  — the data set's name
          rows: Int = 100  — how many rows
        Example:
          let d = Dataset.load("digits")
        """)
    }

    func testHelpForTypesEnumsAndCases() {
        XCTAssertTrue(vocabulary.helpText(for: "Optimizer")?.contains(".sgd(lr: Double, momentum: Double = 0.0)") == true)
        XCTAssertTrue(vocabulary.helpText(for: "Sequential")?.contains("model.fit(_ data: Dataset, epochs: Int = 1, optimizer: Optimizer = .adam) -> String") == true)
        XCTAssertTrue(vocabulary.helpText(for: ".relu")?.contains("a case of Activation") == true)
        XCTAssertTrue(vocabulary.helpText(for: "print")?.hasPrefix("print(_ items: Any...)") == true)
    }

    func testUnknownHelpSuggests() {
        XCTAssertNil(vocabulary.helpText(for: "Sequental"))
        XCTAssertEqual(vocabulary.suggestions(for: "Sequental").first, "Sequential")
        XCTAssertEqual(vocabulary.suggestions(for: "sumary").first, "summary")
    }

    func testReferenceGroupsByTopic() {
        let markdown = vocabulary.referenceMarkdown()
        let basics = markdown.range(of: "\n## Basics\n"), data = markdown.range(of: "\n## Data\n"), models = markdown.range(of: "\n## Models\n")
        XCTAssertNotNil(basics)
        XCTAssertNotNil(data)
        XCTAssertNotNil(models)
        XCTAssertTrue(markdown.contains("- `Dataset.load(_ name: String, rows: Int = 100) -> Dataset` — Loads a named data set."))
        XCTAssertTrue(markdown.contains("- `array.append(_ element: Element)"))
        XCTAssertTrue(markdown.contains("### Activation"))
        XCTAssertTrue(markdown.contains("- `.adam(lr: Double = 0.001)`"))
        XCTAssertTrue(markdown.contains("- `Sequential { Layer ... } -> Sequential` — Layers applied in order."))
    }

    func testSuggestionDistance() {
        XCTAssertEqual(Suggestions.distance("trian", "train"), 1)
        XCTAssertEqual(Suggestions.distance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.closest(to: "lablColumn", in: ["labelColumn", "imageShape"]), ["labelColumn"])
        XCTAssertEqual(Suggestions.closest(to: "xyz", in: ["train", "test"]), [])
    }
}
