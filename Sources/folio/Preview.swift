import ArgumentParser
import Foundation
import FolioLibrary
import FolioPreview
import FolioRunner

struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve a notebook's report on 127.0.0.1 and re-run it when the notebook or its data change.",
        discussion: "Runs the notebook, serves the results folder (and nothing else) at http://127.0.0.1:PORT/, and polls the notebook and every file its cells read. On a change it re-runs the notebook (with the cell cache) and the open page reloads itself. If the notebook cannot run, the error is shown in the terminal and on the page, and watching goes on. Ctrl-C stops (exit status 130).")

    static let defaultPort = 4242
    /// How many ports after the default are tried when it is taken.
    static let portAttempts = 10

    @Argument(help: "The notebook file (.md).")
    var notebook: String

    @Option(name: .long, help: "Port on 127.0.0.1 (default 4242, or the next free one; 0 picks any free port).")
    var port: Int?

    @OptionGroup var shared: RunArguments

    func validate() throws {
        if let port, !(0...65_535).contains(port) {
            throw ValidationError("--port expects a number from 0 to 65535, got \(port)")
        }
    }

    func run() throws {
        let paths = try NotebookPaths.expand([notebook])
        guard paths.count == 1, let path = paths.first else {
            throw ValidationError("folio preview shows one notebook; \(notebook) holds \(paths.count): \(paths.joined(separator: ", "))")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw ValidationError("no notebook at \(path)")
        }
        let options = shared.options(formats: [.html, .md])
        let outputDirectory = options.outputDirectory
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let runner = NotebookRunner(vocabulary: FolioVocabulary.full, archives: FolioVocabulary.archives, options: options)

        let requestedPort = port ?? Self.defaultPort
        let session: PreviewSession
        do {
            session = try PreviewSession(notebookPath: path, runner: runner, outputDirectory: outputDirectory,
                                         port: requestedPort, portAttempts: port == nil ? Self.portAttempts : 1,
                                         log: { Self.printError($0) })
        } catch let error as PreviewError {
            Self.printError("error: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        StopSignals.install()
        if requestedPort != 0 && session.port != requestedPort {
            Self.printError("port \(requestedPort) is in use; using \(session.port)")
        }
        session.start()
        if !shared.quiet { Self.printError("Running \(path); the report will be at \(session.reportAddress)") }
        session.runOnce()

        let report = outputDirectory.appendingPathComponent(session.reportName).relativePath(from: cwd.path)
        let count = session.watchedPaths.count
        let line = "Serving \(report) at \(session.reportAddress) — watching \(count) file\(count == 1 ? "" : "s"); Ctrl-C to stop\n"
        FileHandle.standardOutput.write(Data(line.utf8))
        session.watch(until: { false })
    }

    private static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
