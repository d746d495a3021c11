import Foundation

/// Runs work with file descriptor 2 pointed at /dev/null: `NotebookRunner` writes every failed
/// cell's error to stderr, and the pending programs fail by the dozen. Their errors are in the
/// report outputs, which the test reads.
enum StandardErrorSilencer {
    static func run<T>(_ work: () throws -> T) rethrows -> T {
        fflush(stderr)
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if saved >= 0, null >= 0 { dup2(null, STDERR_FILENO) }
        defer {
            fflush(stderr)
            if saved >= 0 { dup2(saved, STDERR_FILENO); close(saved) }
            if null >= 0 { close(null) }
        }
        return try work()
    }
}
