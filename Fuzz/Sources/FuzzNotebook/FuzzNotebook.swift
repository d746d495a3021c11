import FuzzSupport
import FolioMarkdown

/// Notebook parsing: Markdown, front matter, cell options. Any input must parse or throw.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? NotebookParser.parse(text, path: "fuzz.md")
    return 0
}

/// SwiftPM links a debug executable with `main` renamed to `<module>_main`; hand it to libFuzzer.
@_cdecl("FuzzNotebook_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
