import Foundation

/// One program of the differential suite: a Swift file split into notebook cells, and what
/// `swiftc` made it print (recorded by `scripts/record-differential.sh`).
struct DifferentialProgram {
    /// The file name without `.swift`, e.g. `042-arithmetic-int`.
    var name: String
    var cells: [String]
    /// What the compiled program printed, line by line.
    var expectedLines: [String]

    /// A line that ends one cell and starts the next.
    static let cellSeparator = "// MARK: cell"

    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Differential")
    static var programsFolder: URL { folder.appendingPathComponent("Programs") }
    static var pendingFile: URL { folder.appendingPathComponent("pending.txt") }

    /// Every program in `Tests/Differential/Programs`, in name order.
    static func loadAll() throws -> [DifferentialProgram] {
        let files = try FileManager.default.contentsOfDirectory(atPath: programsFolder.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        return try files.map { file in
            let name = String(file.dropLast(".swift".count))
            let source = try String(contentsOf: programsFolder.appendingPathComponent(file), encoding: .utf8)
            let expectedURL = programsFolder.appendingPathComponent(name + ".expected")
            guard let expected = try? String(contentsOf: expectedURL, encoding: .utf8) else {
                throw MissingExpectation(name: name)
            }
            return DifferentialProgram(name: name, cells: split(source), expectedLines: lines(of: expected))
        }
    }

    struct MissingExpectation: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name).expected is missing: run scripts/record-differential.sh" }
    }

    /// The cells of a program: the text between separator lines.
    static func split(_ source: String) -> [String] {
        var cells: [[Substring]] = [[]]
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces) == cellSeparator {
                cells.append([])
            } else {
                cells[cells.count - 1].append(line)
            }
        }
        return cells.map { $0.joined(separator: "\n").trimmingCharacters(in: .newlines) }
            .filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// Printed text as lines: every `print` ends its text with a newline.
    static func lines(of printed: String) -> [String] {
        var lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The program as a Folio notebook: one `swift` cell per program cell. Each cell's loop budget
    /// is lowered so a program that loops forever in a broken interpreter fails fast.
    var notebookMarkdown: String {
        var text = "# \(name)\n"
        for cell in cells {
            text += "\n```swift\n//| steps: \(Self.stepBudget)\n\(cell)\n```\n"
        }
        return text
    }

    static let stepBudget = 1_000_000
}
