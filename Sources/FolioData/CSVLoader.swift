import Foundation

/// Parses image CSV files: one image per row, one pixel per cell, one label column.
///
/// Built for speed on 60,000 × 785 files: a single pass over the bytes, integers parsed inline,
/// `strtod` only for cells with a fraction or exponent.
struct CSVLoader {
    let path: String
    let bytes: [UInt8]

    /// The pixel range a CSV may hold: raw 8-bit values or values already scaled to 0...1.
    static let pixelRange: ClosedRange<Float> = 0...255

    init(path: String) throws {
        self.path = path
        var bytes = try ByteFile.readInflating(path)
        // A terminating NUL lets strtod stop safely on the last cell of the file.
        bytes.append(0)
        self.bytes = bytes
    }

    /// One line of the file: its byte range and its 1-based line number.
    struct Line {
        let start: Int
        let end: Int
        let number: Int
    }

    func load(labelColumn: LabelColumn, imageShape: [Int]?, classNames: [String]?) throws -> Dataset {
        let lines = splitLines()
        guard let first = lines.first else {
            throw DataError.malformed(path: path, location: "", reason: "the file is empty")
        }
        let firstCells = cells(of: first)
        let columnCount = firstCells.count
        let hasHeader = isHeader(firstCells, next: lines.count > 1 ? cells(of: lines[1]) : nil)
        let header = hasHeader ? firstCells.map { text($0).trimmingCharacters(in: .whitespaces) } : nil
        let dataLines = hasHeader ? Array(lines.dropFirst()) : lines
        guard !dataLines.isEmpty else {
            throw DataError.malformed(path: path, location: "", reason: "the file has a header but no data rows")
        }

        let label = try resolveLabelColumn(labelColumn, header: header, columnCount: columnCount, dataLines: dataLines,
                                           imageShape: imageShape)
        let pixelCount = columnCount - (label == nil ? 0 : 1)
        guard pixelCount > 0 else {
            throw DataError.malformed(path: path, location: "line \(first.number)", reason: "the rows have no pixel columns besides the label")
        }
        let shape = try resolveShape(imageShape, pixelCount: pixelCount)

        var pixels = [Float](repeating: 0, count: dataLines.count * pixelCount)
        var numericLabels = [Int]()
        var textLabels = [String]()
        numericLabels.reserveCapacity(dataLines.count)

        let comma = UInt8(ascii: ",")
        let upperPixel = Double(CSVLoader.pixelRange.upperBound)
        try pixels.withUnsafeMutableBufferPointer { out in
            try bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, let target = out.baseAddress else { return }
                for (rowIndex, line) in dataLines.enumerated() {
                    let lineEnd = line.end
                    var cursor = line.start
                    var column = 0
                    var written = rowIndex * pixelCount
                    while true {
                        guard column < columnCount else {
                            throw raggedRow(line, found: countCells(line), expected: columnCount, header: header)
                        }
                        // Fast path: a plain integer running up to a comma or the end of the line.
                        var p = cursor
                        var integer = 0
                        while p < lineEnd {
                            let digit = base[p] &- 48
                            if digit > 9 { break }
                            integer = integer &* 10 &+ Int(digit)
                            p += 1
                        }
                        let isPlainInteger = p > cursor && p - cursor <= 15 && (p == lineEnd || base[p] == comma)
                        var cellEnd = p
                        if !isPlainInteger {
                            while cellEnd < lineEnd && base[cellEnd] != comma { cellEnd += 1 }
                        }
                        if column == label {
                            try readLabel(cursor..<cellEnd, base: base, line: line, column: column, header: header,
                                          numeric: &numericLabels, text: &textLabels)
                        } else {
                            let value: Double
                            if isPlainInteger {
                                value = Double(integer)
                            } else if let parsed = parseNumber(cursor..<cellEnd, base: base) {
                                value = parsed
                            } else {
                                let cellText = text(cursor..<cellEnd)
                                let what = cellText.trimmingCharacters(in: .whitespaces).isEmpty ? "the cell is empty" : "'\(cellText)' is not a number"
                                throw DataError.malformed(path: path, location: "line \(line.number), column \(column + 1)\(columnName(column, header))", reason: what)
                            }
                            guard value >= 0, value <= upperPixel else {
                                throw DataError.malformed(path: path, location: "line \(line.number), column \(column + 1)\(columnName(column, header))", reason: "pixel value \(text(cursor..<cellEnd)) is outside 0...255")
                            }
                            target[written] = Float(value)
                            written += 1
                        }
                        column += 1
                        if cellEnd >= lineEnd { break }
                        cursor = cellEnd + 1
                    }
                    if column != columnCount {
                        throw raggedRow(line, found: column, expected: columnCount, header: header)
                    }
                }
            }
        }

