import FuzzSupport
import Foundation
import FolioData

let images = NSTemporaryDirectory() + "folio-fuzz-\(getpid())-images.idx"
let labels = NSTemporaryDirectory() + "folio-fuzz-\(getpid())-labels.idx"

/// The IDX reader: the first input byte says where to split the rest into an images file and a
/// labels file, so both headers and their agreement are explored.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Data(bytes: data, count: size).dropFirst()
    let split = bytes.startIndex + min(bytes.count, Int(data[0]) * 4)
    guard FileManager.default.createFile(atPath: labels, contents: Data(bytes[bytes.startIndex..<split])),
          FileManager.default.createFile(atPath: images, contents: Data(bytes[split...])) else { return 0 }
    _ = try? Dataset.idx(images: images, labels: labels)
    return 0
}

/// SwiftPM links a debug executable with `main` renamed to `<module>_main`; hand it to libFuzzer.
@_cdecl("FuzzIDX_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
