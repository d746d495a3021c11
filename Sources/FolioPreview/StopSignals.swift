import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends `folio preview` on Ctrl-C or SIGTERM with 128 + the signal number, as shells expect.
///
/// The runner's InterruptionGuard also listens to these signals once a run has started, and
/// exits with the same status; both handlers may fire, and whichever ends the process first, the
/// status and the outcome are the same. Report files are written atomically, so a signal during
/// a run leaves the previous report intact.
public enum StopSignals {
    private static var sources: [DispatchSourceSignal] = []

    public static func install(_ onStop: @escaping (String) -> Void) {
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                onStop(name)
                _exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
