import Foundation
import FolioCore
import FolioLanguage
import FolioMarkdown
import FolioReport
import FolioRunner

/// Collects what a program shows, cell by cell, and writes the report `folio run` writes for the
/// same notebook: `results/NAME.html` and `results/NAME.md` (with `NAME_files/`), the prose and
/// code taken from the notebook's text, the outputs from the program.
///
///     let report = try Report(notebook: "notebooks/quickstart.md", source: text)
///     report.cell(1)
///     let digits = try Dataset.csv("data/mnist_5k.csv.gz", labelColumn: 784, imageShape: [28, 28])
///     try report.show(digits.summary())
///     exit(report.finish())
///
/// While a report is open, FolioKit's calls write their progress (epochs) where `folio run`
/// writes it (standard error) and their messages into the current cell.
public final class Report {
    private let notebook: Notebook
    private let params: [(String, String)]
    private let outputDirectory: URL
    private let formats: Set<RunOptions.Format>
    private let progress: ProgramProgress
    private let started = Date()
    private var finished: [CellReport] = []
    private var current: (cell: Cell, outputs: CellOutputCollector, started: Date)?
    private var filesRead: [URL] = []
    private var failed = false

    /// A report of the notebook whose text is `source` and whose path (as `folio run` is given it,
    /// e.g. `notebooks/quickstart.md`) is `notebook`. `params` are the values the run uses, in
    /// front-matter order, as display text; `output` is the folder for the report files.
    public init(notebook path: String, source: String, params: [(String, String)] = [], output: String = "results",
                formats: String = "html,md", quiet: Bool = false) throws {
        do {
            notebook = try NotebookParser.parse(source, path: path)
        } catch let diagnostic as Diagnostic {
            throw FolioError(diagnostic.message, fix: diagnostic.fix)
        }
        self.params = params
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        outputDirectory = URL(fileURLWithPath: output, relativeTo: cwd).standardizedFileURL
        self.formats = Set(formats.split(separator: ",").compactMap { RunOptions.Format(rawValue: String($0)) })
        progress = ProgramProgress(quiet: quiet)
        let context = Library.context
        context.rootDirectory = cwd.standardizedFileURL
        context.progress = { [progress] in progress.update($0) }
        context.emit = { [weak self] output in self?.current?.outputs.printed(output) }
    }

    /// A report as `init` makes it, or nil after writing why it cannot be made to standard error
    /// (for a program's top level, which has nowhere to throw to).
    public static func open(notebook path: String, source: String, params: [(String, String)] = [], output: String = "results",
                            formats: String = "html,md", quiet: Bool = false) -> Report? {
        do {
            return try Report(notebook: path, source: source, params: params, output: output, formats: formats, quiet: quiet)
        } catch {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            return nil
        }
    }

    /// Starts the notebook's cell `number` (counted from 1, as the report numbers them), ending
    /// the one before.
    public func cell(_ number: Int) {
        endCell(status: .ok)
        guard notebook.cells.indices.contains(number - 1) else { return }
        let cell = notebook.cells[number - 1]
        progress.cellStarted(index: number, of: notebook.cells.count, label: cell.label, line: cell.firstLine)
        Library.context.resetFileRecords()
        current = (cell, CellOutputCollector(), Date())
    }

    /// Shows a value in the current cell, as a notebook cell shows an unbound call's value.
    public func show(_ value: some Showable) {
        current?.outputs.show(value.shown.value)
    }

    /// Shows a Swift value (a number, a string, an array, …) as its text, as `print` writes it.
    public func show(_ value: Any) {
        current?.outputs.show(.string(String(describing: value)))
    }

