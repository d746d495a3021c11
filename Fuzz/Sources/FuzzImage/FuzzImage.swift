import FuzzSupport
import Foundation
import FolioData

let png = NSTemporaryDirectory() + "folio-fuzz-\(getpid()).png"

/// The image readers (PNG through libpng, PGM/PPM/PNM), chosen from the bytes, through a temporary file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard FileManager.default.createFile(atPath: png, contents: Data(bytes: data, count: size)) else { return 0 }
    _ = try? ImageFile.load(png)
    _ = try? ImageFile.loadRaster(png)
    return 0
}

/// SwiftPM links a debug executable with `main` renamed to `<module>_main`; hand it to libFuzzer.
@_cdecl("FuzzImage_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
