@testable import FolioPreview
import XCTest

final class LiveReloadTests: XCTestCase {
    func testTheScriptGoesBeforeTheLastClosingBodyTag() {
        let page = LiveReload.inject(into: "<html><body><p>a</p><code>&lt;/body&gt;</code></BODY></html>", generation: 7)
        XCTAssertTrue(page.hasSuffix("</script></BODY></html>"), page)
        XCTAssertTrue(page.contains("var served=7"))
        XCTAssertTrue(page.contains("new EventSource(\"/__folio/events\")"))
        XCTAssertTrue(page.contains("addEventListener(\"reload\""))
    }

    func testAPageWithoutBodyGetsTheScriptAtTheEnd() {
        let page = LiveReload.inject(into: "<p>fragment</p>", generation: 1)
        XCTAssertTrue(page.hasPrefix("<p>fragment</p><script>"))
        XCTAssertTrue(page.hasSuffix("</script>"))
    }

    func testTheBannerGoesRightAfterTheOpeningBodyTag() {
        let page = LiveReload.inject(into: "<html><body class=\"r\"><h1>T</h1></body></html>", generation: 2,
                                     banner: PreviewPages.banner(message: "x.md:2:1: error: bad <params>"))
        XCTAssertTrue(page.contains("<body class=\"r\"><div id=\"folio-preview-error\""), page)
        XCTAssertTrue(page.contains("bad &lt;params&gt;"))
        XCTAssertFalse(page.contains("bad <params>"))
    }
}
