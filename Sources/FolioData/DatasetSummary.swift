/// The numbers `summary()` reports about a data set.
public struct DatasetSummary: Equatable, CustomStringConvertible {
    public let count: Int
    public let imageShape: [Int]
    public let minimum: Float
    public let maximum: Float
    public let mean: Double
    public let standardDeviation: Double
    /// Classes declared (`classNames.count`), and how many of them have at least one image.
    public let classCount: Int
    public let classesPresent: Int
    public let source: String
    /// False for images loaded without labels: their classes are unknown.
    public var isLabelled = true

    /// Rows for a two-column table (property, value).
    public var rows: [(String, String)] {
        [("images", String(count)),
         ("image shape", imageShape.map(String.init).joined(separator: " × ")),
         ("pixel range", "\(format(minimum)) … \(format(maximum))"),
         ("pixel mean", format(mean)),
         ("pixel std", format(standardDeviation)),
         ("classes", !isLabelled ? "unknown (no labels)" : classesPresent == classCount ? String(classCount) : "\(classesPresent) of \(classCount)"),
         ("source", source)]
    }

    /// The rows as aligned text, for plain-text output.
    public var description: String {
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }

    private func format(_ value: Float) -> String { format(Double(value)) }

    private func format(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }
}

import Foundation