    /// Writes `items` into the current cell's output, as Swift's `print` writes them.
    public func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
        Library.context.write(items.map { String(describing: $0) }.joined(separator: separator) + terminator)
    }

    /// Ends the current cell as failed with `error`; the cells after it are shown as skipped. The
    /// error goes to standard error as `folio run` writes it, located at the failed call's name
    /// with its line quoted when the cell writes that name once (`CallLocator`), else at the
    /// cell's first line of code.
    public func fail(_ error: any Error) {
        let diagnostic = located(error)
        current?.outputs.printed(.error(diagnostic))
        let cellName = current.map { running in "cell \(running.cell.index + 1)" + (running.cell.label.map { " (\($0))" } ?? "") }
        let failedIndex = current?.cell.index
        endCell(status: .failed)
        // The cells after it did not run: the report says why (folio run skips only the cells that need the failed one).
        if let failedIndex, let cellName {
            for cell in notebook.cells where cell.index > failedIndex && cell.options.eval {
                finished.append(CellReport(cell, outputs: [], status: .skipped(reason: "the program stopped at the failed \(cellName)")))
            }
        }
        progress.error(diagnostic.rendered() + (cellName.map { "\nnote: in \($0); the program stops here, so the cells after it did not run" } ?? ""))
        failed = true
    }

    /// `error` as a diagnostic located in the current cell.
    private func located(_ error: any Error) -> Diagnostic {
        let folioError = error as? FolioError
        var diagnostic = Diagnostic(.error, folioError?.message ?? String(describing: error), fix: folioError?.fix)
        if let running = current {
            if let name = folioError?.call, let place = CallLocator.locate(name, in: running.cell, file: notebook.path) {
                // Where folio run points: the failed call's name, its line quoted.
                diagnostic.location = place.location
                diagnostic.length = place.length
                diagnostic.lineText = place.lineText
            } else {
                // The cell's first line of code, after its `//|` options.
                let options = running.cell.source.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("//|") }.count
                diagnostic.location = SourceLocation(file: notebook.path, line: running.cell.firstLine + options, column: running.cell.column)
            }
        }
        return diagnostic
    }

    /// Ends the current cell as failed with `error` and goes on, as `folio run` does for a cell
    /// with `//| error: true`: the error is shown (and printed on standard error, located as by
    /// `fail(_:)`), and it does not make the exit status 1.
    public func tolerate(_ error: any Error) {
        let diagnostic = located(error)
        current?.outputs.printed(.error(diagnostic))
        endCell(status: .failed)
        progress.error(diagnostic.rendered())
    }

    /// Writes the report files and returns the exit status `folio run` would: 0 when every cell
    /// ran, 1 when one failed, 2 when the report could not be written.
    public func finish() -> Int32 {
        endCell(status: .ok)
        let root = Library.context.rootDirectory
        let facts = RunFacts(date: started, duration: Date().timeIntervalSince(started), folioVersion: FolioVersion.current,
                             dataFiles: ProgramReportWriter.dataFiles(filesRead, root: root))
        let document = ReportDocument(notebook: notebook, cells: finished, facts: facts, params: params)
        do {
            let written = try ProgramReportWriter.write(document, notebookPath: notebook.path, outputDirectory: outputDirectory,
                                                        rootDirectory: root, formats: formats)
            let names = written.filter { ["html", "md", "ipynb"].contains($0.pathExtension) }.map { relative($0.path, to: root.path) }
            let failedCount = finished.filter { $0.status == .failed }.count
            progress.note("\(notebook.path): \(notebook.cells.count) cells, \(failedCount) failed -> \(names.joined(separator: ", "))")
        } catch {
            progress.error((error as? Diagnostic)?.rendered() ?? "cannot write the report: \(error)")
            return 2
        }
        return failed ? 1 : 0
    }

    private func endCell(status: CellStatus) {
        guard let running = current else { return }
        current = nil
        Library.context.finishLine()
        let seconds = Date().timeIntervalSince(running.started)
        filesRead += Library.context.filesRead.filter { !filesRead.contains($0) }
        finished.append(CellReport(running.cell, outputs: running.outputs.outputs, status: status, duration: seconds))
        progress.cellFinished(status: status == .ok ? "ok" : "failed", seconds: seconds)
    }

    private func relative(_ path: String, to base: String) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
