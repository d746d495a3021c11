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
