import FolioLanguage

/// Whether a file or folder exists, relative to the folder the program runs in (as a notebook's
/// paths are relative to the folder `folio run` runs in).
public func fileExists(_ path: String) throws -> Bool {
    guard case .bool(let exists) = try Library.call(.function, nil, "fileExists", [(nil, .string(path))]) else {
        throw FolioError("fileExists gave no Bool")
    }
    return exists
}

/// `x` rounded to `decimals` digits after the point, halfway cases away from zero (the notebook
/// language's `round(_:decimals:)`).
public func round(_ x: Double, decimals: Int) throws -> Double {
    try Library.call(.function, nil, "round", [(nil, .double(x)), ("decimals", .int(decimals))]).asDouble()
}

/// Writes a CSV file (RFC 4180: quoted where needed, CRLF line ends) atomically: one array per row,
/// one Int, Double, String or Bool per column, written as `print` writes them.
public func writeCSV(_ path: String, columns: [String], rows: [[Any]]) throws {
    _ = try Library.call(.function, nil, "writeCSV", [(nil, .string(path)), ("columns", arg(columns)), ("rows", .array(rows.map { .array($0.map(anyValue)) }))])
}

/// Records a result under a name: shown as a line in the report, and collected by `folio sweep`
/// into sweep.json, sweep.csv and the summary report.
public func record(_ name: String, _ value: Double) throws {
    _ = try Library.call(.function, nil, "record", [(nil, .string(name)), (nil, .double(value))])
}

/// Records a whole-number result under a name (see `record(_:_:)` for a Double).
public func record(_ name: String, _ value: Int) throws {
    _ = try Library.call(.function, nil, "record", [(nil, .string(name)), (nil, .int(value))])
}

/// Records a text result under a name (see `record(_:_:)` for a Double).
public func record(_ name: String, _ value: String) throws {
    _ = try Library.call(.function, nil, "record", [(nil, .string(name)), (nil, .string(value))])
}
