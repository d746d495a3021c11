import Foundation

/// CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, and a field
/// quoted (its quotes doubled) exactly when it holds a comma, a quote, a line break or leading or
/// trailing spaces. Small enough that a library would add more than it saves.
public enum CSVText {
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func record(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A header record, then one record per row.
    public static func document(columns: [String], rows: [[String]]) -> String {
        var text = record(columns)
        for row in rows { text += record(row) }
        return text
    }
}
