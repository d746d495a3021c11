import FolioCore
import FolioLanguage

/// `writeCSV(path, columns:, rows:)`: a notebook's own table to a CSV file, such as a Kaggle
/// submission (`ImageId,Label`).
enum CSVWriting {
    static var vocabulary: Vocabulary {
        var v = Vocabulary()
        v.add(declarations)
        return v
    }

    static var declarations: [Declaration] {
        [
            Declaration(.function, "writeCSV",
                        [Param(nil, name: "path", .string, doc: "where to write, relative to the project root"),
                         Param("columns", .array(.string), doc: "the header record"),
                         Param("rows", .array(.array(.any)), doc: "one array per row, one Int, Double, String or Bool per column")],
                        returns: .void, topic: "Data",
                        doc: "Writes a CSV file (RFC 4180: quoted where needed, CRLF line ends) atomically: readers see the old file or the whole new one.",
                        example: "writeCSV(\"results/submission.csv\", columns: [\"ImageId\", \"Label\"], rows: predictions.enumerated().map { [$0.offset + 1, $0.element] })") { call in
                let url = try call.path("path")
                let text = CSVText.document(columns: try columns(call), rows: try rows(call))
                try library { try AtomicFile.write(text, to: url) }
                call.context.recordWrite(url)
                return .void
            },
        ]
    }

    private static func columns(_ call: Call) throws -> [String] {
        guard case .array(let items)? = call["columns"], !items.isEmpty else {
            throw RuntimeError("columns is empty: a CSV file needs at least one column", fix: "name the columns, e.g. [\"ImageId\", \"Label\"]")
        }
        return try items.enumerated().map { index, item in
            guard case .string(let name) = item else { throw RuntimeError("columns[\(index)] is \(item.type), not a String") }
            return name
        }
    }

    private static func rows(_ call: Call) throws -> [[String]] {
        guard case .array(let columnItems)? = call["columns"], case .array(let rowItems)? = call["rows"] else {
            throw RuntimeError("writeCSV needs columns and rows")
        }
        return try rowItems.enumerated().map { r, row in
            guard case .array(let cells) = row else { throw RuntimeError("rows[\(r)] is \(row.type), not an array of cells") }
            guard cells.count == columnItems.count else {
                throw RuntimeError("rows[\(r)] has \(cells.count) value\(cells.count == 1 ? "" : "s") but there are \(columnItems.count) columns",
                                   fix: "give every row one value per column")
            }
            return try cells.enumerated().map { c, cell in
                switch cell {
                // As `print` and string interpolation write them, so 0.5 is "0.5" and 3 is "3".
                case .int, .double, .string, .bool: return cell.description
                default:
                    throw RuntimeError("rows[\(r)][\(c)] is \(cell.type): a CSV cell holds one Int, Double, String or Bool")
                }
            }
        }
    }
}
