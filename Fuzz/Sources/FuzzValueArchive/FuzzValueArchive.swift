import FuzzSupport
import Foundation
import FolioLibrary
import FolioRunner

private let archive = ValueArchive(registry: FolioVocabulary.archives)

/// The decoder of cached cell values (datasets, models, histories, evaluations), in memory: a
/// damaged cache entry must throw, never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? archive.decode(Data(bytes: data, count: size))
    return 0
}

/// SwiftPM links a debug executable with `main` renamed to `<module>_main`; hand it to libFuzzer.
@_cdecl("FuzzValueArchive_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
