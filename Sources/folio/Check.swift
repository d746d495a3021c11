import ArgumentParser
import Foundation
import FolioCore
import FolioLibrary
import FolioRunner

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find every static error in notebooks without running anything.")

    @Argument(help: "Notebook files (.md) or folders.")
    var notebooks: [String]

    func run() throws {
        var problems = 0
        for path in try NotebookPaths.expand(notebooks) {
            let diagnostics = NotebookChecker.check(notebookAt: path, vocabulary: FolioVocabulary.full)
            for d in diagnostics { FileHandle.standardError.write(Data((d.rendered() + "\n\n").utf8)) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            problems += errors
            print("\(path): \(errors == 0 ? "no errors" : "\(errors) error\(errors == 1 ? "" : "s")")")
        }
        if problems > 0 { throw ExitCode(ExitStatus.cellFailed) }
    }
}
