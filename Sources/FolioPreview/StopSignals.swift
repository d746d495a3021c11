import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends `folio preview` on Ctrl-C or SIGTERM with 128 + the signal number, as shells expect.
///
/// This plain handler covers the time before the first run arms the runner's InterruptionGuard
/// (and a notebook that cannot run never arms it). Once armed, the guard owns both signals: it
/// sets them to SIG_IGN and listens with dispatch sources (signalfd on Linux), which take the
/// signal before any handler; it exits with the same status, after writing the partial report
/// when a run is in progress. Preview deliberately does not use dispatch sources itself: the
/// guard's SIG_IGN would then come after libdispatch's handler and the signals would be lost.
public enum StopSignals {
    public static func install() {
        _ = stopMessage.count   // initialised here, never inside the handler
        signal(SIGINT, stopHandler)
        signal(SIGTERM, stopHandler)
    }

    fileprivate static let stopMessage: [UInt8] = Array("\nfolio preview: stopped\n".utf8)
}

/// Only async-signal-safe calls: write(2) of a prepared buffer, then _exit.
private func stopHandler(_ number: Int32) {
    StopSignals.stopMessage.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress { _ = write(2, base, buffer.count) }
    }
    _exit(128 + number)
}
