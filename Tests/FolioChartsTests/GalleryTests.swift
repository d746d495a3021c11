import XCTest
@testable import FolioCharts

/// Every chart kind renders to well-formed, accessible SVG. With FOLIO_GALLERY_DIR set, the
/// charts are also written there (with an HTML page in light and dark mode) for a look in a browser:
///
///     FOLIO_GALLERY_DIR=/tmp/gallery swift test --filter GalleryTests
///     chromium --headless=new --no-sandbox --hide-scrollbars --window-size=900,5200 \
///         --screenshot=/tmp/gallery/page.png file:///tmp/gallery/gallery.html
///
/// FOLIO_GALLERY_DIGITS may name a text file of real digits (a label then 784 pixels per line).
final class GalleryTests: XCTestCase {
    func testEveryChartKindIsWellFormedAndAccessible() throws {
        for (name, chart) in ChartSamples.all {
            for svg in [chart.svg(), chart.standaloneSVG()] {
                let check = XMLCheck.parse(svg)
                XCTAssertTrue(check.isWellFormed, "\(name): \(String(describing: check.error))")
                XCTAssertEqual(check.elementNames.first, "svg", name)
                let root = try XCTUnwrap(check.attributes.first)
                XCTAssertEqual(root["role"], "img", name)
                XCTAssertNotNil(root["viewBox"], name)
                XCTAssertEqual(check.texts["title"]?.first, chart.title, name)
                XCTAssertFalse((check.texts["desc"]?.first ?? "").isEmpty, name)
                XCTAssertFalse(check.elementNames.contains("style"), name)
                XCTAssertFalse(svg.contains("NaN") || svg.contains("inf"), name)
            }
        }
        try writeGalleryIfAsked()
    }

    private func writeGalleryIfAsked() throws {
        guard let directory = ProcessInfo.processInfo.environment["FOLIO_GALLERY_DIR"] else { return }
        let folder = URL(fileURLWithPath: directory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var charts = ChartSamples.all
        if let digitsPath = ProcessInfo.processInfo.environment["FOLIO_GALLERY_DIGITS"],
           let text = try? String(contentsOfFile: digitsPath, encoding: .utf8) {
            let digits = text.split(separator: "\n").prefix(24).map { line -> (label: Int, pixels: [Double]) in
                let numbers = line.split(separator: " ").compactMap { Double($0) }
                return (Int(numbers.first ?? 0), Array(numbers.dropFirst()))
            }
            charts.append(("mnist", ChartSamples.digitGrid(digits: digits)))
        }
        var page = "<!doctype html><meta charset=utf-8><body style=\"margin:0;font-family:system-ui\">"
        for (mode, background, ink) in [("light", "#ffffff", "#1f2328"), ("dark", "#0d1117", "#e6edf3")] {
            page += "<div style=\"background:\(background);color:\(ink);padding:16px\"><h2>\(mode)</h2>"
            for (name, chart) in charts {
                try chart.standaloneSVG().write(to: folder.appendingPathComponent("\(name).svg"), atomically: true, encoding: .utf8)
                page += "<div style=\"margin:12px 0\">\(chart.svg())</div>"
            }
            page += "</div>"
        }
        try page.write(to: folder.appendingPathComponent("gallery.html"), atomically: true, encoding: .utf8)
    }
}
