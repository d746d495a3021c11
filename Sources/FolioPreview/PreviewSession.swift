import Foundation
import FolioCore
import FolioRunner

/// `folio preview`: runs a notebook, serves its results folder, and re-runs and reloads the page
/// whenever the notebook or a file it read changes. Runs happen on the thread that calls
/// `runOnce` and `watch`, one at a time; the server answers on its own threads meanwhile,
/// serving the last report.
public final class PreviewSession {
    public let notebookPath: String
    public let server: PreviewServer
    public let state = PreviewState()
    /// "NAME.html", the report's file name in the results folder.
    public let reportName: String
    public var pollInterval: TimeInterval = 0.3
    /// How long the files must stay unchanged before a run starts, so one save that touches a
    /// file several times triggers one run.
    public var settleInterval: TimeInterval = 0.15

    private let runner: NotebookRunner
    private let site: ReportSite
    private let log: (String) -> Void
    private var watcher: FileWatcher
    /// The notebook's absolute path; always the first watched file.
    private let notebookFile: String
    private let displayBase = FileManager.default.currentDirectoryPath

    public enum Outcome {
        case ran(RunResult)
        /// The notebook could not run at all; the rendered error.
        case couldNotRun(String)
    }

    /// Binds the port (trying `portAttempts` ports from `port`) and prepares the results folder;
    /// nothing runs until `runOnce`.
    public init(notebookPath: String, runner: NotebookRunner, outputDirectory: URL, port: Int,
                portAttempts: Int = 1, log: @escaping (String) -> Void) throws {
        do {
            try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw PreviewError.resultsFolderMissing(outputDirectory.path)
        }
        let folder = try ResultsFolder(outputDirectory)
        self.notebookPath = notebookPath
        self.runner = runner
        self.log = log
        let notebookURL = URL(fileURLWithPath: notebookPath)
        reportName = notebookURL.deletingPathExtension().lastPathComponent + ".html"
        server = try PreviewServer(port: port, attempts: portAttempts)
        site = ReportSite(folder: folder, reportName: reportName, notebookName: notebookURL.lastPathComponent,
                          state: state, port: server.port)
        notebookFile = notebookURL.standardizedFileURL.path
        watcher = FileWatcher(paths: [notebookFile])
    }

    public var port: Int { server.port }

    public var reportAddress: String { "http://127.0.0.1:\(server.port)" + ReportSite.urlPath(reportName) }

    /// What is being watched: the notebook and the files its last successful run read.
    /// Read it on the thread that runs `watch`.
    public var watchedPaths: [String] { watcher.paths }

    public func start() {
        server.start(site: site)
    }

    public func stop() {
        server.stop()
    }

    /// Runs the notebook once, updates the watch list and tells open pages to reload.
    @discardableResult
    public func runOnce() -> Outcome {
        let started = Date()
        let outcome: Outcome
        do {
            outcome = .ran(try runner.run(notebookAt: notebookPath))
        } catch let diagnostic as Diagnostic {
            outcome = .couldNotRun(diagnostic.rendered())
        } catch let list as DiagnosticList {
            outcome = .couldNotRun(list.description)
        } catch {
            outcome = .couldNotRun("error: \(error)")
        }
        let seconds = Date().timeIntervalSince(started)
        switch outcome {
        case .ran(let result):
            watcher.watch([notebookFile] + result.inputFiles.flatMap { Self.watchedPaths(for: $0) }
                          + result.probedPaths.map { $0.standardizedFileURL.path })
            let generation = state.finishRun(failure: nil)
            server.announce(generation: generation)
            let cached = result.cachedCells > 0 ? " (\(result.cachedCells) from the cache)" : ""
            log("\(notebookPath): \(result.cellCount) cell\(result.cellCount == 1 ? "" : "s")\(cached), \(result.failedCells) failed, \(result.skippedCells) skipped"
                + String(format: " in %.2f s", seconds))
        case .couldNotRun(let message):
            let generation = state.finishRun(failure: message)
            server.announce(generation: generation)
            log("\(message)\n\(notebookPath) cannot run; the page shows the error. Waiting for the next change.")
        }
        return outcome
    }

    /// Polls the watched files until `shouldStop` says so; each settled change is one run, and a
    /// change made during a run triggers exactly one more run after it.
    /// A file, or the files inside a folder a loader read (`Dataset.mnist("data/mnist")`), so a
    /// file rewritten in place inside it is noticed too; capped so a huge folder stays cheap to poll.
    static func watchedPaths(for url: URL, limit: Int = 5_000) -> [String] {
        let path = url.standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let names = try? FileManager.default.subpathsOfDirectory(atPath: path) else { return [path] }
        let files = names.sorted().prefix(limit).map { (path as NSString).appendingPathComponent($0) }
        return [path] + files
    }

    public func watch(until shouldStop: () -> Bool) {
        while !shouldStop() {
            Thread.sleep(forTimeInterval: pollInterval)
            var snapshot = watcher.current()
            let changed = watcher.changes(in: snapshot)
            guard !changed.isEmpty else { continue }
            // Wait for the save to finish: the files must look the same twice in a row.
            for _ in 0..<20 {
                Thread.sleep(forTimeInterval: settleInterval)
                let again = watcher.current()
                if again == snapshot { break }
                snapshot = again
            }
            if shouldStop() { return }
            // The baseline is what this run reads; anything saved during the run differs from it.
            watcher.accept(snapshot)
            log("changed: " + changed.map(display).joined(separator: ", ") + " — re-running")
            runOnce()
        }
    }

    private func display(_ path: String) -> String {
        let prefix = displayBase.hasSuffix("/") ? displayBase : displayBase + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
