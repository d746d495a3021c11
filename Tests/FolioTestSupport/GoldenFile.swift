import Foundation
import XCTest

/// Compares text with golden files in one folder. Set `RECORD_GOLDEN=1` to (re)write the golden
/// files instead of comparing.
public struct GoldenFile {
    public let folder: URL

    /// The `Golden/` folder next to the source file that calls this.
    public init(besides sourceFile: StaticString = #filePath) {
        folder = URL(fileURLWithPath: "\(sourceFile)").deletingLastPathComponent().appendingPathComponent("Golden")
    }

    public func assertMatches(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("missing golden file \(name); run with RECORD_GOLDEN=1 to create it", file: file, line: line)
            return
        }
        if actual != expected {
            let a = actual.components(separatedBy: "\n"), e = expected.components(separatedBy: "\n")
            let firstDifference = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let got = firstDifference < a.count ? a[firstDifference] : "<end>"
            let want = firstDifference < e.count ? e[firstDifference] : "<end>"
            XCTFail("\(name) differs at line \(firstDifference + 1):\n  got:  \(got)\n  want: \(want)\n(RECORD_GOLDEN=1 re-records)",
                    file: file, line: line)
        }
    }
}
