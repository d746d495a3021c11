import Dispatch
import Foundation

/// Catches SIGINT and SIGTERM during a run. A long cell (training) cannot be stopped halfway, so
/// on a signal the guard writes the report of what has run so far — marking where the run stopped —
/// and exits with 128 + the signal number, as shells expect. Report files are written atomically,
/// so a signal can never leave half a file, whichever of the two writers gets there last.
final class InterruptionGuard {
    private let lock = NSLock()
    private var writePartialReport: ((String) -> Void)?
    private var sources: [DispatchSourceSignal] = []
    private var fired = false

    static let shared = InterruptionGuard()

    /// Starts listening; `onInterrupt` receives the signal's name ("SIGINT") and writes the report.
    func arm(_ onInterrupt: @escaping (String) -> Void) {
        lock.lock()
        writePartialReport = onInterrupt
        let needsSources = sources.isEmpty
        lock.unlock()
        guard needsSources else { return }
        for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.handle(number, name) }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops writing partial reports (the run finished); signals still end the process.
    func disarm() {
        lock.lock()
        writePartialReport = nil
        lock.unlock()
    }

    private func handle(_ number: Int32, _ name: String) {
        lock.lock()
        let write = fired ? nil : writePartialReport
        fired = true
        lock.unlock()
        if let write {
            FileHandle.standardError.write(Data("\nfolio: \(name) received; writing the report of what ran so far\n".utf8))
            write(name)
        }
        // `_exit`, not `exit`: a training cell's worker threads are still running, and `exit`
        // would tear down the process's globals under them (a crash instead of exit status 143).
        fflush(stdout)
        _exit(128 + number)
    }
}

/// The cells finished so far, shared between the run and the signal handler.
final class RunSnapshot {
    private let lock = NSLock()
    private var finished: [CellReport] = []

    func append(_ cell: CellReport) {
        lock.lock()
        finished.append(cell)
        lock.unlock()
    }

    var cells: [CellReport] {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }
}

import FolioReport
