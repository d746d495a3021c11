import FuzzSupport
import Foundation
import FolioLanguage

/// Built once: the core vocabulary is assembled on each access.
let vocabulary = Vocabulary.core
let root = URL(fileURLWithPath: NSTemporaryDirectory())

/// The language: lexer, parser, checker, and the interpreter with the core vocabulary on a small
/// step budget. A cell that checks clean is run; it must finish or fail with a diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let context = RunContext(rootDirectory: root)
    context.stepBudget = 2_000
    let session = Session(vocabulary: vocabulary, context: context)
    let cell = session.parse(text, file: "fuzz.md", firstLine: 1)
    let problems = cell.diagnostics + session.check(cell)
    if !problems.contains(where: { $0.severity == .error }) {
        _ = session.run(cell)
    }
    return 0
}

/// SwiftPM links a debug executable with `main` renamed to `<module>_main`; hand it to libFuzzer.
@_cdecl("FuzzLanguage_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
