import Foundation
import FolioLanguage

/// Tells a person at a terminal where the run is: a line per cell (`[3/9] train (line 42)`) and,
/// inside long calls such as `fit`, a bar redrawn in place. When stderr is not a terminal (CI,
/// pipes) it writes plain lines only, so logs stay readable.
final class ProgressReporter {
    private let quiet: Bool
    private let isTerminal: Bool
    private var barShown = false
    private var lastPlainLine = ""

    init(quiet: Bool) {
        self.quiet = quiet
        self.isTerminal = isatty(STDERR_FILENO) != 0
    }

    func cellStarted(index: Int, of total: Int, label: String?, line: Int) {
        guard !quiet else { return }
        clearBar()
        let name = label.map { " \($0)" } ?? ""
        write("[\(index)/\(total)]\(name) (line \(line))\n")
    }

    func cellFinished(status: String, seconds: Double) {
        guard !quiet else { return }
        clearBar()
        if status != "ok" || seconds >= 1 {
            write("      \(status) in \(String(format: "%.2f", seconds)) s\n")
        }
    }

    func update(_ progress: RunContext.Progress) {
        guard !quiet else { return }
        if isTerminal {
            let width = 24
            let filled = max(0, min(width, Int((progress.fraction * Double(width)).rounded())))
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            write("\r\u{1B}[2K      \(progress.label) \(bar) \(progress.detail)")
            barShown = true
            if progress.finished {
                write("\n")
                barShown = false
            }
        } else if progress.finished {
            // One plain line per finished step (an epoch), never per batch.
            let line = "      \(progress.label) \(progress.detail)"
            if line != lastPlainLine { write(line + "\n") }
            lastPlainLine = line
        }
    }

    /// Something worth knowing that is no error; not printed with `--quiet`.
    func note(_ text: String) {
        guard !quiet else { return }
        clearBar()
        write(text + "\n")
    }

    /// Why a cell was reused, run or skipped (`--explain`); printed even with `--quiet`, which
    /// then leaves only these lines and errors.
    func explain(_ text: String) {
        clearBar()
        write(text + "\n")
    }

    /// Errors are printed even with `--quiet`.
    func error(_ text: String) {
        clearBar()
        write(text + "\n")
    }

    private func clearBar() {
        if barShown {
            write("\r\u{1B}[2K")
            barShown = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
