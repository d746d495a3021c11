import ArgumentParser
import Foundation
import FolioCore
import FolioLanguage
import FolioLibrary
import FolioRunner

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Run Markdown notebooks of machine-learning experiments and write HTML reports.",
        discussion: """
        A notebook is a .md file with fenced `swift` cells. `folio run notebooks/NAME.md` runs its cells \
        top to bottom and writes results/NAME.html and results/NAME.md.

        `folio help NAME` explains a function of the notebook language (e.g. `folio help Dataset.csv`).
        """,
        version: FolioVersion.current,
        subcommands: [Run.self, Check.self, Predict.self, Reference.self, Cache.self, Preview.self, Sweep.self, Export.self])

    /// `folio help NAME` for a language name is answered here; `folio help run` still shows the
    /// command's help from ArgumentParser.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let commands = configuration.subcommands.map { $0._commandName } + ["help"]
        if arguments.first == "help", arguments.count >= 2, !commands.contains(arguments[1]) {
            Foundation.exit(LanguageHelp.show(arguments[1], vocabulary: FolioVocabulary.full))
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            // Wrong arguments are usage errors: exit 2, as documented (ArgumentParser would use 64).
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// Exit statuses: 0 all cells ran, 1 a cell failed (the report is still written), 2 usage or
/// notebook errors (nothing ran).
enum ExitStatus {
    static let cellFailed: Int32 = 1
    static let usage: Int32 = 2
}
