import FolioData
import FuzzSupport

/// gzip inflation, in memory.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    _ = try? Gzip.inflate(Array(UnsafeBufferPointer(start: data, count: size)), path: "fuzz.gz")
    return 0
}

/// SwiftPM links a debug executable with `main` renamed to `<module>_main`; hand it to libFuzzer.
@_cdecl("FuzzGzip_main")
public func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv, fuzz)
}
