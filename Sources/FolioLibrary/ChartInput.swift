import FolioLanguage

/// Reads a notebook's own numbers for a chart and refuses what cannot be drawn honestly: empty
/// data, lengths that do not match, NaN or infinite values (a chart would silently leave them out).
struct ChartInput {
    let call: Call

    /// The argument as finite numbers; Int elements count as Doubles, as Swift literals do.
    func numbers(_ name: String, shownAs shown: String? = nil) throws -> [Double] {
        let shown = shown ?? name
        guard case .array(let items)? = call[name] else { throw RuntimeError("\(shown) must be an array of numbers") }
        guard !items.isEmpty else { throw RuntimeError("\(shown) is empty: a chart needs at least one value", fix: "pass the numbers to draw") }
        return try items.enumerated().map { try number($0.element, at: "\(shown)[\($0.offset)]") }
    }

    func strings(_ name: String) throws -> [String] {
        guard case .array(let items)? = call[name] else { throw RuntimeError("\(name) must be an array of strings") }
        guard !items.isEmpty else { throw RuntimeError("\(name) is empty: a chart needs at least one value", fix: "pass the labels to draw") }
        return items.map(\.description)
    }

    /// A rectangular matrix of finite numbers (`[[Double]]` or `[[Int]]`).
    func matrix(_ name: String) throws -> [[Double]] {
        guard case .array(let rows)? = call[name] else { throw RuntimeError("the heatmap's values must be an array of rows") }
        guard !rows.isEmpty else { throw RuntimeError("the heatmap's values are empty: it needs at least one row", fix: "pass an array of rows, e.g. [[1, 2], [3, 4]]") }
        var matrix: [[Double]] = []
        for (r, row) in rows.enumerated() {
            guard case .array(let cells) = row else { throw RuntimeError("row \(r) of the heatmap is not an array of numbers") }
            if let width = matrix.first?.count, cells.count != width {
                throw RuntimeError("row \(r) of the heatmap has \(cells.count) value\(cells.count == 1 ? "" : "s") but row 0 has \(width)",
                                   fix: "give every row the same number of values")
            }
            guard !cells.isEmpty else { throw RuntimeError("row \(r) of the heatmap is empty") }
            matrix.append(try cells.enumerated().map { try number($0.element, at: "values[\(r)][\($0.offset)]") })
        }
        return matrix
    }

    /// Two arrays that pair up one to one.
    func sameLength(_ a: [Double], _ aName: String, _ b: Int, _ bName: String) throws {
        guard a.count == b else {
            throw RuntimeError("\(aName) has \(a.count) value\(a.count == 1 ? "" : "s") but \(bName) has \(b)",
                               fix: "give \(aName) and \(bName) one value per point")
        }
    }

    /// The optional `title:`, `xLabel:`, `yLabel:` texts ("" when left out).
    func text(_ name: String) -> String {
        if case .string(let s)? = call[name] { return s }
        return ""
    }

    private func number(_ value: Value, at place: String) throws -> Double {
        let v: Double
        switch value {
        case .int(let i): v = Double(i)
        case .double(let d): v = d
        default: throw RuntimeError("\(place) is \(value.type), not a number")
        }
        guard v.isFinite else {
            throw RuntimeError("\(place) is \(Value.format(v)): a chart can only draw finite numbers", fix: "leave out or replace the values that are not numbers")
        }
        return v
    }
}
