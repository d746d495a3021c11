import ArgumentParser
import Foundation
import FolioLibrary

struct Reference: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the reference of the notebook language (the source of docs/language.md).")

    @Option(name: [.short, .long], help: "Write it to this file instead of printing it.")
    var output: String?

    func run() throws {
        let text = FolioVocabulary.full.referenceMarkdown()
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
        } else {
            print(text, terminator: "")
        }
    }
}