        let (labels, names) = try classes(numeric: numericLabels, text: textLabels, rows: dataLines.count,
                                           given: classNames, header: header, labelColumn: label)
        let fileName = (path as NSString).lastPathComponent
        return Dataset(storage: pixels, rows: nil, labels: labels, imageShape: shape, classNames: names,
                       source: fileName, pixelMaximum: 255, isLabelled: label != nil)
    }

    /// Reads one label cell: whole numbers ≥ 0 are class indices, anything else a class name;
    /// a file must stick to one kind.
    private func readLabel(_ cell: Range<Int>, base: UnsafePointer<UInt8>, line: Line, column: Int, header: [String]?,
                           numeric: inout [Int], text textLabels: inout [String]) throws {
        if textLabels.isEmpty, let value = parseNumber(cell, base: base), value == value.rounded(), value >= 0, value < 1e9 {
            numeric.append(Int(value))
            return
        }
        let location = "line \(line.number), column \(column + 1)\(columnName(column, header))"
        guard numeric.isEmpty else {
            throw DataError.malformed(path: path, location: location, reason: "label '\(text(cell))' is not a whole number ≥ 0 like the labels before it")
        }
        let name = text(cell).trimmingCharacters(in: CharacterSet(charactersIn: "\" \t"))
        guard !name.isEmpty else {
            throw DataError.malformed(path: path, location: location, reason: "the label cell is empty")
        }
        textLabels.append(name)
    }

    /// A header has a cell that is text (not a number, not empty) where the next row has a
    /// number; so a header-less file with text labels ("1,2,dog") is still read as data.
    private func isHeader(_ first: [Range<Int>], next: [Range<Int>]?) -> Bool {
        for (column, cell) in first.enumerated() where parseNumber(cell) == nil {
            guard !text(cell).trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let next else { return true }
            if column >= next.count || parseNumber(next[column]) != nil { return true }
        }
        return false
    }

    // MARK: - Lines and cells

    func splitLines() -> [Line] {
        var lines = [Line]()
        let end = bytes.count - 1  // the appended NUL
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            // Skip a UTF-8 byte-order mark.
            if end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { start = 3 }
            var number = 1
            var i = start
            while i <= end {
                if i == end || base[i] == UInt8(ascii: "\n") {
                    var lineEnd = i
                    if lineEnd > start && base[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                    if !isBlank(start..<lineEnd, base: base) {
                        lines.append(Line(start: start, end: lineEnd, number: number))
                    }
                    number += 1
                    start = i + 1
                }
                i += 1
            }
        }
        return lines
    }

    private func isBlank(_ range: Range<Int>, base: UnsafePointer<UInt8>) -> Bool {
        for i in range where base[i] != UInt8(ascii: " ") && base[i] != UInt8(ascii: "\t") { return false }
        return true
    }

    func cells(of line: Line) -> [Range<Int>] {
        var result = [Range<Int>]()
        var start = line.start
        var i = line.start
        while i <= line.end {
            if i == line.end || bytes[i] == UInt8(ascii: ",") {
                result.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        return result
    }

    private func countCells(_ line: Line) -> Int {
        var n = 1
        for i in line.start..<line.end where bytes[i] == UInt8(ascii: ",") { n += 1 }
        return n
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func columnName(_ column: Int, _ header: [String]?) -> String {
        guard let header, column < header.count else { return "" }
        return " ('\(header[column])')"
    }

    private func raggedRow(_ line: Line, found: Int, expected: Int, header: [String]?) -> DataError {
        DataError.malformed(path: path, location: "line \(line.number)",
                            reason: "the row has \(found) cells but the \(header == nil ? "first row" : "header") has \(expected)")
    }

    // MARK: - Numbers

    func parseNumber(_ range: Range<Int>) -> Double? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            return parseNumber(range, base: base)
        }
    }

    /// The cell as a number, or nil. Surrounding spaces and double quotes are allowed.
    @inline(__always)
    func parseNumber(_ range: Range<Int>, base: UnsafePointer<UInt8>) -> Double? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && (base[start] == 0x20 || base[start] == 0x22 || base[start] == 0x09) { start += 1 }
        while end > start && (base[end - 1] == 0x20 || base[end - 1] == 0x22 || base[end - 1] == 0x09) { end -= 1 }
        guard start < end else { return nil }
        // Fast path: plain non-negative integers, which is nearly every pixel.
        var value = 0
        var i = start
        while i < end {
            let digit = Int(base[i]) &- 48
            if digit < 0 || digit > 9 { break }
            value = value &* 10 &+ digit
            i += 1
        }
        if i == end && end - start <= 15 { return Double(value) }
        // General path: signs, fractions, exponents.
        var parsedEnd: UnsafeMutablePointer<CChar>?
        let result = (base + start).withMemoryRebound(to: CChar.self, capacity: end - start) { pointer in
            strtod(pointer, &parsedEnd)
        }
        guard let parsedEnd else { return nil }
        let consumed = UnsafeRawPointer(parsedEnd) - UnsafeRawPointer(base + start)
        guard consumed == end - start, result.isFinite else { return nil }
        return result
    }

    // MARK: - Layout

    private func resolveLabelColumn(_ requested: LabelColumn, header: [String]?, columnCount: Int, dataLines: [Line],
                                    imageShape: [Int]?) throws -> Int? {
        switch requested {
        case .absent:
            return nil
        case .index(let index):
            let resolved = index < 0 ? columnCount + index : index
            guard resolved >= 0 && resolved < columnCount else {
                throw DataError.invalidArgument("labelColumn \(index) is outside the \(columnCount) columns of '\(path)' (use 0...\(columnCount - 1), or -1 for the last)")
            }
            return resolved
        case .name(let name):
            guard let header else {
                throw DataError.invalidArgument("'\(path)' has no header row, so the label column cannot be found by the name '\(name)'; give its index instead (0 for the first column, -1 for the last)")
            }
            guard let found = header.firstIndex(where: { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased() == name.lowercased() }) else {
                let shown = header.prefix(5).joined(separator: ", ") + (header.count > 5 ? ", …" : "")
                throw DataError.invalidArgument("'\(path)' has no column named '\(name)' (its header starts: \(shown))")
            }
            return found
        case .automatic:
            if let header, let found = header.firstIndex(where: { LabelColumn.conventionalNames.contains($0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).lowercased()) }) {
                return found
            }
            // Every column a pixel (Kaggle's test.csv): the requested image shape takes them all,
            // or a header names no label and the columns make a square image (784 = 28 × 28).
            if let imageShape, imageShape.reduce(1, { $0.multipliedReportingOverflow(by: $1).partialValue }) == columnCount { return nil }
            if header != nil {
                let side = Int(Double(columnCount).squareRoot().rounded())
                if imageShape == nil && side * side == columnCount { return nil }
                throw DataError.invalidArgument("'\(path)' has no column named label, class or target; pass labelColumn: with the column's name or index (or, for images without labels, an imageShape: that takes all \(columnCount) columns)")
            }
            let firstLooksLikeLabels = looksLikeLabels(dataLines, column: 0)
            let lastLooksLikeLabels = looksLikeLabels(dataLines, column: columnCount - 1)
            if firstLooksLikeLabels && !lastLooksLikeLabels { return 0 }
            if lastLooksLikeLabels && !firstLooksLikeLabels { return columnCount - 1 }
            throw DataError.invalidArgument("cannot tell which column of '\(path)' holds the labels (it has no header); pass labelColumn: 0 for the first column or -1 for the last")
        }
    }

    /// Whole numbers 0...999, not all equal: a class column rather than a border pixel.
    private func looksLikeLabels(_ lines: [Line], column: Int) -> Bool {
        var seen = Set<Int>()
        for line in lines {
            let cellRange: Range<Int>
            if column == 0 {
                var end = line.start
                while end < line.end && bytes[end] != UInt8(ascii: ",") { end += 1 }
                cellRange = line.start..<end
            } else {
                var start = line.end
                while start > line.start && bytes[start - 1] != UInt8(ascii: ",") { start -= 1 }
                cellRange = start..<line.end
            }
            guard let value = parseNumber(cellRange), value == value.rounded(), value >= 0, value < 1000 else { return false }
            seen.insert(Int(value))
        }
        return seen.count > 1
    }

    private func resolveShape(_ requested: [Int]?, pixelCount: Int) throws -> [Int] {
        if let requested {
            let shape = try Dataset.canonicalShape(requested)
            guard shape.reduce(1, *) == pixelCount else {
                throw DataError.invalidArgument("imageShape \(requested) needs \(shape.reduce(1, *)) pixel columns, but '\(path)' has \(pixelCount) besides the label")
            }
            return shape
        }
        let side = Int(Double(pixelCount).squareRoot().rounded())
        if side * side == pixelCount { return [side, side, 1] }
        return [pixelCount]
    }

    private func classes(numeric: [Int], text: [String], rows: Int, given: [String]?, header: [String]?,
                         labelColumn: Int?) throws -> ([Int], [String]) {
        if labelColumn == nil {
            return ([Int](repeating: 0, count: rows), given ?? Dataset.digitNames(covering: []))
        }
        if !text.isEmpty {
            let names = given ?? Array(Set(text)).sorted()
            let index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
            var labels = [Int]()
            labels.reserveCapacity(text.count)
            for name in text {
                guard let found = index[name] else {
                    throw DataError.malformed(path: path, location: "", reason: "label '\(name)' is not one of the class names given (\(names.joined(separator: ", ")))")
                }
                labels.append(found)
            }
            return (labels, names)
        }
        if given == nil, let tooLarge = numeric.first(where: { $0 >= Dataset.maximumClassCount }) {
            throw DataError.malformed(path: path, location: "", reason: "label \(tooLarge) is too large for a class index (at most \(Dataset.maximumClassCount - 1)); is labelColumn the right column?")
        }
        let names = given ?? Dataset.digitNames(covering: numeric)
        if let bad = numeric.first(where: { $0 >= names.count }) {
            throw DataError.malformed(path: path, location: "", reason: "label \(bad) has no class name (\(names.count) names given)")
        }
        return (numeric, names)
    }
}
