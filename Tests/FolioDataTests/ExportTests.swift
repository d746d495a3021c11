import XCTest
@testable import FolioData

final class ExportTests: XCTestCase {
    func testWriteCSVRoundTripsInEveryLayout() throws {
        let fixtures = try Fixtures()
        let data = try Dataset(pixels: [0, 255, 7, 0.5, 12, 13, 14, 15], labels: [3, 9], imageShape: [2, 2])
        for (name, labelFirst, header) in [("a.csv", true, true), ("b.csv", true, false), ("c.csv.gz", false, false)] {
            let path = fixtures.path(name)
            try data.writeCSV(path, labelFirst: labelFirst, header: header)
            let back = try Dataset.csv(path, labelColumn: labelFirst ? 0 : -1, imageShape: [2, 2])
            XCTAssertEqual(back.pixels, data.pixels, name)
            XCTAssertEqual(back.labels, data.labels, name)
        }
        let text = try String(contentsOfFile: fixtures.path("a.csv"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("label,pixel0,pixel1,pixel2,pixel3\n3,0,255,7,0.5\n"))
        // Overwriting an existing file works and leaves no temporary file behind.
        try data.writeCSV(fixtures.path("a.csv"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: fixtures.root).sorted(), ["a.csv", "b.csv", "c.csv.gz"])
        assertDataError(try data.writeCSV(fixtures.path("missing/folder/x.csv")), contains: ["cannot write", "x.csv"])
    }
}
