import FolioCore
@testable import FolioReport
import XCTest

/// The playground panel's HTML: self-contained, honest about its size, safe with any class name.
/// (That its script computes what Swift computes is checked in a browser by
/// scripts/playground-browser-test.sh.)
final class PlaygroundRendererTests: XCTestCase {
    private let program = #"{"classNames":["0","</script><b>1"],"inputShape":[28,28,1],"layers":[],"pixelScale":1,"softmaxAtEnd":true,"weightCount":0,"weights":""}"#

    private func panel(unsupported: String? = nil) -> PlaygroundPanel {
        PlaygroundPanel(title: "Draw a digit — Sequential", program: unsupported == nil ? program : "", unsupported: unsupported,
                        weightBytes: 0, fallback: Figure(title: "Test images", svg: "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"))
    }

    func testThePanelIsSelfContainedAndStatesItsOwnSize() throws {
        let html = PlaygroundRenderer.html(panel(), figureNumber: 3)
        for external in ["src=", "href=", "<link", "fetch(", "XMLHttpRequest", "WebAssembly", "import(", "http://", "https://"] {
            XCTAssertFalse(html.contains(external), "the panel must not load anything: found \(external)")
        }
        let match = try XCTUnwrap(html.range(of: #"This panel adds ([0-9,]+) bytes"#, options: .regularExpression))
        let stated = Int(html[match].filter(\.isNumber))
        XCTAssertEqual(stated, html.utf8.count, "the size the report states is the panel's own")
        XCTAssertTrue(html.contains("id=\"figure-3\""))
        XCTAssertTrue(html.contains("<script>"), "the script is inline")
    }

    func testAClassNameCannotEndTheProgramsScriptElement() {
        let html = PlaygroundRenderer.html(panel(), figureNumber: 1)
        XCTAssertFalse(html.contains("</script><b>1"))
        XCTAssertTrue(html.contains(#"\u003c/script>\u003cb>1"#), "JSON spells < as \\u003c, which JSON.parse reads back")
    }

    func testAModelThePageCannotRunSaysWhyAndShipsNoScript() {
        let html = PlaygroundRenderer.html(panel(unsupported: "a KNN keeps every training image"), figureNumber: 2)
        XCTAssertTrue(html.contains("No live panel for this model: a KNN keeps every training image."))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertTrue(PlaygroundRenderer.fallbackSentence(panel(unsupported: "a KNN keeps every training image"))
            .contains("no live panel for this model (a KNN keeps every training image)"))
    }

    func testMarkdownAndNotebookReadersAreToldWhatTheHTMLHas() {
        let sentence = PlaygroundRenderer.fallbackSentence(panel())
        XCTAssertTrue(sentence.contains("the HTML report has a live panel here"))
        XCTAssertTrue(sentence.contains("The picture shows the test images it offers"))
    }
}
